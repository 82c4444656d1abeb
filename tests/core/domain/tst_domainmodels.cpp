#include "domain/livepoll.h"
#include "domain/livesession.h"
#include "domain/sessionparticipant.h"
#include "domain/sessionrecording.h"

#include <QTest>

using namespace lectern;

namespace {
const QDateTime nine = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
}

class TestDomainModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sessionTimingMethods() {
        LiveSession session;
        session.scheduledStart = nine;
        session.scheduledEnd = nine.addSecs(90 * 60);
        QCOMPARE(session.durationMinutes(), qint64(90));
        QVERIFY(session.isUpcoming(nine.addSecs(-60)));
        QVERIFY(!session.isUpcoming(nine.addSecs(60)));
        QVERIFY(!session.isPast(nine.addSecs(60)));
        QVERIFY(session.isPast(nine.addSecs(91 * 60)));
        QVERIFY(!session.isLive());
        session.status = SessionStatus::Live;
        QVERIFY(session.isLive());
        QVERIFY(!session.isUpcoming(nine.addSecs(-60)));
        session.status = SessionStatus::Ended;
        QVERIFY(session.isPast(nine));
    }

    void availableSlotsCountsOnlyConnectedPeople() {
        LiveSession session;
        session.maxParticipants = 50;
        session.participantTotal = 70;
        session.joinedNow = 45;
        QCOMPARE(session.participantCount(), qint64(70));
        QCOMPARE(session.availableSlots(), qint64(5));
        session.joinedNow = 60;
        QCOMPARE(session.availableSlots(), qint64(0));
    }

    void actualDurationRunsUntilNowWhileLive() {
        LiveSession session;
        QCOMPARE(session.actualDurationSeconds(nine), qint64(0));
        session.actualStart = nine;
        QCOMPARE(session.actualDurationSeconds(nine.addSecs(90)), qint64(90));
        session.actualEnd = nine.addSecs(60);
        QCOMPARE(session.actualDurationSeconds(nine.addSecs(90)), qint64(60));
    }

    void participantAttendanceIncludesOpenStint() {
        SessionParticipant participant;
        participant.durationSeconds = 600;
        participant.stintStartedAt = nine;
        QCOMPARE(participant.attendedSeconds(nine.addSecs(300)), qint64(900));
        QCOMPARE(participant.attendanceRate(1800, nine.addSecs(300)), 50.0);
    }

    void pollTotalsAndActivity() {
        LivePoll poll;
        poll.options = {PollOption{1, 1, QStringLiteral("A"), 0, 8},
                        PollOption{2, 1, QStringLiteral("B"), 1, 7}};
        QCOMPARE(poll.totalVotes(), qint64(15));
        QCOMPARE(qRound(poll.options[0].votePercentage(poll.totalVotes()) * 10), 533);
        QVERIFY(!poll.isActive(nine));
        poll.status = PollStatus::Active;
        QVERIFY(poll.isActive(nine));
        poll.endsAt = nine.addSecs(60);
        QVERIFY(poll.isActive(nine.addSecs(59)));
        QVERIFY(!poll.isActive(nine.addSecs(60)));
    }

    void recordingFormattingAndWatchShare() {
        SessionRecording recording;
        recording.durationSeconds = 3600;
        QCOMPARE(recording.durationFormatted(), QStringLiteral("01:00:00"));
        RecordingView view;
        view.watchDurationSeconds = 1800;
        QCOMPARE(view.watchPercentage(recording.durationSeconds), 50.0);
    }

    void enumsUseTheSpecSpelling() {
        QCOMPARE(enumName(SessionType::OfficeHours), QStringLiteral("office_hours"));
        QCOMPARE(enumName(Platform::Teams), QStringLiteral("teams"));
        QCOMPARE(enumName(QuestionStatus::Answered), QStringLiteral("answered"));
        QCOMPARE(parseEnum<SessionStatus>(u"cancelled"), SessionStatus::Cancelled);
        QVERIFY(!parseEnum<SessionStatus>(u"Cancelled").has_value());
        QVERIFY(!parseEnum<Role>(u"teacher").has_value());
    }
};

QTEST_GUILESS_MAIN(TestDomainModels)
#include "tst_domainmodels.moc"
