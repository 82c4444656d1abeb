#include "servicefixture.h"
#include "services/analyticsservice.h"
#include "services/chatservice.h"
#include "services/participationservice.h"
#include "services/pollservice.h"
#include "services/questionservice.h"
#include "services/recordingservice.h"
#include "services/sessionservice.h"

#include <QJsonObject>
#include <QTest>

using namespace lectern;

class TestAnalyticsService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;

private Q_SLOTS:
    void init() { LECTERN_OPEN_FIXTURE(f); }
    void cleanup() { f.reset(); }

    void countsEverythingInTheSpecShape() {
        auto live = f->liveClass(3);
        // A fourth student registers but never comes.
        const User absent = f->addUser(Role::Student, QStringLiteral("Absent"));
        f->enroll(live.course, absent);
        const ServiceContext c = f->context();

        ChatDraft hello;
        hello.content = QStringLiteral("Hello");
        LECTERN_VERIFY_OK(ChatService(c).sendChatMessage(live.students[0], live.session.id, hello));
        LECTERN_VERIFY_OK(ChatService(c).sendChatMessage(live.students[1], live.session.id, hello));
        auto question = QuestionService(c).askQuestion(live.students[2], live.session.id,
                                                       QStringLiteral("Why?"));
        LECTERN_VERIFY_OK(QuestionService(c).askQuestion(live.students[0], live.session.id,
                                                         QStringLiteral("How?")));
        LECTERN_VERIFY_OK(QuestionService(c).answerQuestion(live.instructor, question->id,
                                                            QStringLiteral("Because")));
        PollDraft draft;
        draft.question = QStringLiteral("Pace?");
        draft.options = {QStringLiteral("Fast"), QStringLiteral("Fine"), QStringLiteral("Slow")};
        draft.allowMultipleAnswers = true;
        auto poll = PollService(c).createPoll(live.instructor, live.session.id, draft);
        LECTERN_VERIFY_OK(PollService(c).startPoll(live.instructor, poll->id));
        LECTERN_VERIFY_OK(PollService(c).votePoll(live.students[0], poll->id,
                                                  {poll->options[0].id, poll->options[1].id}));
        LECTERN_VERIFY_OK(
            PollService(c).votePoll(live.students[1], poll->id, {poll->options[2].id}));

        f->clock().advance(65 * 60);
        LECTERN_VERIFY_OK(SessionService(c).endLiveSession(live.instructor, live.session.id));
        RecordingDraft recording;
        recording.videoUrl = QStringLiteral("https://cdn.example.com/r.mp4");
        recording.title = QStringLiteral("Recording");
        recording.durationSeconds = 3900;
        auto added =
            RecordingService(c).createRecording(live.instructor, live.session.id, recording);
        ViewProgress progress;
        progress.watchDurationSeconds = 100;
        LECTERN_VERIFY_OK(
            RecordingService(c).trackRecordingView(live.students[0], added->id, progress));
        LECTERN_VERIFY_OK(
            RecordingService(c).trackRecordingView(live.students[1], added->id, progress));

        auto analytics = AnalyticsService(c).getSessionAnalytics(live.instructor, live.session.id);
        LECTERN_VERIFY_OK(analytics);
        const QJsonObject json = analytics->toJson();
        const QJsonObject session = json.value(QStringLiteral("session")).toObject();
        QCOMPARE(session.value(QStringLiteral("status")).toString(), QStringLiteral("ended"));
        QCOMPARE(session.value(QStringLiteral("scheduled_duration")).toInt(), 60);
        QCOMPARE(session.value(QStringLiteral("actual_duration")).toInt(), 65);
        const QJsonObject participation = json.value(QStringLiteral("participation")).toObject();
        QCOMPARE(participation.value(QStringLiteral("total_registered")).toInt(), 3);
        QCOMPARE(participation.value(QStringLiteral("total_joined")).toInt(), 3);
        QCOMPARE(participation.value(QStringLiteral("currently_active")).toInt(), 0);
        QCOMPARE(participation.value(QStringLiteral("attendance_rate")).toDouble(), 100.0);
        const QJsonObject engagement = json.value(QStringLiteral("engagement")).toObject();
        QCOMPARE(engagement.value(QStringLiteral("total_messages")).toInt(), 2);
        QCOMPARE(engagement.value(QStringLiteral("total_questions")).toInt(), 2);
        QCOMPARE(engagement.value(QStringLiteral("answered_questions")).toInt(), 1);
        QCOMPARE(engagement.value(QStringLiteral("total_polls")).toInt(), 1);
        QCOMPARE(engagement.value(QStringLiteral("total_poll_votes")).toInt(), 3);
        const QJsonObject recordings = json.value(QStringLiteral("recordings")).toObject();
        QCOMPARE(recordings.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(recordings.value(QStringLiteral("total_views")).toInt(), 2);
        QCOMPARE(json.keys(),
                 (QStringList{QStringLiteral("engagement"), QStringLiteral("participation"),
                              QStringLiteral("recordings"), QStringLiteral("session")}));
    }

    void attendanceRateIsJoinedOverRegistered() {
        const User host = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f->addCourse(host);
        const LiveSession session = f->addSession(course, host);
        ParticipationService participation(f->context());
        QList<User> students;
        for (int i = 0; i < 3; ++i) {
            students << f->addUser(Role::Student, QStringLiteral("S%1").arg(i));
            f->enroll(course, students.last());
            LECTERN_VERIFY_OK(participation.joinSession(students.last(), session.id));
        }
        f->clock().set(session.scheduledStart);
        LECTERN_VERIFY_OK(SessionService(f->context()).startLiveSession(host, session.id));
        LECTERN_VERIFY_OK(participation.joinSession(students[0], session.id));
        auto analytics = AnalyticsService(f->context()).getSessionAnalytics(host, session.id);
        LECTERN_VERIFY_OK(analytics);
        QCOMPARE(analytics->counts.totalRegistered, qint64(3));
        QCOMPARE(analytics->counts.totalJoined, qint64(1));
        QCOMPARE(analytics->counts.currentlyActive, qint64(1));
        QCOMPARE(analytics->attendanceRate, 33.3);
        LECTERN_VERIFY_ERROR(
            AnalyticsService(f->context()).getSessionAnalytics(students[0], session.id),
            ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(AnalyticsService(f->context()).getSessionAnalytics(host, 777),
                             ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsService)
#include "tst_analyticsservice.moc"
