#include "hub/hubserver.h"
#include "hubclient.h"
#include "liveclient.h"
#include "servicefixture.h"
#include "services/attendanceservice.h"
#include "services/chatservice.h"
#include "services/participationservice.h"
#include "services/pollservice.h"
#include "services/questionservice.h"
#include "services/recordingservice.h"
#include "services/sessionservice.h"

#include <QJsonArray>
#include <QTest>

using namespace lectern;

// Every kind of caller against the routes that tell them apart: no token, an enrolled
// student, a student of another course, the course's TA, another instructor, the course's
// instructor and an admin.
class TestHubPermissions : public QObject {
    Q_OBJECT

private:
    enum Caller { Nobody, Student, Outsider, Ta, OtherInstructor, Instructor, Admin, CallerCount };

    std::unique_ptr<test::ServiceFixture> f;
    std::unique_ptr<hub::HubServer> server;
    std::unique_ptr<test::HubClient> client;
    test::ServiceFixture::LiveClass live;
    QString tokens[CallerCount];
    QString emails[CallerCount];

    void signEveryoneIn() {
        for (int caller = Student; caller < CallerCount; ++caller)
            tokens[caller] = client->login(emails[caller]);
    }

    static QString name(int caller) {
        static const char* names[] = {"nobody",           "student",    "outsider", "ta",
                                      "other instructor", "instructor", "admin"};
        return QString::fromLatin1(names[caller]);
    }

    using PathFor = std::function<QString(int caller)>;

    // Calls the route as every caller and compares each status with `expected`, in Caller
    // order. `pathFor` may make a fresh target for each caller (a message to delete, a session
    // to start), so that one caller's success does not change what the next one meets.
    void expectStatuses(const QByteArray& verb, const PathFor& pathFor,
                        const std::array<int, CallerCount>& expected,
                        const QJsonObject& body = {}) {
        if (QTest::currentTestFailed())
            return; // QtTest's waits return at once after a failure: stop at the first
        for (int caller = 0; caller < CallerCount; ++caller) {
            const QString path = pathFor(caller);
            const auto reply = client->call(verb, path, tokens[caller], body);
            QVERIFY2(
                reply.status == expected[caller],
                qPrintable(QStringLiteral("%1 %2 as %3: %4, expected %5 (%6)")
                               .arg(QString::fromLatin1(verb), path, name(caller))
                               .arg(reply.status)
                               .arg(expected[caller])
                               .arg(QString::fromUtf8(reply.body.toJson(QJsonDocument::Compact)))));
        }
    }
    void expectStatuses(const QByteArray& verb, const QString& path,
                        const std::array<int, CallerCount>& expected,
                        const QJsonObject& body = {}) {
        expectStatuses(
            verb, [&](int) { return path; }, expected, body);
    }

