#include "hub/hubserver.h"
#include "hubclient.h"
#include "liveclient.h"
#include "servicefixture.h"
#include "tcprelay.h"

#include <QTest>

using namespace lectern;
using namespace std::chrono_literals;

// While PostgreSQL is away, the hub answers every request at once with 503 and Retry-After,
// keeps its live sockets, and serves again when the server is back: over real sockets, with a
// relay in front of the real server standing in for the outage.
class TestHubDatabaseOutage : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    std::unique_ptr<test::TcpRelay> relay;
    std::unique_ptr<hub::HubServer> server;
    std::unique_ptr<test::HubClient> client;
    test::ServiceFixture::LiveClass live;
    QString sam;

    QString sessionPath() const {
        return QStringLiteral("/api/live/sessions/%1/").arg(live.session.id);
    }
    void expectUnavailable(const test::HubClient::Reply& reply) {
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.errorCode(), QStringLiteral("unavailable"));
        QCOMPARE(reply.retryAfter, QByteArray("5"));
        // Where the database is and why it failed stay in the server's log.
        QVERIFY(!reply.object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("127.0.0.1")));
    }
    static QJsonObject chat(const QString& content) {
        return {{QStringLiteral("content"), content}};
    }
    void expectServingAgain() {
        QTRY_COMPARE_WITH_TIMEOUT(client->call("GET", sessionPath(), sam).status, 200, 20'000);
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        if (f->testDatabase().dialect() != Dialect::Postgres)
            QSKIP("An SQLite file does not go away like a database server");
        const DatabaseUrl direct = f->testDatabase().url();
        relay = std::make_unique<test::TcpRelay>(direct.host, quint16(direct.port));
        auto database = Database::open(f->testDatabase().urlThrough(relay->port()));
        LECTERN_VERIFY_OK(database);
        // The hub reaches the database through the relay; the test sets up and checks directly.
        ServiceContext context = f->context();
        context.database = *database;
        hub::HubConfig config;
        config.live.recheckInterval = 100ms;
        server = std::make_unique<hub::HubServer>(context, config);
        auto port = server->listen(QHostAddress::LocalHost, 0);
        LECTERN_VERIFY_OK(port);
        client = std::make_unique<test::HubClient>(*port);
        live = f->liveClass(1);
        sam = client->login(live.students[0].email);
    }
    void cleanup() {
        client.reset();
        server.reset();
        relay.reset();
        f.reset();
    }

    void aStoppedServerIsAnswered503AndServingResumes() {
        QCOMPARE(client->call("GET", sessionPath(), sam).status, 200);
        relay->setMode(test::TcpRelay::Mode::Refuse);
        expectUnavailable(client->call("GET", sessionPath(), sam));
        expectUnavailable(client->call("GET", QStringLiteral("/api/live/sessions/"), sam));
        expectUnavailable(client->call("POST", sessionPath() + QStringLiteral("chat/send/"), sam,
                                       chat(QStringLiteral("hello"))));
        relay->setMode(test::TcpRelay::Mode::Forward);
        expectServingAgain();
    }

    // A host that takes connections and never answers costs a connect timeout, then 503.
    void aServerThatHangsIsAnswered503() {
        relay->setMode(test::TcpRelay::Mode::Hang);
        expectUnavailable(client->call("GET", sessionPath(), sam));
        expectUnavailable(client->call("GET", sessionPath(), sam));
        relay->setMode(test::TcpRelay::Mode::Forward);
        expectServingAgain();
    }

    // A sign-in the database cannot check is neither let in nor counted as a wrong password.
    void aSignInDuringTheOutageIs503AndNotAFailure() {
        relay->setMode(test::TcpRelay::Mode::Refuse);
        const QJsonObject credentials{
            {QStringLiteral("email"), live.students[0].email},
            {QStringLiteral("password"), QStringLiteral("correct horse")}};
        for (int attempt = 0; attempt < 6; ++attempt)
            expectUnavailable(
                client->call("POST", QStringLiteral("/api/auth/login"), {}, credentials));
        relay->setMode(test::TcpRelay::Mode::Forward);
        expectServingAgain();
        QCOMPARE(client->call("POST", QStringLiteral("/api/auth/login"), {}, credentials).status,
                 200);
    }

    // The re-check sweep runs throughout (every 100 ms here) and closes nobody over an outage.
    void liveSocketsOutlastTheOutage() {
        test::LiveClient samHears;
        QVERIFY(samHears.open(client->port(), live.session.id, QStringLiteral("token=") + sam));
        QVERIFY(samHears.waitFor(QStringLiteral("hello")));
        relay->setMode(test::TcpRelay::Mode::Refuse);
        QTest::qWait(1000);
        QVERIFY(!samHears.isClosed());
        relay->setMode(test::TcpRelay::Mode::Forward);
        expectServingAgain();
        QCOMPARE(client
                     ->call("POST", sessionPath() + QStringLiteral("chat/send/"), sam,
                            chat(QStringLiteral("back")))
                     .status,
                 201);
        QVERIFY(samHears.waitFor(QStringLiteral("chat.created")));
        QVERIFY(!samHears.isClosed());
    }
};

QTEST_GUILESS_MAIN(TestHubDatabaseOutage)
#include "tst_hubdatabaseoutage.moc"
