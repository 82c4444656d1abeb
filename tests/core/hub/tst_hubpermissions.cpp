#include "hub/hubserver.h"
#include "hubclient.h"
#include "servicefixture.h"
#include "services/questionservice.h"

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

    static QString name(int caller) {
        static const char* names[] = {"nobody",           "student",    "outsider", "ta",
                                      "other instructor", "instructor", "admin"};
        return QString::fromLatin1(names[caller]);
    }

    // Calls the route as every caller and compares each status with `expected`, in Caller order.
    void expectStatuses(const QByteArray& verb, const QString& path,
                        const std::array<int, CallerCount>& expected,
                        const QJsonObject& body = {}) {
        for (int caller = 0; caller < CallerCount; ++caller) {
            const int status = client->call(verb, path, tokens[caller], body).status;
            QVERIFY2(status == expected[caller],
                     qPrintable(QStringLiteral("%1 %2 as %3: %4, expected %5")
                                    .arg(QString::fromLatin1(verb), path, name(caller))
                                    .arg(status)
                                    .arg(expected[caller])));
        }
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        std::tie(server, client) = test::startHub(*f);
        live = f->liveClass(1);
        const User outsider = f->addUser(Role::Student, QStringLiteral("Outsider"));
        const User ta = f->addUser(Role::Ta, QStringLiteral("Tia"));
        f->enroll(live.course, ta);
        const User other = f->addUser(Role::Instructor, QStringLiteral("Other"));
        const User admin = f->addUser(Role::Admin, QStringLiteral("Root"));
        tokens[Student] = client->login(live.students[0].email);
        tokens[Outsider] = client->login(outsider.email);
        tokens[Ta] = client->login(ta.email);
        tokens[OtherInstructor] = client->login(other.email);
        tokens[Instructor] = client->login(live.instructor.email);
        tokens[Admin] = client->login(admin.email);
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
};

QTEST_GUILESS_MAIN(TestHubPermissions)
#include "tst_hubpermissions.moc"