    template <typename T> static T made(Result<T> result) {
        if (!result)
            qFatal("setting up: %s", qPrintable(result.error().message));
        return *result;
    }
    // Fresh things for a caller to act on, made through the services.
    Id studentMessage() {
        ChatDraft draft;
        draft.content = QStringLiteral("hi");
        return made(ChatService(f->context())
                        .sendChatMessage(live.students[0], live.session.id, draft))
            .id;
    }
    // Asked by the student caller's classmate: nobody may upvote their own question.
    Id studentQuestion() {
        return made(QuestionService(f->context())
                        .askQuestion(live.students[1], live.session.id, QStringLiteral("Why?")))
            .id;
    }
    LivePoll poll(bool started) {
        PollDraft draft;
        draft.question = QStringLiteral("Pace?");
        draft.options = {QStringLiteral("Fast"), QStringLiteral("Slow")};
        LivePoll created =
            made(PollService(f->context()).createPoll(live.instructor, live.session.id, draft));
        return started ? made(PollService(f->context()).startPoll(live.instructor, created.id))
                       : created;
    }
    Id recording() {
        RecordingDraft draft;
        draft.videoUrl = QStringLiteral("https://cdn.example.com/r.mp4");
        draft.title = QStringLiteral("Recording");
        draft.durationSeconds = 600;
        return made(RecordingService(f->context())
                        .createRecording(live.instructor, live.session.id, draft))
            .id;
    }
    // A session of the class's course on a day of its own, so sessions never overlap.
    LiveSession scheduledSession(int day) {
        return f->addSession(live.course, live.instructor,
                             test::ServiceFixture::startOfDay().addDays(day + 2).addSecs(3600));
    }
    // A session starting `slot` 70-minute slots after `dayStart` (an hour long, so slots never
    // overlap and seven of them fit in a token's 12 hours).
    LiveSession sessionInSlot(const QDateTime& dayStart, int slot) {
        return f->addSession(live.course, live.instructor, dayStart.addSecs(slot * 70 * 60));
    }
    // Another enrolled student, joined to the class's session.
    Id joinedParticipant() {
        const User student = f->addUser(Role::Student, QStringLiteral("Extra"));
        f->enroll(live.course, student);
        return made(ParticipationService(f->context()).joinSession(student, live.session.id)).id;
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        std::tie(server, client) = test::startHub(*f);
        live = f->liveClass(2);
        const User outsider = f->addUser(Role::Student, QStringLiteral("Outsider"));
        const User ta = f->addUser(Role::Ta, QStringLiteral("Tia"));
        f->enroll(live.course, ta);
        const User other = f->addUser(Role::Instructor, QStringLiteral("Other"));
        const User admin = f->addUser(Role::Admin, QStringLiteral("Root"));
        emails[Student] = live.students[0].email;
        emails[Outsider] = outsider.email;
        emails[Ta] = ta.email;
        emails[OtherInstructor] = other.email;
        emails[Instructor] = live.instructor.email;
        emails[Admin] = admin.email;
        signEveryoneIn();
    }
    void cleanup() {
        client.reset();
        server.reset();
        f.reset();
    }

    void sessionDetailAndContentsAreForMembers() {
        const qint64 id = live.session.id;
        const std::array<int, CallerCount> members{401, 200, 403, 200, 403, 200, 200};
        expectStatuses("GET", QStringLiteral("/api/live/sessions/%1/").arg(id), members);
        expectStatuses("GET", QStringLiteral("/api/live/sessions/%1/participants/").arg(id),
                       members);
        expectStatuses("GET", QStringLiteral("/api/live/sessions/%1/chat/").arg(id), members);
        expectStatuses("GET", QStringLiteral("/api/live/sessions/%1/questions/").arg(id), members);
        expectStatuses("GET", QStringLiteral("/api/live/sessions/%1/polls/").arg(id), members);
    }

    void reportsAreForTheInstructorAndAdmins() {
        const qint64 id = live.session.id;
        const std::array<int, CallerCount> managers{401, 403, 403, 403, 403, 200, 200};
        expectStatuses("GET", QStringLiteral("/api/live/sessions/%1/analytics/").arg(id), managers);
        expectStatuses("GET", QStringLiteral("/api/live/sessions/%1/attendance/").arg(id),
                       managers);
    }

    void pollsAndRecordingsAreCreatedByTheInstructorAndAdmins() {
        const qint64 id = live.session.id;
        expectStatuses("POST", QStringLiteral("/api/live/sessions/%1/polls/create/").arg(id),
                       {401, 403, 403, 403, 403, 201, 201},
                       QJsonObject{{QStringLiteral("question"), QStringLiteral("Pace?")},
                                   {QStringLiteral("options"),
                                    QJsonArray{QStringLiteral("Fast"), QStringLiteral("Slow")}}});
        expectStatuses("POST", QStringLiteral("/api/live/sessions/%1/recordings/create/").arg(id),
                       {401, 403, 403, 403, 403, 201, 201},
                       QJsonObject{{QStringLiteral("video_url"),
                                    QStringLiteral("https://cdn.example.com/r.mp4")},
                                   {QStringLiteral("title"), QStringLiteral("Recording")}});
    }

    void questionsAreAnsweredByStaff() {
        auto asked = QuestionService(f->context())
                         .askQuestion(live.students[0], live.session.id, QStringLiteral("Why?"));
        QVERIFY(asked.has_value());
        expectStatuses("POST", QStringLiteral("/api/live/questions/%1/answer/").arg(asked->id),
                       {401, 403, 403, 200, 403, 200, 200},
                       QJsonObject{{QStringLiteral("answer"), QStringLiteral("Because.")}});
    }

