#include "calls/perform.h"
#include "domain/importfile.h"
#include "hub/httperror.h"
#include "hub/hubserver.h"
#include "hubclient.h"
#include "servicefixture.h"
#include "services/attendanceservice.h"
#include "services/chatservice.h"
#include "services/participationservice.h"
#include "services/pollservice.h"
#include "services/questionservice.h"
#include "services/recordingservice.h"
#include "services/sessionservice.h"
#include "services/views/chatview.h"

#include <QJsonArray>
#include <QTest>

using namespace lectern;
namespace call = wire::call;

// The console's API as the hub serves it (POST /api/console/<call>) to every kind of caller:
// it answers each as the local console would (the same core call), refuses what the core
// refuses with the matching status, checks every argument before any service runs, and keeps
// the spec's limits and the server's Agora certificate.
class TestHubConsole : public QObject {
    Q_OBJECT

private:
    enum Caller {
        Nobody,
        Student,
        Banned,
        Outsider,
        Ta,
        OtherTa,
        OtherInstructor,
        Instructor,
        Admin,
        CallerCount
    };

    std::unique_ptr<test::ServiceFixture> f;
    std::unique_ptr<hub::HubServer> server;
    std::unique_ptr<test::HubClient> client;
    test::ServiceFixture::LiveClass live;
    User users[CallerCount];
    QString tokens[CallerCount];
    Id pollId = 0;

    static QString name(int caller) {
        static const char* names[] = {"nobody",           "student",    "banned student",
                                      "outsider",         "ta",         "ta of another course",
                                      "other instructor", "instructor", "admin"};
        return QString::fromLatin1(names[caller]);
    }

    template <typename Call> static QString pathOf() {
        return QStringLiteral("/api/console/") + QString(Call::path);
    }

    template <typename Call, typename... A> test::HubClient::Reply send(int caller, const A&... a) {
        return client->call("POST", pathOf<Call>(), tokens[caller],
                            wire::encodeArguments<Call>(a...));
    }

    // Calls `Call` as every caller and compares each status with `expected`, in Caller order.
    // `arguments(caller)` may make a fresh target for each, so one caller's success does not
    // change what the next one meets.
    template <typename Call, typename Arguments>
    void expectStatuses(Arguments arguments, const std::array<int, CallerCount>& expected) {
        for (int caller = 0; caller < CallerCount && !QTest::currentTestFailed(); ++caller) {
            const auto reply = std::apply(
                [&](const auto&... a) { return send<Call>(caller, a...); }, arguments(caller));
            QVERIFY2(
                reply.status == expected[caller],
                qPrintable(QStringLiteral("%1 as %2: %3, expected %4 (%5)")
                               .arg(QString(Call::path), name(caller))
                               .arg(reply.status)
                               .arg(expected[caller])
                               .arg(QString::fromUtf8(reply.body.toJson(QJsonDocument::Compact)))));
        }
    }

    // Calls `Call` as every signed-in caller, over HTTP and in process: the same answer, or
    // the same refusal.
    template <typename Call, typename... A> void answersAsInProcess(const A&... arguments) {
        for (int caller = Student; caller < CallerCount && !QTest::currentTestFailed(); ++caller) {
            const auto reply = send<Call>(caller, arguments...);
            const auto local = calls::performCall<Call>(f->context(), users[caller],
                                                        typename Call::Arguments{arguments...});
            const QString what = QStringLiteral("%1 as %2").arg(QString(Call::path), name(caller));
            if (!local) {
                QVERIFY2(reply.status == int(hub::statusFor(local.error().code)), qPrintable(what));
                QCOMPARE(reply.errorCode(),
                         hub::errorBody(local.error()).value(u"code").toString());
                continue;
            }
            QVERIFY2(reply.status == 200, qPrintable(what + QString::number(reply.status)));
            QVERIFY2(reply.object().value(u"answer") ==
                         wire::encodeAnswer<Call>(local).value(u"answer"),
                     qPrintable(what));
        }
    }

