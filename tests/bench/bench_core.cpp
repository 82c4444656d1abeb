#include "benchseed.h"
#include "reports/courseattendance.h"
#include "services/analyticsservice.h"
#include "services/chatservice.h"
#include "services/participationservice.h"
#include "services/sessionservice.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <latch>
#include <thread>

using namespace lectern;

// The core's speed goals (README, "Performance"): committed chat sends per second, analytics
// on a big session, and ending a session with 10,000 people connected.
class BenchCore : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    test::ServiceFixture::LiveClass live;

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        live = f->liveClass(1);
    }
    void cleanup() { f.reset(); }

    void chatSendCommitted() {
        ChatService chat(f->context());
        ChatDraft draft;
        draft.content = QStringLiteral("Great explanation!");
        QBENCHMARK {
            auto sent = chat.sendChatMessage(live.students[0], live.session.id, draft);
            if (!sent)
                QFAIL(qPrintable(sent.error().message));
        }
    }

    void chatSendThroughputConcurrent_data() {
        QTest::addColumn<int>("batch");
        QTest::newRow("one message per transaction") << 1;
        QTest::newRow("batches of 16, as the hub sends") << 16;
    }
    // Many people chatting at once: several threads, each with its own connection, send as
    // fast as they can, one message per transaction or in batches (sendChatMessages); the
    // figure is committed sends per second.
    void chatSendThroughputConcurrent() {
        QFETCH(int, batch);
        const int senders = qEnvironmentVariableIntValue("LECTERN_BENCH_SENDERS") > 0
                                ? qEnvironmentVariableIntValue("LECTERN_BENCH_SENDERS")
                                : 8;
        const int perSender = qEnvironmentVariableIsSet("LECTERN_BENCH_SCALE") ? 32 : 512;
        QList<User> people;
        for (int i = 0; i < senders; ++i) {
            people << f->addUser(Role::Student, QStringLiteral("Sender %1").arg(i));
            f->enroll(live.course, people.last());
            LECTERN_VERIFY_OK(
                ParticipationService(f->context()).joinSession(people.last(), live.session.id));
        }
        std::latch start(senders + 1);
        std::atomic<int> failures{0};
        const ServiceContext context = f->context();
        std::vector<std::thread> threads;
        for (const User& person : people) {
            threads.emplace_back([&, person] {
                ChatService chat(context);
                ChatDraft draft;
                draft.content = QStringLiteral("Great explanation!");
                const QList<ChatSend> sends(batch, ChatSend{person, live.session.id, draft});
                start.arrive_and_wait();
                for (int sent = 0; sent < perSender; sent += batch) {
                    for (const auto& result : chat.sendChatMessages(sends)) {
                        if (!result)
                            ++failures;
                    }
                }
            });
        }
        QElapsedTimer timer;
        start.arrive_and_wait();
        timer.start();
        for (std::thread& thread : threads)
            thread.join();
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        QCOMPARE(failures.load(), 0);
        const int sent = senders * perSender;
        qInfo("%d committed chat sends from %d connections, %d per transaction, in %.2f s: "
              "%.0f sends/s",
              sent, senders, batch, seconds, sent / seconds);
    }

    void sessionAnalyticsOnABigSession() {
        const bench::Scale scale = bench::Scale::fromEnvironment();
        bench::seedLiveClass(*f, live, scale);
        AnalyticsService analytics(f->context());
        auto first = analytics.getSessionAnalytics(live.instructor, live.session.id);
        LECTERN_VERIFY_OK(first);
        QCOMPARE(first->counts.totalMessages, qint64(scale.messages));
        QCOMPARE(first->counts.totalPollVotes, qint64(scale.participants) * scale.polls);
        QBENCHMARK {
            auto result = analytics.getSessionAnalytics(live.instructor, live.session.id);
            if (!result)
                QFAIL(qPrintable(result.error().message));
        }
    }

    // A term's attendance for certification: every held session's report and each student's
    // totals (what the Reports tab and `export attendance --course` read).
    void courseAttendanceOverATerm() {
        const double factor =
            qEnvironmentVariable("LECTERN_BENCH_SCALE", QStringLiteral("1")).toDouble();
        const int sessionCount = qMax(2, static_cast<int>(30 * factor));
        const int studentCount = qMax(4, static_cast<int>(200 * factor));
        QList<User> students;
        for (int i = 0; i < studentCount; ++i) {
            students << f->addUser(Role::Student, QStringLiteral("Student %1").arg(i));
            f->enroll(live.course, students.last());
        }
        SessionService sessions(f->context());
        ParticipationService participation(f->context());
        // The fixture's live class ends first; then a class a week, most students there.
        f->clock().advance(3600);
        LECTERN_VERIFY_OK(sessions.endLiveSession(live.instructor, live.session.id));
        for (int week = 1; week < sessionCount; ++week) {
            const QDateTime start = live.session.scheduledStart.addDays(7 * week);
            f->clock().set(start.addSecs(-3600));
            LiveSession draft;
            draft.courseId = live.course.id;
            draft.title = QStringLiteral("Week %1").arg(week + 1);
            draft.scheduledStart = start;
            draft.scheduledEnd = start.addSecs(3600);
            draft.maxParticipants = studentCount + 10;
            auto created = sessions.createLiveSession(live.instructor, draft);
            LECTERN_VERIFY_OK(created);
            const LiveSession& session = created->session;
            f->clock().set(start);
            LECTERN_VERIFY_OK(sessions.startLiveSession(live.instructor, session.id));
            for (int i = 0; i < studentCount; ++i)
                if ((i + week) % 5 != 0)
                    LECTERN_VERIFY_OK(participation.joinSession(students.at(i), session.id));
            f->clock().set(start.addSecs(3600));
            LECTERN_VERIFY_OK(sessions.endLiveSession(live.instructor, session.id));
        }
        reports::CourseAttendanceReport report(f->context());
        QBENCHMARK {
            auto result = report.forCourse(live.instructor, live.course.id, {});
            if (!result)
                QFAIL(qPrintable(result.error().message));
            if (result->sessions.size() != sessionCount || result->totals.size() < studentCount)
                QFAIL("the report missed sessions or students");
        }
    }

    void endSessionWithEveryoneConnected() {
        const bench::Scale scale = bench::Scale::fromEnvironment();
        bench::seedLiveClass(*f, live, scale);
        f->clock().advance(3600);
        SessionService sessions(f->context());
        QBENCHMARK_ONCE {
            auto ended = sessions.endLiveSession(live.instructor, live.session.id);
            if (!ended)
                QFAIL(qPrintable(ended.error().message));
        }
        auto counts =
            AnalyticsService(f->context()).getSessionAnalytics(live.instructor, live.session.id);
        QCOMPARE(counts->counts.currentlyActive, qint64(0));
    }
};

QTEST_GUILESS_MAIN(BenchCore)
#include "bench_core.moc"
