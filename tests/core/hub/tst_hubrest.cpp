#include "hub/hubserver.h"
#include "servicefixture.h"
#include "services/sessionservice.h"

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
    QNetworkAccessManager network;
    quint16 port = 0;

    struct Reply {
        int status = 0;
        QJsonDocument body;
        QJsonObject object() const { return body.object(); }
        QString errorCode() const {
            return object()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("code"))
                .toString();
        }
    };

    Reply call(const QByteArray& verb, const QString& path, const QString& token = {},
               const QByteArray& body = {}) {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply* reply = network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(15000))
            qFatal("no answer from the hub for %s", qPrintable(path));
        Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                     QJsonDocument::fromJson(reply->readAll())};
        reply->deleteLater();
        return result;
    }

    QString login(const User& user) {
        const Reply reply = call("POST", QStringLiteral("/api/auth/login"), {},
                                 QJsonDocument(QJsonObject{{QStringLiteral("email"), user.email},
                                                           {QStringLiteral("password"),
                                                            QStringLiteral("correct horse")}})
                                     .toJson());
        if (reply.status != 200)
            qFatal("login failed: %d", reply.status);
        return reply.object().value(QStringLiteral("token")).toString();
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        server = std::make_unique<hub::HubServer>(f->context());
        auto listening = server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(listening.has_value());
        port = *listening;
    }
    void cleanup() {
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
};

QTEST_GUILESS_MAIN(TestHubRest)
#include "tst_hubrest.moc"