    void sessionsAreScheduledForOwnCoursesOnly() {
        // The course's instructor and admins; the others are refused, the anonymous unheard.
        const QString create = QStringLiteral("/api/live/sessions/create/");
        for (int caller = 0; caller < CallerCount; ++caller) {
            const QDateTime start = live.session.scheduledEnd.addDays(caller + 1);
            const QJsonObject body{
                {QStringLiteral("course"), live.course.id},
                {QStringLiteral("title"), QStringLiteral("Extra")},
                {QStringLiteral("scheduled_start"), start.toString(Qt::ISODate)},
                {QStringLiteral("scheduled_end"), start.addSecs(3600).toString(Qt::ISODate)},
                {QStringLiteral("instructor"), live.instructor.id}};
            const int expected[] = {401, 403, 403, 403, 403, 201, 201};
            const int status = client->call("POST", create, tokens[caller], body).status;
            QVERIFY2(status == expected[caller],
                     qPrintable(QStringLiteral("create as %1: %2").arg(name(caller)).arg(status)));
        }
    }
    void listsAreForAnyoneSignedIn() {
        const std::array<int, CallerCount> signedIn{401, 200, 200, 200, 200, 200, 200};
        expectStatuses("GET", QStringLiteral("/api/live/sessions/"), signedIn);
        expectStatuses("GET", QStringLiteral("/api/live/upcoming/"), signedIn);
        expectStatuses("GET", QStringLiteral("/api/live/history/"), signedIn);
        expectStatuses("POST", QStringLiteral("/api/auth/logout/"), signedIn);
    }

    void sessionsAreRunByTheirInstructorAndAdmins() {
        const std::array<int, CallerCount> managers{401, 403, 403, 403, 403, 200, 200};
        expectStatuses("PUT", QStringLiteral("/api/live/sessions/%1/").arg(live.session.id),
                       managers, QJsonObject{{QStringLiteral("title"), QStringLiteral("Renamed")}});
        // Each route gets sessions on days of its own (firstDay onwards).
        const auto fresh = [this](const QString& action, int firstDay) {
            return [this, action, firstDay](int caller) {
                return QStringLiteral("/api/live/sessions/%1/%2")
                    .arg(scheduledSession(firstDay + caller).id)
                    .arg(action);
            };
        };
        expectStatuses("DELETE", fresh({}, 0), {401, 403, 403, 403, 403, 204, 204});
        expectStatuses("POST", fresh(QStringLiteral("cancel/"), 10), managers);
        // Starting and ending move the clock to each session: everyone signs in again there.
        const QDateTime later = test::ServiceFixture::startOfDay().addDays(40);
        f->clock().set(later);
        signEveryoneIn();
        expectStatuses(
            "POST",
            [&](int caller) {
                const LiveSession session = sessionInSlot(later, caller);
                f->clock().set(session.scheduledStart);
                return QStringLiteral("/api/live/sessions/%1/start/").arg(session.id);
            },
            managers);
        const QDateTime evenLater = later.addDays(1);
        f->clock().set(evenLater);
        signEveryoneIn();
        expectStatuses(
            "POST",
            [&](int caller) {
                const LiveSession session = sessionInSlot(evenLater, caller);
                f->clock().set(session.scheduledStart);
                made(SessionService(f->context()).startLiveSession(live.instructor, session.id));
                return QStringLiteral("/api/live/sessions/%1/end/").arg(session.id);
            },
            managers);
    }

    void joiningIsForTheCourse() {
        const QString session = QStringLiteral("/api/live/sessions/%1/").arg(live.session.id);
        // The student is in already and stays in; staff may look in; others may not.
        expectStatuses("POST", session + QStringLiteral("join/"),
                       {401, 200, 403, 200, 403, 200, 200});
        expectStatuses("POST", session + QStringLiteral("leave/"),
                       {401, 200, 403, 200, 403, 200, 200});
    }

