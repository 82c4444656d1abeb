#include "hub/hubserver.h"
#include "hubclient.h"
#include "servicefixture.h"
#include "services/sessionservice.h"
#include "storage/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace lectern;

// The REST API over a real HTTP connection on loopback.
class TestHubRest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    std::unique_ptr<hub::HubServer> server;

    std::unique_ptr<test::HubClient> client;
    using Reply = test::HubClient::Reply;

    Reply call(const QByteArray& verb, const QString& path, const QString& token = {},
               const QByteArray& body = {}) {
        return client->call(verb, path, token, body);
    }
    QString login(const User& user) { return client->login(user.email); }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        std::tie(server, client) = test::startHub(*f);
    }
    void cleanup() {
        client.reset();
        server.reset();
        f.reset();
    }

    void loginGivesATokenAndTheAccount() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Reply reply =
            call("POST", QStringLiteral("/api/auth/login/"), {},
                 R"({"email": ")" + ada.email.toUtf8() + R"(", "password": "correct horse"})");
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.object().value(QStringLiteral("token")).toString().size() >= 40);
        const QJsonObject user = reply.object().value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("id")).toInteger(), ada.id);
        QCOMPARE(user.value(QStringLiteral("email")).toString(), ada.email);
        QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("instructor"));
    }

    void badLoginsAreRefusedWithJsonErrors() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Reply wrong =
            call("POST", QStringLiteral("/api/auth/login"), {},
                 R"({"email": ")" + ada.email.toUtf8() + R"(", "password": "nope"})");
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode(), QStringLiteral("unauthorized"));
        const Reply malformed = call("POST", QStringLiteral("/api/auth/login"), {}, "{not json");
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.errorCode(), QStringLiteral("invalid"));
        const Reply missing =
            call("POST", QStringLiteral("/api/auth/login"), {}, R"({"email": "a@b.c"})");
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("password"));
    }

    void errorsNeverEchoSecretsOrInternals() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const QByteArray secret = "hunter2-secret";
        const Reply wrong =
            client->call("POST", QStringLiteral("/api/auth/login"), {},
                         QJsonObject{{QStringLiteral("email"), ada.email},
                                     {QStringLiteral("password"), QString::fromLatin1(secret)}});
        QCOMPARE(wrong.status, 401);
        QVERIFY(!wrong.body.toJson().contains(secret));
        const Reply malformed =
            call("POST", QStringLiteral("/api/auth/login"), {}, "{\"password\": \"" + secret);
        QCOMPARE(malformed.status, 400);
        QVERIFY(!malformed.body.toJson().contains(secret));
        const Reply badToken =
            call("GET", QStringLiteral("/api/live/sessions/"), QString::fromLatin1(secret));
        QCOMPARE(badToken.status, 401);
        QVERIFY(!badToken.body.toJson().contains(secret));

        // A database failure is a 500 that names no table, statement or driver.
        const QString token = client->login(ada.email);
        auto connection = f->context().database->connection();
        QVERIFY(connection);
        const bool postgres = f->context().database->dialect() == Dialect::Postgres;
        QVERIFY(sql::execute(*connection, postgres
                                              ? QStringLiteral("DROP TABLE live_sessions CASCADE")
                                              : QStringLiteral("DROP TABLE live_sessions")));
        const Reply broken = call("GET", QStringLiteral("/api/live/sessions/"), token);
        QCOMPARE(broken.status, 500);
        QCOMPARE(broken.errorCode(), QStringLiteral("storage"));
        const QByteArray shown = broken.body.toJson().toLower();
        for (const char* internal : {"live_sessions", "select", "sqlite", "postgres", "qsql"})
            QVERIFY2(!shown.contains(internal), internal);
    }

    void routesNeedAValidToken() {
        QCOMPARE(call("GET", QStringLiteral("/api/live/sessions/")).status, 401);
        QCOMPARE(
            call("GET", QStringLiteral("/api/live/sessions/"), QStringLiteral("forged")).status,
            401);
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const QString token = login(ada);
        QCOMPARE(call("GET", QStringLiteral("/api/live/sessions"), token).status, 200);
        // Twelve hours later the token has expired.
        f->clock().advance(12 * 3600 + 1);
        QCOMPARE(call("GET", QStringLiteral("/api/live/sessions"), token).status, 401);
    }

    void logoutEndsTheToken() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const QString token = login(ada);
        QCOMPARE(call("POST", QStringLiteral("/api/auth/logout/"), token).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/api/live/sessions/"), token).status, 401);
    }

    void sessionsAreListedWithTheSpecFields() {
        auto live = f->liveClass(1);
        const QString token = login(live.students[0]);
        const Reply list = call("GET", QStringLiteral("/api/live/sessions/?status=live"), token);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.body.array().size(), 1);
        const QJsonObject session = list.body.array().first().toObject();
        QCOMPARE(session.value(QStringLiteral("id")).toInteger(), live.session.id);
        QCOMPARE(session.value(QStringLiteral("status")).toString(), QStringLiteral("live"));
        QCOMPARE(session.value(QStringLiteral("session_type")).toString(), QStringLiteral("class"));
        QVERIFY(session.value(QStringLiteral("is_live")).toBool());
        QCOMPARE(session.value(QStringLiteral("duration_minutes")).toInt(), 60);
        QCOMPARE(session.value(QStringLiteral("participant_count")).toInt(), 1);
        QCOMPARE(session.value(QStringLiteral("available_slots")).toInt(), 49);
        QVERIFY(session.value(QStringLiteral("scheduled_start")).toString().endsWith(u'Z'));
        QCOMPARE(session.value(QStringLiteral("instructor"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 live.instructor.name);
        QVERIFY(!session.contains(QStringLiteral("stream_key")));

        QCOMPARE(call("GET", QStringLiteral("/api/live/sessions/?status=ended"), token)
                     .body.array()
                     .size(),
                 0);
        const Reply bad = call("GET", QStringLiteral("/api/live/sessions/?status=paused"), token);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 QStringLiteral("status"));
        QCOMPARE(call("GET", QStringLiteral("/api/live/sessions/?course=abc"), token).status, 400);
    }

    void sessionDetailChecksMembership() {
        auto live = f->liveClass(1);
        const QString student = login(live.students[0]);
        const Reply detail =
            call("GET", QStringLiteral("/api/live/sessions/%1/").arg(live.session.id), student);
        QCOMPARE(detail.status, 200);
        QCOMPARE(detail.object().value(QStringLiteral("title")).toString(), live.session.title);
        QCOMPARE(call("GET", QStringLiteral("/api/live/sessions/%1").arg(live.session.id), student)
                     .status,
                 200);
        QCOMPARE(call("GET", QStringLiteral("/api/live/sessions/999999/"), student).status, 404);
        const User outsider = f->addUser(Role::Student, QStringLiteral("Out"));
        QCOMPARE(call("GET", QStringLiteral("/api/live/sessions/%1/").arg(live.session.id),
                      login(outsider))
                     .status,
                 403);
        QCOMPARE(call("GET", QStringLiteral("/api/nowhere"), student).status, 404);
    }

    void sessionLifecycleThroughHttp() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f->addCourse(ada);
        const User sam = f->addUser(Role::Student, QStringLiteral("Sam"));
        f->enroll(course, sam);
        const QString host = login(ada);
        const QString student = login(sam);
        const QByteArray create =
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("course"), course.id},
                    {QStringLiteral("title"), QStringLiteral("Introduction to Django")},
                    {QStringLiteral("scheduled_start"), QStringLiteral("2026-11-25T08:30:00Z")},
                    {QStringLiteral("scheduled_end"), QStringLiteral("2026-11-25T09:30:00Z")},
                    {QStringLiteral("session_type"), QStringLiteral("workshop")},
                    {QStringLiteral("platform"), QStringLiteral("zoom")},
                    {QStringLiteral("max_participants"), 50},
                    {QStringLiteral("meeting_password"), QStringLiteral("s3cret")},
                })
                .toJson();
        QCOMPARE(call("POST", QStringLiteral("/api/live/sessions/create/"), student, create).status,
                 403);
        const Reply created =
            call("POST", QStringLiteral("/api/live/sessions/create/"), host, create);
        QCOMPARE(created.status, 201);
        const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(created.object().value(QStringLiteral("session_type")).toString(),
                 QStringLiteral("workshop"));
        // It starts in 30 minutes: allowed, with a warning.
        QCOMPARE(created.object().value(QStringLiteral("warnings")).toArray().size(), 1);
        QCOMPARE(created.object().value(QStringLiteral("meeting_password")).toString(),
                 QStringLiteral("s3cret"));

        const Reply seen = call("GET", QStringLiteral("/api/live/sessions/%1/").arg(id), student);
        QVERIFY(!seen.object().contains(QStringLiteral("meeting_password")));
        QVERIFY(seen.object().value(QStringLiteral("has_password")).toBool());

        const Reply renamed = call("PUT", QStringLiteral("/api/live/sessions/%1/").arg(id), host,
                                   R"({"title": "Django ORM"})");
        QCOMPARE(renamed.status, 200);
        QCOMPARE(renamed.object().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Django ORM"));
        QCOMPARE(renamed.object().value(QStringLiteral("platform")).toString(),
                 QStringLiteral("zoom"));

        f->clock().set(QDateTime(QDate(2026, 11, 25), QTime(8, 30), Qt::UTC));
        QCOMPARE(
            call("POST", QStringLiteral("/api/live/sessions/%1/start/").arg(id), student).status,
            403);
        QCOMPARE(call("POST", QStringLiteral("/api/live/sessions/%1/start/").arg(id), host).status,
                 200);
        QCOMPARE(call("POST", QStringLiteral("/api/live/sessions/%1/start/").arg(id), host).status,
                 409);

        const Reply noPassword =
            call("POST", QStringLiteral("/api/live/sessions/%1/join/").arg(id), student);
        QCOMPARE(noPassword.status, 403);
        const Reply joined = call("POST", QStringLiteral("/api/live/sessions/%1/join/").arg(id),
                                  student, R"({"password": "s3cret"})");
        QCOMPARE(joined.status, 200);
        QCOMPARE(joined.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("joined"));
        f->clock().advance(600);
        const Reply roster =
            call("GET", QStringLiteral("/api/live/sessions/%1/participants/").arg(id), host);
        QCOMPARE(roster.status, 200);
        QCOMPARE(roster.body.array().size(), 1);
        const QJsonObject row = roster.body.array().first().toObject();
        QCOMPARE(
            row.value(QStringLiteral("user")).toObject().value(QStringLiteral("name")).toString(),
            sam.name);
        QCOMPARE(row.value(QStringLiteral("duration_seconds")).toInt(), 600);
        QCOMPARE(row.value(QStringLiteral("attendance_rate")).toDouble(), 100.0);

        QCOMPARE(call("POST", QStringLiteral("/api/live/sessions/%1/end/").arg(id), host).status,
                 200);
        QCOMPARE(call("POST", QStringLiteral("/api/live/sessions/%1/join/").arg(id), student,
                      R"({"password": "s3cret"})")
                     .status,
                 409);
        QCOMPARE(call("DELETE", QStringLiteral("/api/live/sessions/%1/").arg(id), student).status,
                 403);
        // It ended with attendance: archived for the reports, not destroyed.
        const auto removed = call("DELETE", QStringLiteral("/api/live/sessions/%1/").arg(id), host);
        QCOMPARE(removed.status, 200);
        QVERIFY(removed.object().value(QStringLiteral("archived")).toBool());
        QCOMPARE(call("GET", QStringLiteral("/api/live/sessions/%1/").arg(id), host).status, 200);
    }

    void badSessionInputIs400NamingTheField_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("end before start")
            << QByteArray(
                   R"({"title": "X", "scheduled_start": "2026-11-25T10:00:00Z", "scheduled_end": "2026-11-25T09:00:00Z"})")
            << QStringLiteral("scheduled_end");
        QTest::newRow("time without zone")
            << QByteArray(
                   R"({"title": "X", "scheduled_start": "2026-11-25T10:00:00", "scheduled_end": "2026-11-25T11:00:00Z"})")
            << QStringLiteral("scheduled_start");
        QTest::newRow("unknown type")
            << QByteArray(
                   R"({"title": "X", "session_type": "party", "scheduled_start": "2026-11-25T10:00:00Z", "scheduled_end": "2026-11-25T11:00:00Z"})")
            << QStringLiteral("session_type");
        QTest::newRow("seats as text")
            << QByteArray(
                   R"({"title": "X", "max_participants": "many", "scheduled_start": "2026-11-25T10:00:00Z", "scheduled_end": "2026-11-25T11:00:00Z"})")
            << QStringLiteral("max_participants");
        QTest::newRow("too many seats")
            << QByteArray(
                   R"({"title": "X", "max_participants": 100001, "scheduled_start": "2026-11-25T10:00:00Z", "scheduled_end": "2026-11-25T11:00:00Z"})")
            << QStringLiteral("max_participants");
        QTest::newRow("no title")
            << QByteArray(
                   R"({"scheduled_start": "2026-11-25T10:00:00Z", "scheduled_end": "2026-11-25T11:00:00Z"})")
            << QStringLiteral("title");
    }
    void badSessionInputIs400NamingTheField() {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f->addCourse(ada);
        QJsonObject object = QJsonDocument::fromJson(body).object();
        object.insert(QStringLiteral("course"), course.id);
        const Reply reply = call("POST", QStringLiteral("/api/live/sessions/create/"), login(ada),
                                 QJsonDocument(object).toJson());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 field);
    }
};

QTEST_GUILESS_MAIN(TestHubRest)
#include "tst_hubrest.moc"