    template <typename T> static T made(Result<T> result) {
        if (!result)
            qFatal("setting up: %s", qPrintable(result.error().message));
        return *result;
    }
    // A message by the student caller's classmate, so the caller is never its author.
    Id classmateMessage() {
        ChatDraft draft;
        draft.content = QStringLiteral("hi");
        return made(ChatService(f->context())
                        .sendChatMessage(live.students[1], live.session.id, draft))
            .id;
    }
    Id classmateQuestion() {
        return made(QuestionService(f->context())
                        .askQuestion(live.students[1], live.session.id, QStringLiteral("Why?")))
            .id;
    }

private Q_SLOTS:
    void initTestCase() { qputenv("LECTERN_SECRET_STORE", "file"); }

    void init() {
        LECTERN_OPEN_FIXTURE(f);
        std::tie(server, client) = test::startHub(*f);
        live = f->liveClass(3);
        users[Student] = live.students[0];
        users[Banned] = live.students[2];
        made(views::banFromSession(f->context(), live.instructor, live.session.id,
                                   users[Banned].id));
        users[Outsider] = f->addUser(Role::Student, QStringLiteral("Outsider"));
        users[Ta] = f->addUser(Role::Ta, QStringLiteral("Tia"));
        f->enroll(live.course, users[Ta]);
        users[OtherInstructor] = f->addUser(Role::Instructor, QStringLiteral("Other"));
        const Course otherCourse = f->addCourse(users[OtherInstructor], QStringLiteral("Other"));
        users[OtherTa] = f->addUser(Role::Ta, QStringLiteral("Theo"));
        f->enroll(otherCourse, users[OtherTa]);
        users[Instructor] = live.instructor;
        users[Admin] = f->addUser(Role::Admin, QStringLiteral("Root"));
        for (int caller = Student; caller < CallerCount; ++caller)
            tokens[caller] = client->login(users[caller].email);
        PollDraft draft;
        draft.question = QStringLiteral("Pace?");
        draft.options = {QStringLiteral("Fast"), QStringLiteral("Slow")};
        pollId =
            made(PollService(f->context()).createPoll(live.instructor, live.session.id, draft)).id;
    }
    void cleanup() {
        client.reset();
        server.reset();
        f.reset();
    }

    void everyCallNeedsASignedInUserAndAPost() {
        std::apply(
            [&](auto... calls) {
                (
                    [&](auto c) {
                        using Call = decltype(c);
                        const auto anonymous = client->call("POST", pathOf<Call>(), {}, "{}");
                        QVERIFY2(anonymous.status == 401, qPrintable(pathOf<Call>()));
                        const auto read = client->call("GET", pathOf<Call>(), tokens[Admin]);
                        QVERIFY2(read.status == 405, qPrintable(pathOf<Call>()));
                        QCOMPARE(read.allow, QByteArray("POST"));
                    }(calls),
                    ...);
            },
            call::All{});
    }

    void everyArgumentIsCheckedBeforeAnyService() {
        std::apply(
            [&](auto... calls) {
                (
                    [&](auto c) {
                        using Call = decltype(c);
                        if constexpr (std::tuple_size_v < typename Call::Arguments >> 0) {
                            const auto empty =
                                client->call("POST", pathOf<Call>(), tokens[Admin], "{}");
                            QVERIFY2(empty.status == 400, qPrintable(pathOf<Call>()));
                            QCOMPARE(empty.errorField(), QString::fromLatin1(Call::names[0]));
                            // The first argument as a list: no call takes one first.
                            QJsonObject wrong{
                                {QString::fromLatin1(Call::names[0]), QJsonArray{1, 2}}};
                            const auto typed =
                                client->call("POST", pathOf<Call>(), tokens[Admin], wrong);
                            QVERIFY2(typed.status == 400, qPrintable(pathOf<Call>()));
                            QCOMPARE(typed.errorField(), QString::fromLatin1(Call::names[0]));
                        }
                        const auto notJson =
                            client->call("POST", pathOf<Call>(), tokens[Admin], "{\"oops");
                        QVERIFY2(notJson.status == 400, qPrintable(pathOf<Call>()));
                    }(calls),
                    ...);
            },
            call::All{});
    }