    void chatIsForThoseTakingPart() {
        const QString session = QStringLiteral("/api/live/sessions/%1/").arg(live.session.id);
        expectStatuses("POST", session + QStringLiteral("chat/send/"),
                       {401, 201, 403, 201, 403, 201, 201},
                       QJsonObject{{QStringLiteral("content"), QStringLiteral("hello")}});
        const auto freshMessage = [this](const QString& action) {
            return [this, action](int) {
                return QStringLiteral("/api/live/messages/%1/%2").arg(studentMessage()).arg(action);
            };
        };
        // The author edits; the author and moderators delete; moderators pin.
        expectStatuses("PUT", freshMessage({}), {401, 200, 403, 403, 403, 403, 403},
                       QJsonObject{{QStringLiteral("content"), QStringLiteral("edited")}});
        expectStatuses("DELETE", freshMessage({}), {401, 200, 403, 200, 403, 200, 200});
        expectStatuses("POST", freshMessage(QStringLiteral("pin/")),
                       {401, 403, 403, 200, 403, 200, 200});
        expectStatuses("POST", freshMessage(QStringLiteral("unpin/")),
                       {401, 403, 403, 200, 403, 200, 200});
        expectStatuses("POST", freshMessage(QStringLiteral("like/")),
                       {401, 200, 403, 200, 403, 200, 200});
        // Unliking needs a like: the caller likes first (where they may).
        expectStatuses("POST",
                       [&](int caller) {
                           const Id message = studentMessage();
                           client->call("POST",
                                        QStringLiteral("/api/live/messages/%1/like/").arg(message),
                                        tokens[caller]);
                           return QStringLiteral("/api/live/messages/%1/unlike/").arg(message);
                       },
                       {401, 200, 403, 200, 403, 200, 200});
    }

    void questionsAreAskedByThoseTakingPartAndModeratedByStaff() {
        expectStatuses("POST",
                       QStringLiteral("/api/live/sessions/%1/questions/ask/").arg(live.session.id),
                       {401, 201, 403, 201, 403, 201, 201},
                       QJsonObject{{QStringLiteral("question"), QStringLiteral("How?")}});
        const auto freshQuestion = [this](const QString& action) {
            return [this, action](int) {
                return QStringLiteral("/api/live/questions/%1/%2")
                    .arg(studentQuestion())
                    .arg(action);
            };
        };
        expectStatuses("POST", freshQuestion(QStringLiteral("upvote/")),
                       {401, 200, 403, 200, 403, 200, 200});
        expectStatuses("POST", freshQuestion(QStringLiteral("dismiss/")),
                       {401, 403, 403, 200, 403, 200, 200});
        expectStatuses("POST", freshQuestion(QStringLiteral("feature/")),
                       {401, 403, 403, 200, 403, 200, 200});
    }

    void pollsAreRunByTheInstructorAndVotedOnByMembers() {
        const auto freshPoll = [this](bool started, const QString& action) {
            return [this, started, action](int) {
                return QStringLiteral("/api/live/polls/%1/%2").arg(poll(started).id).arg(action);
            };
        };
        const std::array<int, CallerCount> managers{401, 403, 403, 403, 403, 200, 200};
        // A draft is the instructor's: to an enrolled student it does not exist yet.
        expectStatuses("POST", freshPoll(false, QStringLiteral("start/")),
                       {401, 404, 403, 403, 403, 200, 200});
        expectStatuses("POST", freshPoll(true, QStringLiteral("close/")), managers);
        expectStatuses("GET", freshPoll(true, QStringLiteral("results/")),
                       {401, 200, 403, 200, 403, 200, 200});
        const LivePoll open = poll(true);
        expectStatuses(
            "POST", QStringLiteral("/api/live/polls/%1/vote/").arg(open.id),
            {401, 200, 403, 200, 403, 200, 200},
            QJsonObject{{QStringLiteral("option_ids"), QJsonArray{open.options.first().id}}});
    }

    void recordingsAreWatchedByMembers() {
        const Id watched = recording();
        const std::array<int, CallerCount> members{401, 200, 403, 200, 403, 200, 200};
        // Anyone signed in may list a session's public recordings; this one is not public, so
        // only its members see it.
        const QString list =
            QStringLiteral("/api/live/sessions/%1/recordings/").arg(live.session.id);
        expectStatuses("GET", list, {401, 200, 200, 200, 200, 200, 200});
        QCOMPARE(client->call("GET", list, tokens[Outsider]).body.array().size(), 0);
        QCOMPARE(client->call("GET", list, tokens[Student]).body.array().size(), 1);
        expectStatuses("GET", QStringLiteral("/api/live/recordings/%1/").arg(watched), members);
        expectStatuses("POST", QStringLiteral("/api/live/recordings/%1/track/").arg(watched),
                       members,
                       QJsonObject{{QStringLiteral("watch_duration_seconds"), 60},
                                   {QStringLiteral("last_position_seconds"), 60}});
    }

