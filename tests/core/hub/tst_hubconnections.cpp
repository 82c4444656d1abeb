#include "hub/hubserver.h"
#include "hubclient.h"
#include "liveclient.h"
#include "rawhttp.h"
#include "servicefixture.h"

#include <QTest>

using namespace lectern;
using namespace std::chrono_literals;

// What the hub lets a connection do, over real sockets on loopback: the cap, the idle and
// slow-request timeouts, body and head limits before buffering, `Expect: 100-continue` and the
// Host check.
class TestHubConnections : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    std::unique_ptr<hub::HubServer> server;
    std::unique_ptr<test::HubClient> client;
    quint16 port = 0;

    void startWith(const hub::ConnectionLimits& limits) {
        hub::HubConfig config;
        config.connections = limits;
        std::tie(server, client) = test::startHub(*f, config);
        port = client->port();
    }
    static hub::ConnectionLimits quickTimeouts() {
        hub::ConnectionLimits limits;
        limits.idleTimeout = 300ms;
        return limits;
    }
    QByteArray loginHead(qint64 contentLength, const QByteArray& extra = {}) const {
        return "POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
               "\r\nContent-Type: application/json\r\nContent-Length: " +
               QByteArray::number(contentLength) + "\r\n" + extra + "\r\n";
    }
    // The hub still answers an ordinary request.
    void expectHubAnswers() {
        test::RawHttp probe;
        QVERIFY(probe.open(port));
        probe.send(test::rawGet(QStringLiteral("/"), port));
        QVERIFY(probe.waitFor("</html>"));
        QCOMPARE(probe.lastStatus(), 200);
    }

