#include "domain/reminders.h"

#include <QTest>

using namespace lectern;

// Reminders 24 hours and 10 minutes before a session, each once.
class TestReminders : public QObject {
    Q_OBJECT

    const QDateTime start{QDate(2026, 11, 27), QTime(9, 0), Qt::UTC};

    LiveSession session(Id id, SessionStatus status = SessionStatus::Scheduled) const {
        LiveSession s;
        s.id = id;
        s.title = QStringLiteral("Week %1").arg(id);
        s.status = status;
        s.scheduledStart = start;
        s.scheduledEnd = start.addSecs(3600);
        return s;
    }

    static QList<ReminderKind> kinds(const QList<DueReminder>& due) {
        QList<ReminderKind> result;
        for (const DueReminder& reminder : due)
            result << reminder.kind;
        return result;
    }

private Q_SLOTS:
    void eachReminderOnceAtItsTime() {
        ReminderTracker tracker;
        const QList<LiveSession> sessions{session(1)};
        QVERIFY(tracker.due(sessions, start.addSecs(-24 * 3600 - 1)).isEmpty());
        QCOMPARE(kinds(tracker.due(sessions, start.addSecs(-24 * 3600))),
                 QList{ReminderKind::DayBefore});
        QVERIFY(tracker.due(sessions, start.addSecs(-3 * 3600)).isEmpty()); // shown already
        QVERIFY(tracker.due(sessions, start.addSecs(-601)).isEmpty());
        QCOMPARE(kinds(tracker.due(sessions, start.addSecs(-600))),
                 QList{ReminderKind::TenMinutesBefore});
        QVERIFY(tracker.due(sessions, start.addSecs(-60)).isEmpty());
        QVERIFY(tracker.due(sessions, start).isEmpty()); // it has begun
    }

    void aLateStartShowsOnlyTheNearest() {
        ReminderTracker tracker;
        const QList<LiveSession> sessions{session(1)};
        QCOMPARE(kinds(tracker.due(sessions, start.addSecs(-5 * 60))),
                 QList{ReminderKind::TenMinutesBefore});
        QVERIFY(tracker.due(sessions, start.addSecs(-4 * 60)).isEmpty());
    }

    void onlyScheduledSessionsAndMovedOnesAgain() {
        ReminderTracker tracker;
        const QDateTime now = start.addSecs(-3600);
        QVERIFY(
            tracker
                .due({session(2, SessionStatus::Cancelled), session(3, SessionStatus::Live)}, now)
                .isEmpty());
        LiveSession moved = session(4);
        QCOMPARE(tracker.due({moved}, now).size(), 1);
        moved.scheduledStart = start.addSecs(1800);
        QCOMPARE(kinds(tracker.due({moved}, now)), QList{ReminderKind::DayBefore});
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
