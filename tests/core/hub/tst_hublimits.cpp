#include "hub/hubserver.h"
#include "hubclient.h"
#include "rawhttp.h"
#include "servicefixture.h"
#include "services/sessionservice.h"
#include "services/userservice.h"

#include <QNetworkReply>

#include <QTest>

using namespace lectern;

// The hub's limits, over HTTP.
class TestHubLimits : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    std::unique_ptr<hub::HubServer> server;
    std::unique_ptr<test::HubClient> client;
    using Reply = test::HubClient::Reply;

    Reply loginWith(const QString& email, const QString& password) {
        return client->call(
            "POST", QStringLiteral("/api/auth/login"), {},
            QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    }

    static QByteArray jsonLogin(const QString& email, const QString& password) {
        return QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                         {QStringLiteral("password"), password}})
            .toJson(QJsonDocument::Compact);
    }

    static QByteArray rawLogin(const QByteArray& body) {
        return "POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

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

    void fiveFailedLoginsBlockThatAccountButNotTheClassBehindTheSameAddress() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const User sam = f->addUser(Role::Student, QStringLiteral("Sam"));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(loginWith(sam.email, QStringLiteral("wrong password")).status, 401);
        // Even the right password is refused while the account is blocked here.
        const Reply blocked = loginWith(sam.email, QStringLiteral("correct horse"));
        QCOMPARE(blocked.status, 429);
        QCOMPARE(blocked.errorCode(), QStringLiteral("too_many"));
        QCOMPARE(blocked.retryAfter, QByteArray("900"));
        // The instructor, behind the same NAT, is not locked out by a student's typos.
        QCOMPARE(loginWith(ada.email, QStringLiteral("correct horse")).status, 200);
        f->clock().advance(15 * 60);
        QCOMPARE(loginWith(sam.email, QStringLiteral("correct horse")).status, 200);
    }

    void signingInToOnesOwnAccountDoesNotResetGuessingAtAnother() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const User mallory = f->addUser(Role::Student, QStringLiteral("Mallory"));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(loginWith(ada.email, QStringLiteral("guess %1").arg(i)).status, 401);
        QCOMPARE(loginWith(mallory.email, QStringLiteral("correct horse")).status, 200);
        QCOMPARE(loginWith(ada.email, QStringLiteral("guess 4")).status, 401);
        QCOMPARE(loginWith(ada.email, QStringLiteral("correct horse")).status, 429);
    }

    void chatIsRateLimitedPerUser() {
        auto live = f->liveClass(2);
        const QString sam = client->login(live.students[0].email);
        const QString kim = client->login(live.students[1].email);
        const QString send =
            QStringLiteral("/api/live/sessions/%1/chat/send/").arg(live.session.id);
        const QJsonObject message{{QStringLiteral("content"), QStringLiteral("hi")}};
        for (int i = 0; i < 10; ++i)
            QCOMPARE(client->call("POST", send, sam, message).status, 201);
        const Reply limited = client->call("POST", send, sam, message);
        QCOMPARE(limited.status, 429);
        QVERIFY(!limited.retryAfter.isEmpty());
        QCOMPARE(client->call("POST", send, kim, message).status, 201);
        f->clock().advance(2);
        QCOMPARE(client->call("POST", send, sam, message).status, 201);
    }

    // A 6-digit passcode is guessable at request speed; wrong passwords are throttled like
    // failed sign-ins, per user and session.
    void wrongSessionPasswordsAreThrottled() {
        auto live = f->liveClass(0);
        LiveSession changes = live.session;
        changes.meetingPassword = QStringLiteral("123456");
        LECTERN_VERIFY_OK(SessionService(f->context())
                              .updateLiveSession(live.instructor, live.session.id, changes));
        const User sam = f->addUser(Role::Student, QStringLiteral("Sam"));
        const User kim = f->addUser(Role::Student, QStringLiteral("Kim"));
        f->enroll(live.course, sam);
        f->enroll(live.course, kim);
        const QString samToken = client->login(sam.email);
        const QString join = QStringLiteral("/api/live/sessions/%1/join/").arg(live.session.id);
        const auto attempt = [&](const QString& token, const QString& password) {
            return client->call("POST", join, token,
                                QJsonObject{{QStringLiteral("password"), password}});
        };
        for (int i = 0; i < 5; ++i)
            QCOMPARE(attempt(samToken, QStringLiteral("00000%1").arg(i)).status, 403);
        const Reply blocked = attempt(samToken, QStringLiteral("123456"));
        QCOMPARE(blocked.status, 429);
        QVERIFY(!blocked.retryAfter.isEmpty());
        QCOMPARE(attempt(client->login(kim.email), QStringLiteral("123456")).status, 200);
        f->clock().advance(15 * 60);
        QCOMPARE(attempt(samToken, QStringLiteral("123456")).status, 200);
    }

    void editsLikesAndJoinsAreRateLimitedPerUser() {
        auto live = f->liveClass(1);
        const QString sam = client->login(live.students[0].email);
        const Reply sent = client->call(
            "POST", QStringLiteral("/api/live/sessions/%1/chat/send/").arg(live.session.id), sam,
            QJsonObject{{QStringLiteral("content"), QStringLiteral("hi")}});
        const QString message =
            QStringLiteral("/api/live/messages/%1/").arg(sent.object()[u"id"].toInteger());
        const QJsonObject edit{{QStringLiteral("content"), QStringLiteral("hello")}};
        for (int i = 0; i < 10; ++i)
            QCOMPARE(client->call("PUT", message, sam, edit).status, 200);
        QCOMPARE(client->call("PUT", message, sam, edit).status, 429);
        for (int i = 0; i < 15; ++i) {
            QCOMPARE(client->call("POST", message + u"like/", sam).status, 200);
            QCOMPARE(client->call("POST", message + u"unlike/", sam).status, 200);
        }
        QCOMPARE(client->call("POST", message + u"like/", sam).status, 429);
        const QString session = QStringLiteral("/api/live/sessions/%1/").arg(live.session.id);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(client->call("POST", session + u"leave/", sam).status, 200);
            QCOMPARE(client->call("POST", session + u"join/", sam).status, 200);
        }
        QCOMPARE(client->call("POST", session + u"leave/", sam).status, 429);
    }

    void oversizedBodyIs413() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const QString token = client->login(ada.email);
        const QByteArray huge = "{\"content\": \"" + QByteArray(1024 * 1024 + 10, 'x') + "\"}";
        const Reply reply =
            client->call("POST", QStringLiteral("/api/live/sessions/1/chat/send/"), token, huge);
        QCOMPARE(reply.status, 413);
        // The server is still there.
        QCOMPARE(client->call("GET", QStringLiteral("/api/live/sessions/"), token).status, 200);
    }

    // With the production cost (a third of a second each), sign-ins run beside the hub's
    // other work instead of stopping it.
    void signInsDoNotHoldUpOtherRequests() {
        QVERIFY(UserService(f->context())
                    .createUser(QStringLiteral("slow@example.org"), QStringLiteral("Slow"),
                                Role::Student, QStringLiteral("correct horse")));
        QNetworkAccessManager network;
        const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(client->port()));
        QNetworkRequest login(base.resolved(QUrl(QStringLiteral("/api/auth/login"))));
        login.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QList<QNetworkReply*> signIns;
        for (int i = 0; i < 3; ++i)
            signIns << network.post(login, jsonLogin(QStringLiteral("slow@example.org"),
                                                     QStringLiteral("correct horse")));
        QTRY_COMPARE(server->signInsUnderWay(), 3);
        QNetworkReply* page =
            network.get(QNetworkRequest(base.resolved(QUrl(QStringLiteral("/")))));
        QTRY_VERIFY(page->isFinished());
        QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY2(server->signInsUnderWay() > 0, "the page should not have waited for sign-ins");
        for (QNetworkReply* reply : signIns) {
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        }
    }

    void aClientThatHangsUpDuringSignInStillCountsAsAFailure() {
        // The production cost, so that each sign-in is still running when the client leaves.
        QVERIFY(UserService(f->context())
                    .createUser(QStringLiteral("ada@example.org"), QStringLiteral("Ada"),
                                Role::Instructor, QStringLiteral("correct horse")));
        const QByteArray wrong =
            jsonLogin(QStringLiteral("ada@example.org"), QStringLiteral("wrong"));
        for (int i = 0; i < 5; ++i) {
            test::RawHttp quitter;
            QVERIFY(quitter.open(client->port()));
            quitter.send("POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         "Content-Type: application/json\r\nContent-Length: " +
                         QByteArray::number(wrong.size()) + "\r\n\r\n" + wrong);
            QTRY_VERIFY(server->signInsUnderWay() > 0);
            quitter.close();
            QTRY_COMPARE(server->signInsUnderWay(), 0);
        }
        QCOMPARE(
            loginWith(QStringLiteral("ada@example.org"), QStringLiteral("correct horse")).status,
            429);
    }

    void aPipelinedRequestDuringSignInEndsTheConnection() {
        QVERIFY(UserService(f->context())
                    .createUser(QStringLiteral("ada@example.org"), QStringLiteral("Ada"),
                                Role::Instructor, QStringLiteral("correct horse")));
        const QByteArray body =
            jsonLogin(QStringLiteral("ada@example.org"), QStringLiteral("correct horse"));
        test::RawHttp eager;
        QVERIFY(eager.open(client->port()));
        eager.send("POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " +
                   QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_VERIFY(server->signInsUnderWay() > 0);
        // Still signing in: a second request on the connection is one too many.
        eager.send(test::rawGet(QStringLiteral("/style.css"), client->port()));
        QVERIFY(eager.waitForClose());
        QVERIFY(eager.received().isEmpty());
        QTRY_COMPARE(server->signInsUnderWay(), 0);
        QCOMPARE(client->call("GET", QStringLiteral("/")).status, 200);
    }

    // A sign-in waiting its turn on the hashing pool is the hub's delay, not an idle client:
    // it is answered however long the queue, never cut by the idle timeout.
    void aSignInQueuedLongerThanTheIdleTimeoutIsAnswered() {
        client.reset();
        server.reset();
        hub::HubConfig config;
        config.connections.idleTimeout = std::chrono::milliseconds(50);
        std::tie(server, client) = test::startHub(*f, config);
        // The production cost: each check takes longer than the idle timeout.
        QVERIFY(UserService(f->context())
                    .createUser(QStringLiteral("queued@example.org"), QStringLiteral("Queued"),
                                Role::Student, QStringLiteral("correct horse")));
        const QByteArray body =
            jsonLogin(QStringLiteral("queued@example.org"), QStringLiteral("correct horse"));
        std::array<test::RawHttp, 4> queue;
        for (test::RawHttp& connection : queue) {
            QVERIFY(connection.open(client->port()));
            connection.send(rawLogin(body));
        }
        for (test::RawHttp& connection : queue) {
            QTRY_VERIFY_WITH_TIMEOUT(connection.lastStatus() != 0 || !connection.isOpen(), 30000);
            QVERIFY2(connection.lastStatus() == 200, connection.received().constData());
        }
    }

    void aBurstOfSignInsFromOneAddressIsHeldBack() {
        QVERIFY(UserService(f->context())
                    .createUser(QStringLiteral("slow@example.org"), QStringLiteral("Slow"),
                                Role::Student, QStringLiteral("correct horse")));
        const QByteArray body =
            jsonLogin(QStringLiteral("slow@example.org"), QStringLiteral("correct horse"));
        std::array<test::RawHttp, 20> burst;
        for (test::RawHttp& connection : burst) {
            QVERIFY(connection.open(client->port()));
            connection.send(rawLogin(body));
        }
        int signedIn = 0, heldBack = 0;
        for (test::RawHttp& connection : burst) {
            QTRY_VERIFY_WITH_TIMEOUT(connection.lastStatus() != 0, 20000);
            signedIn += connection.lastStatus() == 200;
            heldBack += connection.lastStatus() == 429;
        }
        // Sixteen at once from one address; the others are told to try again.
        QCOMPARE(signedIn, 16);
        QCOMPARE(heldBack, 4);
    }

    void stoppingTheHubDuringASignInIsSafe() {
        QVERIFY(UserService(f->context())
                    .createUser(QStringLiteral("slow@example.org"), QStringLiteral("Slow"),
                                Role::Student, QStringLiteral("correct horse")));
        const QByteArray body =
            jsonLogin(QStringLiteral("slow@example.org"), QStringLiteral("correct horse"));
        test::RawHttp waiting;
        QVERIFY(waiting.open(client->port()));
        waiting.send("POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_VERIFY(server->signInsUnderWay() > 0);
        server.reset(); // waits for the hash, drops the answer, closes the socket
        QVERIFY(waiting.waitForClose());
    }
};

QTEST_GUILESS_MAIN(TestHubLimits)
#include "tst_hublimits.moc"
