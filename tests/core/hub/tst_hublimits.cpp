#include "hub/hubserver.h"
#include "hubclient.h"
#include "servicefixture.h"

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

    void fiveFailedLoginsBlockTheAddress() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(loginWith(ada.email, QStringLiteral("wrong password")).status, 401);
        // Even the right password is refused while the address is blocked.
        const Reply blocked = loginWith(ada.email, QStringLiteral("correct horse"));
        QCOMPARE(blocked.status, 429);
        QCOMPARE(blocked.errorCode(), QStringLiteral("too_many"));
        QCOMPARE(blocked.retryAfter, QByteArray("900"));
        f->clock().advance(15 * 60);
        QCOMPARE(loginWith(ada.email, QStringLiteral("correct horse")).status, 200);
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
};

QTEST_GUILESS_MAIN(TestHubLimits)
#include "tst_hublimits.moc"