private Q_SLOTS:
    // The fixture opens here, where a missing PostgreSQL skips the test rather than a helper.
    void init() { LECTERN_OPEN_FIXTURE(f); }
    void cleanup() {
        client.reset();
        server.reset();
        f.reset();
    }

    void refusesADeclaredOversizedBodyBeforeItIsSent() {
        startWith({});
        test::RawHttp raw;
        QVERIFY(raw.open(port));
        // 50 MB announced and never sent: the answer can only come from the head.
        raw.send(loginHead(50'000'000));
        QVERIFY(raw.waitFor("}}"));
        QCOMPARE(raw.lastStatus(), 413);
        QVERIFY(raw.received().contains("\"code\":\"too_large\""));
        QVERIFY(raw.waitForClose());
        expectHubAnswers();
    }

    void refusesAnOversizedBodySentAnywayAndStaysUp() {
        startWith({});
        test::RawHttp raw;
        QVERIFY(raw.open(port));
        const qint64 size = 3 * 1024 * 1024;
        raw.send(loginHead(size) + QByteArray(size, 'x'));
        QVERIFY(raw.waitFor("}}"));
        QCOMPARE(raw.lastStatus(), 413);
        expectHubAnswers();
    }

    void answersExpectContinueBeforeTheBody() {
        startWith({});
        test::RawHttp raw;
        QVERIFY(raw.open(port));
        const QByteArray body = R"({"email": "nobody@example.org", "password": "wrong"})";
        raw.send(loginHead(body.size(), "Expect: 100-continue\r\n"));
        QVERIFY(raw.waitFor("HTTP/1.1 100 Continue\r\n\r\n"));
        QCOMPARE(raw.lastStatus(), 100);
        raw.send(body);
        QVERIFY(raw.waitFor("}}"));
        QCOMPARE(raw.lastStatus(), 401);
    }

    void capsOpenConnections() {
        hub::ConnectionLimits limits;
        limits.maxConnections = 3;
        startWith(limits);
        std::array<test::RawHttp, 3> held;
        for (auto& connection : held)
            QVERIFY(connection.open(port));
        QTRY_COMPARE(server->openConnections(), 3);

        test::RawHttp turnedAway;
        QVERIFY(turnedAway.open(port));
        QVERIFY(turnedAway.waitFor("}}"));
        QCOMPARE(turnedAway.lastStatus(), 503);
        QVERIFY(turnedAway.received().contains("Retry-After: 5"));
        QVERIFY(turnedAway.waitForClose());

        // A held connection still works, and one that closes makes room.
        held[0].send(test::rawGet(QStringLiteral("/style.css"), port));
        QVERIFY(held[0].waitFor("\r\n\r\n"));
        QCOMPARE(held[0].lastStatus(), 200);
        held[1].close();
        QTRY_COMPARE(server->openConnections(), 2);
        expectHubAnswers();
    }

    // The hole a review found: `Upgrade: websocket` without `Connection: Upgrade` left the
    // connection unframed, so later requests skipped every limit.
    void anUpgradeQtWillNotMakeIsAnsweredAndEndsTheConnection() {
        startWith(quickTimeouts());
        test::RawHttp raw;
        QVERIFY(raw.open(port));
        raw.send("GET /api/live/sessions/1/ws HTTP/1.1\r\nHost: 127.0.0.1:" +
                 QByteArray::number(port) + "\r\nUpgrade: websocket\r\n\r\n");
        QVERIFY(raw.waitFor("}}"));
        QCOMPARE(raw.lastStatus(), 400);
        QVERIFY(raw.received().contains("Connection: close"));
        // Whatever follows is not read: a 2 MiB body is not buffered, another Host not served.
        raw.send("GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n");
        QVERIFY(raw.waitForClose());
        QVERIFY(!raw.received().contains("</html>"));
        expectHubAnswers();
    }

    void anUpgradeElsewhereIsRefusedAndLimitsStillHold() {
        startWith(quickTimeouts());
        test::RawHttp raw;
        QVERIFY(raw.open(port));
        raw.send("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                 "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n");
        QVERIFY(raw.waitFor("}}"));
        QCOMPARE(raw.lastStatus(), 400);
        QVERIFY(raw.waitForClose());

        // An upgrade header alone on an ordinary route: answered as HTTP, the idle timeout
        // still applies.
        test::RawHttp idle;
        QVERIFY(idle.open(port));
        idle.send("GET /style.css HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                  "\r\nUpgrade: websocket\r\n\r\n");
        QVERIFY(idle.waitFor("\r\n\r\n"));
        QCOMPARE(idle.lastStatus(), 200);
        QVERIFY(idle.waitForClose());
        expectHubAnswers();
    }

    void capsConnectionsFromOneAddress() {
        hub::ConnectionLimits limits;
        limits.maxConnectionsPerAddress = 3;
        startWith(limits);
        std::array<test::RawHttp, 3> held;
        for (auto& connection : held)
            QVERIFY(connection.open(port));
        QTRY_COMPARE(server->openConnections(), 3);

        test::RawHttp turnedAway;
        QVERIFY(turnedAway.open(port));
        QVERIFY(turnedAway.waitFor("}}"));
        QCOMPARE(turnedAway.lastStatus(), 429);
        QVERIFY(turnedAway.received().contains("Retry-After: 5"));
        QVERIFY(turnedAway.waitForClose());

        // Another address is not held back, and a closed connection makes room.
        test::RawHttp neighbour;
        neighbour.setSource(QHostAddress(QStringLiteral("127.0.0.2")));
        QVERIFY(neighbour.open(port));
        neighbour.send(test::rawGet(QStringLiteral("/style.css"), port));
        QVERIFY(neighbour.waitFor("\r\n\r\n"));
        QCOMPARE(neighbour.lastStatus(), 200);
        held[0].close();
        QTRY_COMPARE(server->openConnections(), 3);
        expectHubAnswers();
    }

    void closesIdleConnections() {
        startWith(quickTimeouts());
        test::RawHttp idle;
        QVERIFY(idle.open(port));
        QTRY_COMPARE(server->openConnections(), 1);
        QVERIFY(idle.waitForClose());
        QVERIFY(idle.received().isEmpty());
        QTRY_COMPARE(server->openConnections(), 0);
    }

    void closesRequestsSentTooSlowly() {
        startWith(quickTimeouts());
        test::RawHttp slow;
        QVERIFY(slow.open(port));
        const QByteArray request = test::rawGet(QStringLiteral("/"), port);
        // A byte every 50 ms never lets the connection go quiet, but the request as a whole
        // takes longer than the timeout.
        for (char byte : request) {
            if (!slow.isOpen())
                break;
            slow.send(QByteArray(1, byte));
            QTest::qWait(50);
        }
        QVERIFY(slow.waitForClose());
        QVERIFY(!slow.received().contains("200 OK"));
    }

    void keepsAConnectionAliveAcrossRequests() {
        startWith(quickTimeouts());
        test::RawHttp raw;
        QVERIFY(raw.open(port));
        for (int i = 0; i < 3; ++i) {
            raw.send(test::rawGet(QStringLiteral("/style.css"), port));
            QVERIFY(QTest::qWaitFor([&] { return raw.received().count("HTTP/1.1 200") == i + 1; },
                                    5000));
            QTest::qWait(150); // half the idle timeout: an answer starts the clock again
        }
        QVERIFY(raw.isOpen());
    }

    void leavesWebSocketsToThePings() {
        startWith(quickTimeouts());
        auto live = f->liveClass(1);
        const QString token = client->login(live.students[0].email);
        test::LiveClient listener;
        QVERIFY(listener.open(port, live.session.id, QStringLiteral("token=") + token));
        QVERIFY(listener.waitFor(QStringLiteral("hello")));
        QTest::qWait(1000);
        QVERIFY(!listener.isClosed());
        // The sign-in's keep-alive connection has gone idle and been closed; the socket stays.
        QTRY_COMPARE(server->openConnections(), 1);
        listener.socket().close();
        QTRY_COMPARE(server->openConnections(), 0);
    }

    void checksTheHostHeader() {
        startWith({});
        test::RawHttp stranger;
        QVERIFY(stranger.open(port));
        stranger.send("GET / HTTP/1.1\r\nHost: attacker.example\r\n\r\n");
        QVERIFY(stranger.waitFor("}}"));
        QCOMPARE(stranger.lastStatus(), 400);
        QVERIFY(stranger.received().contains("Host"));

        test::RawHttp local;
        QVERIFY(local.open(port));
        local.send("GET /style.css HTTP/1.1\r\nHost: localhost:" + QByteArray::number(port) +
                   "\r\n\r\n");
        QVERIFY(local.waitFor("\r\n\r\n"));
        QCOMPARE(local.lastStatus(), 200);
    }

    void refusesOverlongHeadsAndChunkedBodies() {
        startWith({});
        test::RawHttp longHead;
        QVERIFY(longHead.open(port));
        longHead.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " +
                      QByteArray(20 * 1024, 'a'));
        QVERIFY(longHead.waitFor("}}"));
        QCOMPARE(longHead.lastStatus(), 431);

        test::RawHttp chunked;
        QVERIFY(chunked.open(port));
        chunked.send("POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: "
                     "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        QVERIFY(chunked.waitFor("}}"));
        QCOMPARE(chunked.lastStatus(), 411);
        expectHubAnswers();
    }
};

QTEST_GUILESS_MAIN(TestHubConnections)
#include "tst_hubconnections.moc"
