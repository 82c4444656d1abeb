#include "polls/pollstate.h"

#include <QTest>

using namespace lectern;
using lectern::ui::PollState;

// One wording of a poll's state for the Polls tab, the live view and present mode.
class TestPollState : public QObject {
    Q_OBJECT

private:
    const QDateTime start = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);

    LivePoll timed(int seconds) const {
        LivePoll poll;
        poll.question = QStringLiteral("Pace?");
        poll.status = PollStatus::Active;
        poll.createdAt = start.addSecs(-600);
        poll.startedAt = poll.updatedAt = start;
        poll.durationSeconds = seconds;
        poll.endsAt = seconds ? start.addSecs(seconds) : QDateTime();
        return poll;
    }
    static QString at(const QDateTime& time) {
        return QLocale().toString(time.toLocalTime().time(), QStringLiteral("HH:mm"));
    }

private Q_SLOTS:
    void aRunningPollCountsDown() {
        const LivePoll poll = timed(90);
        QCOMPARE(PollState::word(poll, start.addSecs(5)), QStringLiteral("Open"));
        QCOMPARE(PollState::line(poll, start.addSecs(5)), QStringLiteral("Open · 1:25 left"));
        QCOMPARE(PollState::line(timed(0), start), QStringLiteral("Open until you close it"));
    }

    void aPollWhoseTimeRanOutSaysSo() {
        // Past its deadline, before or after the hub's sweep wrote it closed.
        LivePoll poll = timed(60);
        const QDateTime later = start.addSecs(61);
        QVERIFY(PollState::timedOut(poll, later));
        QCOMPARE(PollState::word(poll, later), QStringLiteral("Timed out"));
        poll.status = PollStatus::Closed;
        poll.updatedAt = start.addSecs(61);
        QCOMPARE(PollState::line(poll, later),
                 QStringLiteral("Final results · the time ran out at %1").arg(at(poll.endsAt)));
    }

    void aPollClosedByHandBeforeItsDeadlineWasClosed() {
        LivePoll poll = timed(300);
        poll.status = PollStatus::Closed;
        poll.updatedAt = start.addSecs(40);
        const QDateTime later = start.addSecs(400);
        QVERIFY(!PollState::timedOut(poll, later));
        QCOMPARE(PollState::word(poll, later), QStringLiteral("Closed"));
        QCOMPARE(PollState::line(poll, later),
                 QStringLiteral("Final results · closed at %1").arg(at(poll.updatedAt)));
    }

    void twoPollsWithOneQuestionAreToldApart() {
        LivePoll first = timed(0);
        first.status = PollStatus::Closed;
        first.updatedAt = start.addSecs(120);
        LivePoll second = timed(0);
        second.startedAt = start.addSecs(3600);
        const QDateTime now = start.addSecs(3700);
        QVERIFY(PollState::listEntry(first, now) != PollState::listEntry(second, now));
        QVERIFY(
            PollState::listEntry(first, now)
                .contains(QStringLiteral("Closed · %1–%2").arg(at(start), at(first.updatedAt))));
        QVERIFY(PollState::listEntry(second, now)
                    .contains(QStringLiteral("Open · started %1").arg(at(second.startedAt))));
        LivePoll draft = timed(0);
        draft.status = PollStatus::Draft;
        QCOMPARE(PollState::word(draft, now), QStringLiteral("Draft"));
        QVERIFY(PollState::listEntry(draft, now).contains(QStringLiteral("drafted")));
    }
};

QTEST_GUILESS_MAIN(TestPollState)
#include "tst_pollstate.moc"