    void participantsAreModeratedByStaff() {
        const auto freshParticipant = [this](const QString& action) {
            return [this, action](int) {
                return QStringLiteral("/api/live/participants/%1/%2")
                    .arg(joinedParticipant())
                    .arg(action);
            };
        };
        expectStatuses("POST", freshParticipant(QStringLiteral("ban/")),
                       {401, 403, 403, 200, 403, 200, 200});
        expectStatuses("POST", freshParticipant(QStringLiteral("moderator/")),
                       {401, 403, 403, 403, 403, 200, 200});
    }

    // A TA is staff only in the courses they assist: in any other course's session they are an
    // outsider, for reading, moderating and the live channel alike.
    void aTaOfAnotherCourseIsAnOutsiderHere() {
        const User oz = f->addUser(Role::Instructor, QStringLiteral("Oz"));
        const Course elsewhere = f->addCourse(oz, QStringLiteral("Other course"));
        const User tom = f->addUser(Role::Ta, QStringLiteral("Tom"));
        f->enroll(elsewhere, tom);
        const QString token = client->login(tom.email);
        const qint64 id = live.session.id;
        const auto expectRefused = [&](const QByteArray& verb, const QString& path,
                                       const QJsonObject& body = {}) {
            const auto reply = client->call(verb, path, token, body);
            QVERIFY2(reply.status == 403, qPrintable(QString::fromLatin1(verb) + u' ' + path +
                                                     u' ' + QString::number(reply.status)));
        };
        for (const QString& read : {QStringLiteral("/api/live/sessions/%1/"),
                                    QStringLiteral("/api/live/sessions/%1/chat/"),
                                    QStringLiteral("/api/live/sessions/%1/questions/"),
                                    QStringLiteral("/api/live/sessions/%1/polls/"),
                                    QStringLiteral("/api/live/sessions/%1/participants/"),
                                    QStringLiteral("/api/live/sessions/%1/attendance/"),
                                    QStringLiteral("/api/live/sessions/%1/analytics/")})
            expectRefused("GET", read.arg(id));
        expectRefused("POST", QStringLiteral("/api/live/sessions/%1/join/").arg(id));
        expectRefused("POST", QStringLiteral("/api/live/sessions/%1/chat/send/").arg(id),
                      QJsonObject{{QStringLiteral("content"), QStringLiteral("hi")}});
        expectRefused("POST", QStringLiteral("/api/live/messages/%1/pin/").arg(studentMessage()));
        expectRefused("DELETE", QStringLiteral("/api/live/messages/%1/").arg(studentMessage()));
        expectRefused("POST",
                      QStringLiteral("/api/live/questions/%1/answer/").arg(studentQuestion()),
                      QJsonObject{{QStringLiteral("answer"), QStringLiteral("No.")}});
        expectRefused("POST",
                      QStringLiteral("/api/live/participants/%1/ban/").arg(joinedParticipant()));
        expectRefused("GET", QStringLiteral("/api/live/polls/%1/results/").arg(poll(true).id));
        test::LiveClient channel;
        QVERIFY(channel.open(client->port(), id, QStringLiteral("token=") + token));
        QVERIFY(channel.waitForClose());
        QCOMPARE(channel.closeCode(), 4403);
        // In their own course's lists, this course's session does not appear.
        const auto listed = client->call("GET", QStringLiteral("/api/live/upcoming/"), token);
        QCOMPARE(listed.status, 200);
        QVERIFY(listed.body.array().isEmpty());
    }