    void readsAnswerEveryCallerAsTheLocalConsoleDoes() {
        const Id session = live.session.id;
        SessionQuery everything;
        answersAsInProcess<call::Sessions>(everything);
        answersAsInProcess<call::ScheduleView>(everything);
        answersAsInProcess<call::LiveClassView>();
        answersAsInProcess<call::ChatPageView>(session, ChatQuery::newest(50));
        answersAsInProcess<call::QuestionBoardView>(session);
        answersAsInProcess<call::PollBoardView>(session);
        answersAsInProcess<call::PollDetailView>(session, pollId);
        answersAsInProcess<call::ReportCourses>();
        answersAsInProcess<call::CourseDashboardView>(
            live.course.id, DateRange{QDate(2020, 1, 1), QDate(2030, 1, 1)}, 0.75);
        answersAsInProcess<call::SessionRecordsView>(session);
        answersAsInProcess<call::AttendanceHistory>(session);
        answersAsInProcess<call::PreviewRemoval>(session);
    }

    void whoMayModerateTheChatAndQuestions() {
        const Id session = live.session.id;
        ChatDraft hello;
        hello.content = QStringLiteral("hello");
        expectStatuses<call::SendChat>(
            [&](int) {
                return std::tuple{session, hello};
            },
            {401, 200, 403, 403, 200, 403, 403, 200, 200});
        expectStatuses<call::DeleteChat>([&](int) { return std::tuple{classmateMessage()}; },
                                         {401, 403, 403, 403, 200, 403, 403, 200, 200});
        expectStatuses<call::PinChat>(
            [&](int) {
                return std::tuple{classmateMessage(), true};
            },
            {401, 403, 403, 403, 200, 403, 403, 200, 200});
        expectStatuses<call::AnswerQuestion>(
            [&](int) {
                return std::tuple{classmateQuestion(), QStringLiteral("Because.")};
            },
            {401, 403, 403, 403, 200, 403, 403, 200, 200});
        expectStatuses<call::DismissQuestion>([&](int) { return std::tuple{classmateQuestion()}; },
                                              {401, 403, 403, 403, 200, 403, 403, 200, 200});
    }

    void onlyThoseWhoRunTheSessionRunItsPollsAndEndIt() {
        const Id session = live.session.id;
        PollDraft draft;
        draft.question = QStringLiteral("Ready?");
        draft.options = {QStringLiteral("Yes"), QStringLiteral("No")};
        expectStatuses<call::CreatePoll>(
            [&](int) {
                return std::tuple{session, draft, false};
            },
            {401, 403, 403, 403, 403, 403, 403, 200, 200});
        // Ending is the last: only the admin's turn finds the session still live.
        expectStatuses<call::EndSession>([&](int) { return std::tuple{session}; },
                                         {401, 403, 403, 403, 403, 403, 403, 200, 409});
    }