    // Banned means out: not a member of the session any more, on any route or the channel.
    void aBannedStudentIsRefusedEverywhereInTheSession() {
        const qint64 id = live.session.id;
        const Id recordingId = recording();
        const Id pollId = poll(true).id;
        const auto roster =
            made(ParticipationService(f->context()).listParticipants(live.instructor, id));
        const auto sam = std::find_if(roster.begin(), roster.end(), [&](const auto& p) {
            return p.userId == live.students[0].id;
        });
        QVERIFY(sam != roster.end());
        made(ParticipationService(f->context()).setBanned(live.instructor, sam->id, true));

        const QString token = tokens[Student];
        for (const QString& path : {QStringLiteral("/api/live/sessions/%1/"),
                                    QStringLiteral("/api/live/sessions/%1/chat/"),
                                    QStringLiteral("/api/live/sessions/%1/questions/"),
                                    QStringLiteral("/api/live/sessions/%1/polls/"),
                                    QStringLiteral("/api/live/sessions/%1/participants/")}) {
            const auto reply = client->call("GET", path.arg(id), token);
            QVERIFY2(reply.status == 403, qPrintable(path + u' ' + QString::number(reply.status)));
        }
        // Public recordings are anyone's; this one is for the class, and is not listed.
        const auto recordings =
            client->call("GET", QStringLiteral("/api/live/sessions/%1/recordings/").arg(id), token);
        QCOMPARE(recordings.status, 200);
        QVERIFY(recordings.body.array().isEmpty());
        QCOMPARE(
            client->call("GET", QStringLiteral("/api/live/recordings/%1/").arg(recordingId), token)
                .status,
            403);
        QCOMPARE(
            client->call("GET", QStringLiteral("/api/live/polls/%1/results/").arg(pollId), token)
                .status,
            403);
        QCOMPARE(client->call("POST", QStringLiteral("/api/live/sessions/%1/join/").arg(id), token)
                     .status,
                 403);
        test::LiveClient channel;
        QVERIFY(channel.open(client->port(), id, QStringLiteral("token=") + token));
        QVERIFY(channel.waitForClose());
        QCOMPARE(channel.closeCode(), 4403);
        // Their classmates are not affected.
        test::LiveClient ta;
        QVERIFY(ta.open(client->port(), id, QStringLiteral("token=") + tokens[Ta]));
        QVERIFY(ta.waitFor(QStringLiteral("hello")));
    }

    void attendanceIsVerifiedByTheInstructorAndAdmins() {
        made(SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        const auto records =
            made(AttendanceService(f->context()).getAttendance(live.instructor, live.session.id));
        QVERIFY(!records.isEmpty());
        expectStatuses("POST",
                       QStringLiteral("/api/live/attendance/%1/verify/").arg(records.first().id),
                       {401, 403, 403, 403, 403, 200, 200},
                       QJsonObject{{QStringLiteral("status"), QStringLiteral("present")}});
    }

    void emailsAreShownToTheSessionsStaffOnly() {
        studentMessage();
        studentQuestion();
        const QString session = QStringLiteral("/api/live/sessions/%1/").arg(live.session.id);
        const std::array<bool, CallerCount> seesEmail{false, false, false, true, false, true, true};
        for (const QString& list : {QStringLiteral("chat/"), QStringLiteral("questions/"),
                                    QStringLiteral("participants/")}) {
            for (int caller = Student; caller < CallerCount; ++caller) {
                const auto reply = client->call("GET", session + list, tokens[caller]);
                if (reply.status != 200)
                    continue; // outsiders see no list at all
                QVERIFY2(!reply.body.array().isEmpty(), qPrintable(list));
                const QJsonObject person =
                    reply.body.array().first().toObject().value(QStringLiteral("user")).toObject();
                const QString shown = person.value(QStringLiteral("name")).toString();
                QVERIFY2(shown == live.students[0].name || shown == live.students[1].name,
                         qPrintable(shown));
                QVERIFY2(person.contains(QStringLiteral("email")) == seesEmail[caller],
                         qPrintable(list + QStringLiteral(" as ") + name(caller)));
            }
        }
        // A message sent as staff comes back with the author's email; as a student, without.
        const QJsonObject hello{{QStringLiteral("content"), QStringLiteral("hello")}};
        const auto byTa =
            client->call("POST", session + QStringLiteral("chat/send/"), tokens[Ta], hello);
        QVERIFY(byTa.object()
                    .value(QStringLiteral("user"))
                    .toObject()
                    .contains(QStringLiteral("email")));
        const auto byStudent =
            client->call("POST", session + QStringLiteral("chat/send/"), tokens[Student], hello);
        QVERIFY(!byStudent.object()
                     .value(QStringLiteral("user"))
                     .toObject()
                     .contains(QStringLiteral("email")));
    }
};

QTEST_GUILESS_MAIN(TestHubPermissions)
#include "tst_hubpermissions.moc"