    void whoMayLikeStartWatchAndVerify() {
        expectStatuses<call::LikeChat>([&](int) { return std::tuple{classmateMessage()}; },
                                       {401, 200, 403, 403, 200, 403, 403, 200, 200});
        int day = 0;
        expectStatuses<call::StartSession>(
            [&](int) {
                // Each on a day of its own, so that one start does not overlap the next.
                const LiveSession later = f->addSession(
                    live.course, live.instructor,
                    test::ServiceFixture::startOfDay().addDays(5 + day++).addSecs(3600));
                return std::tuple{later.id};
            },
            {401, 403, 403, 403, 403, 403, 403, 200, 200});
        RecordingDraft clip;
        clip.videoUrl = QStringLiteral("https://cdn.example.com/c.mp4");
        clip.title = QStringLiteral("Clip");
        clip.durationSeconds = 600;
        const Id recording = made(RecordingService(f->context())
                                      .createRecording(live.instructor, live.session.id, clip))
                                 .id;
        ViewProgress progress;
        progress.watchDurationSeconds = 10;
        progress.lastPositionSeconds = 10;
        expectStatuses<call::TrackRecordingView>(
            [&](int) {
                return std::tuple{recording, progress};
            },
            {401, 200, 403, 403, 200, 403, 403, 200, 200});
        // Attendance is written when the class ends; only those who run it verify it.
        made(SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        const auto records =
            made(AttendanceService(f->context()).getAttendance(live.instructor, live.session.id));
        QVERIFY(!records.isEmpty());
        expectStatuses<call::VerifyAttendance>(
            [&](int) {
                return std::tuple{records.first().id, AttendanceStatus::Present,
                                  QStringLiteral("Seen on camera")};
            },
            {401, 403, 403, 403, 403, 403, 403, 200, 200});
    }

    void everyCommandOfThoseWhoRunTheClassIsRefusedToEveryoneElse() {
        // Students (banned or not), outsiders, a TA of another course and another instructor
        // get a refusal (403, or 404 where they may not even see it) and change nothing; the
        // course's instructor is let through, as a control.
        const Id session = live.session.id;
        const auto roster =
            made(ParticipationService(f->context()).listParticipants(live.instructor, session));
        // A classmate of the student caller: nobody's own row, and not the banned student's.
        Id participant = 0;
        for (const SessionParticipant& p : roster)
            if (p.userId == live.students[1].id)
                participant = p.id;
        LiveSession renamed = live.session;
        renamed.title = QStringLiteral("Renamed");
        const Id question = classmateQuestion();
        RecordingDraft clip;
        clip.videoUrl = QStringLiteral("https://cdn.example.com/c.mp4");
        clip.title = QStringLiteral("Clip");
        CourseExport attendance;
        attendance.courseId = live.course.id;
        attendance.range = {QDate(2020, 1, 1), QDate(2030, 1, 1)};
        const QByteArray roster_ = QByteArrayLiteral("email,name\nnew@example.edu,New One\n");
        const QByteArray report = QByteArrayLiteral("Name,Email,Join time,Leave time\n");
        AttendanceImportOptions preview;
        int day = 0;
        const auto fresh = [&] {
            return f
                ->addSession(live.course, live.instructor,
                             test::ServiceFixture::startOfDay().addDays(5 + day++).addSecs(3600))
                .id;
        };
        // `allowed`: what the instructor gets (a refusal of another kind where the session's
        // state decides, never 403 or 404).
        const auto refused = [&]<typename Call>(auto arguments, const char* what,
                                                int allowed = 200) {
            for (int caller : {Student, Banned, Outsider, OtherTa, OtherInstructor}) {
                const auto reply = std::apply(
                    [&](const auto&... a) { return send<Call>(caller, a...); }, arguments());
                QVERIFY2(reply.status == 403 || reply.status == 404,
                         qPrintable(QStringLiteral("%1 as %2: %3")
                                        .arg(QLatin1String(what), name(caller))
                                        .arg(reply.status)));
            }
            const auto instructor = std::apply(
                [&](const auto&... a) { return send<Call>(Instructor, a...); }, arguments());
            QVERIFY2(instructor.status == allowed,
                     qPrintable(QStringLiteral("%1 as instructor: %2 %3")
                                    .arg(QLatin1String(what))
                                    .arg(instructor.status)
                                    .arg(QString::fromUtf8(instructor.body.toJson()))));
        };
        refused.template operator()<call::SaveSession>([&] { return std::tuple{renamed}; }, "save");
        refused.template operator()<call::CancelSession>([&] { return std::tuple{fresh()}; },
                                                         "cancel");
        refused.template operator()<call::DeleteSession>([&] { return std::tuple{fresh()}; },
                                                         "delete");
        refused.template operator()<call::SetModerator>(
            [&] {
                return std::tuple{participant, true};
            },
            "moderator");
        refused.template operator()<call::SetBanned>(
            [&] {
                return std::tuple{participant, false};
            },
            "banned");
        refused.template operator()<call::BanFromSession>(
            [&] {
                return std::tuple{session, live.students[1].id};
            },
            "ban");
        refused.template operator()<call::FeatureQuestion>(
            [&] {
                return std::tuple{question, true};
            },
            "feature");
        // A draft of its own for each caller's try: the instructor's edit or deletion is real.
        const auto freshDraft = [&] {
            PollDraft draft;
            draft.question = QStringLiteral("Draft %1?").arg(++day);
            draft.options = {QStringLiteral("A"), QStringLiteral("B")};
            return made(PollService(f->context()).createPoll(live.instructor, session, draft)).id;
        };
        PollDraft rewritten;
        rewritten.question = QStringLiteral("Rewritten?");
        rewritten.options = {QStringLiteral("Yes"), QStringLiteral("No")};
        refused.template operator()<call::UpdatePoll>(
            [&] {
                return std::tuple{freshDraft(), rewritten};
            },
            "edit poll");
        refused.template operator()<call::DeletePoll>([&] { return std::tuple{freshDraft()}; },
                                                      "delete poll");
        refused.template operator()<call::StartPoll>([&] { return std::tuple{pollId}; },
                                                     "start poll");
        refused.template operator()<call::ClosePoll>([&] { return std::tuple{pollId}; },
                                                     "close poll");
        refused.template operator()<call::CreateRecording>(
            [&] {
                return std::tuple{session, clip};
            },
            "recording");
        refused.template operator()<call::ExportCourse>([&] { return std::tuple{attendance}; },
                                                        "export");
        refused.template operator()<call::ImportRoster>(
            [&] {
                return std::tuple{live.course.id, roster_, false};
            },
            "roster");
        // The session is still live: a platform's report is merged once it has ended.
        refused.template operator()<call::ImportAttendance>(
            [&] {
                return std::tuple{session, report, preview};
            },
            "attendance import", 409);
        // Reading a roster is for those who run courses, any course.
        for (int caller : {Student, Banned, Outsider, Ta, OtherTa})
            QCOMPARE(send<call::ReadRoster>(caller, roster_).status, 403);
        QCOMPARE(send<call::ReadRoster>(OtherInstructor, roster_).status, 200);
    }

    void aRosterMayBeLargerThanOtherBodiesButNotLargerThanARosterIs() {
        // 40,000 students make a roster of about 2 MB: more than any other body may be.
        QByteArray roster = "email,name\n";
        int students = 0;
        while (roster.size() < 2'000'000) {
            const QByteArray number = QByteArray::number(++students);
            roster += "student" + number + "@uni.example,Student " + number + "\n";
        }
        const auto read = send<call::ReadRoster>(Instructor, roster);
        QCOMPARE(read.status, 200);
        const auto answer = wire::decodeAnswer<call::ReadRoster>(read.object());
        QVERIFY(answer);
        QCOMPARE(answer->entries.size(), students);
        QVERIFY(answer->problems.isEmpty());
        // A body that large anywhere else is refused from its head.
        const QByteArray padding(2'000'000, 'x');
        const auto elsewhere = client->call(
            "POST", pathOf<call::SendChat>(), tokens[Instructor],
            QJsonObject{{QStringLiteral("session_id"), live.session.id},
                        {QStringLiteral("draft"),
                         QJsonObject{{QStringLiteral("content"), QString::fromLatin1(padding)}}}});
        QCOMPARE(elsewhere.status, 413);
        QCOMPARE(elsewhere.errorCode(), QStringLiteral("too_large"));
        // Just past the largest roster the core refuses it in words; far past, the framer does.
        for (const qint64 size : {maxImportFileBytes + 1, 3 * maxImportFileBytes}) {
            const auto tooLarge = send<call::ReadRoster>(Instructor, QByteArray(size, 'a'));
            QCOMPARE(tooLarge.status, 413);
            QCOMPARE(tooLarge.errorCode(), QStringLiteral("too_large"));
            if (size == maxImportFileBytes + 1) {
                const QString message =
                    tooLarge.object().value(u"error").toObject().value(u"message").toString();
                QVERIFY2(message.contains(QStringLiteral("larger than 8 MB")), qPrintable(message));
            }
        }
    }

    void aManyIdChatReadAndAFloodOfMessagesAreRefused() {
        QList<Id> ids;
        for (Id id = 1; id <= maxChatPage + 1; ++id)
            ids << id;
        const auto many =
            send<call::ChatPageView>(Instructor, live.session.id, ChatQuery::withIds(ids));
        QCOMPARE(many.status, 400);
        QCOMPARE(many.errorField(), QStringLiteral("ids"));

        ChatDraft draft;
        draft.content = QStringLiteral("spam");
        int sent = 0;
        test::HubClient::Reply last;
        for (int i = 0;
             i < 20 && (last = send<call::SendChat>(Student, live.session.id, draft)).status == 200;
             ++i)
            ++sent;
        QCOMPARE(sent, 10); // the spec's 10 messages per 10 s
        QCOMPARE(last.status, 429);
        QVERIFY(!last.retryAfter.isEmpty());
    }

    void aConsoleKeepsItsSignInForThirtyDaysAndChecksIt() {
        const auto kept =
            client->call("POST", QStringLiteral("/api/auth/login"), {},
                         QJsonObject{{QStringLiteral("email"), users[Ta].email},
                                     {QStringLiteral("password"), QStringLiteral("correct horse")},
                                     {QStringLiteral("keep_signed_in"), true}});
        QCOMPARE(kept.status, 200);
        const QDateTime expires =
            QDateTime::fromString(kept.object().value(u"expires_at").toString(), Qt::ISODateWithMs);
        QCOMPARE(expires, f->clock().now().addDays(30));
        const QString token = kept.object().value(u"token").toString();
        const auto me = client->call("GET", QStringLiteral("/api/auth/me"), token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.object().value(u"user").toObject().value(u"id").toInteger(), users[Ta].id);
        QCOMPARE(client->call("GET", QStringLiteral("/api/auth/me")).status, 401);
        // A month later it is over.
        f->clock().set(f->clock().now().addDays(31));
        QCOMPARE(client->call("GET", QStringLiteral("/api/auth/me"), token).status, 401);
    }

    void theAgoraCertificateStaysOnTheServer() {
        const AgoraKeys keys{QStringLiteral("0123456789abcdef0123456789abcdef"),
                             QStringLiteral("fedcba9876543210fedcba9876543210")};
        QCOMPARE(send<call::SaveAgoraKeys>(Instructor, keys).status, 403);
        QCOMPARE(send<call::SaveAgoraKeys>(Admin, keys).status, 200);
        const auto read = send<call::AgoraKeysKept>(Instructor);
        QCOMPARE(read.status, 200);
        auto kept = wire::decodeAnswer<call::AgoraKeysKept>(read.object());
        QVERIFY(kept && kept->has_value());
        QCOMPARE((*kept)->appId, keys.appId);
        QVERIFY((*kept)->appCertificate.isEmpty());
        QVERIFY(!read.body.toJson().contains(keys.appCertificate.toLatin1()));
        QCOMPARE(send<call::AgoraKeysKept>(Student).status, 403);
        QCOMPARE(send<call::AgoraKeysKept>(Ta).status, 403);

        // The host's join is signed here, with the server's keys.
        const auto join = send<call::AgoraJoinFor>(Instructor, live.session.id);
        QCOMPARE(join.status, 200);
        auto joined = wire::decodeAnswer<call::AgoraJoinFor>(join.object());
        QVERIFY(joined);
        QCOMPARE(joined->appId, keys.appId);
        QVERIFY(!joined->token.isEmpty());
        QCOMPARE(send<call::AgoraJoinFor>(Ta, live.session.id).status, 403);
        // An admin's console never had the certificate: saving without one keeps it.
        QCOMPARE(send<call::SaveAgoraKeys>(Admin, AgoraKeys{keys.appId, QString()}).status, 200);
        QCOMPARE(send<call::AgoraJoinFor>(Instructor, live.session.id).status, 200);

        QCOMPARE(send<call::ForgetAgoraKeys>(Instructor).status, 403);
        QCOMPARE(send<call::ForgetAgoraKeys>(Admin).status, 200);
        QCOMPARE(send<call::AgoraJoinFor>(Instructor, live.session.id).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestHubConsole)
#include "tst_hubconsole.moc"
