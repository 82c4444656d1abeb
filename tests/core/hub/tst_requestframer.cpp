#include "hub/connection/requestframer.h"

#include <QTest>

using namespace lectern;
using namespace lectern::hub;

// The framing the hub checks before Qt's HTTP server reads a request.
class TestRequestFramer : public QObject {
    Q_OBJECT

private:
    static FramingLimits limits() {
        FramingLimits limits;
        limits.maxHeadBytes = 1024;
        limits.maxBodyBytes = 100;
        limits.hostNames = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                            QStringLiteral("::1")};
        return limits;
    }
    static int refusalStatus(const RequestFramer::Step& step) {
        return step.refusal ? step.refusal->status : 0;
    }
    static QByteArray post(int length, const QByteArray& extra = {}) {
        return "POST /api/auth/login HTTP/1.1\r\nHost: localhost:8080\r\nContent-Length: " +
               QByteArray::number(length) + "\r\n" + extra + "\r\n";
    }

private Q_SLOTS:
    void acceptsPipelinedRequestsWithBodies() {
        RequestFramer framer(limits());
        const QByteArray twoRequests = QByteArray(post(5) + "hello" + post(3) + "abc");
        const auto step = framer.feed(twoRequests);
        QVERIFY(!step.refusal);
        QVERIFY(framer.isIdle());
    }

    void followsHeadsAndBodiesAcrossChunks() {
        RequestFramer framer(limits());
        const QByteArray bytes =
            QByteArray(post(10) + "0123456789" + "GET / HTTP/1.1\r\nHost: [::1]:1\r\n\r\n");
        for (char byte : bytes) {
            const auto step = framer.feed(QByteArrayView(&byte, 1));
            QVERIFY2(!step.refusal,
                     qPrintable(step.refusal ? step.refusal->error.message : QString()));
        }
        QVERIFY(framer.isIdle());
        // A body that has not fully come leaves the framer mid-request.
        framer.feed(QByteArray(post(10) + "01234"));
        QVERIFY(!framer.isIdle());
    }

    void refusesADeclaredBodyOverTheLimitFromTheHeadAlone() {
        RequestFramer framer(limits());
        const auto step = framer.feed(post(101));
        QCOMPARE(refusalStatus(step), 413);
        QCOMPARE(step.refusal->error.code, ErrorCode::TooLarge);
        QCOMPARE(refusalStatus(RequestFramer(limits()).feed(post(100))), 0);
    }

    void letsLargerBodiesThroughOnlyToThePathsThatTakeFiles() {
        FramingLimits withFiles = limits();
        withFiles.fileBodyPath = QRegularExpression(QStringLiteral("^/api/console/roster/read/?$"));
        withFiles.maxFileBodyBytes = 1000;
        const auto head = [](const QByteArray& target, int length) -> QByteArray {
            return "POST " + target +
                   " HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + QByteArray::number(length) +
                   "\r\n\r\n";
        };
        QCOMPARE(
            refusalStatus(RequestFramer(withFiles).feed(head("/api/console/roster/read", 1000))),
            0);
        QCOMPARE(refusalStatus(
                     RequestFramer(withFiles).feed(head("/api/console/roster/read?x=1", 1000))),
                 0);
        QCOMPARE(
            refusalStatus(RequestFramer(withFiles).feed(head("/api/console/roster/read", 1001))),
            413);
        QCOMPARE(refusalStatus(RequestFramer(withFiles).feed(head("/api/console/chat/send", 101))),
                 413);
        QCOMPARE(refusalStatus(
                     RequestFramer(withFiles).feed(head("/api/console/roster/read/more", 101))),
                 413);
        // By default no path takes more than the usual limit.
        QCOMPARE(refusalStatus(RequestFramer(limits()).feed(head("/api/console/roster/read", 101))),
                 413);
    }

    void refusesAnOverlongHeadEvenBeforeItEnds() {
        RequestFramer framer(limits());
        const QByteArray start = "GET / HTTP/1.1\r\nHost: localhost\r\nX-Padding: ";
        QCOMPARE(refusalStatus(framer.feed(QByteArray(start + QByteArray(900, 'a')))), 0);
        QCOMPARE(refusalStatus(framer.feed(QByteArray(200, 'a'))), 431);
    }

    void refusesBodiesItCannotMeasure() {
        QCOMPARE(refusalStatus(RequestFramer(limits()).feed(
                     "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n")),
                 411);
        // Both framings at once is request smuggling.
        QCOMPARE(
            refusalStatus(RequestFramer(limits()).feed(post(5, "Transfer-Encoding: chunked\r\n"))),
            400);
        QCOMPARE(refusalStatus(RequestFramer(limits()).feed(post(5, "Content-Length: 6\r\n"))),
                 400);
        QCOMPARE(refusalStatus(RequestFramer(limits()).feed(
                     "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\n\r\n")),
                 400);
        QCOMPARE(refusalStatus(RequestFramer(limits()).feed(
                     "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1e3\r\n\r\n")),
                 400);
    }

    void checksTheHostName() {
        QCOMPARE(refusalStatus(RequestFramer(limits()).feed(
                     "GET / HTTP/1.1\r\nHost: evil.example:8080\r\n\r\n")),
                 400);
        QCOMPARE(refusalStatus(RequestFramer(limits()).feed("GET / HTTP/1.1\r\n\r\n")), 400);
        QCOMPARE(refusalStatus(RequestFramer(limits()).feed(
                     "GET / HTTP/1.1\r\nHost: localhost\r\nHost: localhost\r\n\r\n")),
                 400);
        QCOMPARE(refusalStatus(
                     RequestFramer(limits()).feed("GET / HTTP/1.1\r\nHOST: LocalHost:1\r\n\r\n")),
                 0);
        FramingLimits anyName = limits();
        anyName.hostNames.clear();
        QCOMPARE(refusalStatus(
                     RequestFramer(anyName).feed("GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n")),
                 0);
    }

    void refusesMalformedHeads() {
        QCOMPARE(refusalStatus(RequestFramer(limits()).feed("hello\r\n\r\n")), 400);
        QCOMPARE(
            refusalStatus(RequestFramer(limits()).feed("GET / HTTP/1.1\r\nHost localhost\r\n\r\n")),
            400);
        QCOMPARE(refusalStatus(RequestFramer(limits()).feed(
                     "GET / HTTP/1.1\r\nBad Name: x\r\nHost: localhost\r\n\r\n")),
                 400);
        QCOMPARE(refusalStatus(RequestFramer(limits()).feed(
                     "GET / HTTP/1.1\r\nHost: localhost\r\nExpect: magic\r\n\r\n")),
                 417);
    }

    void acceptsBareLineFeedsAndLeadingEmptyLines() {
        RequestFramer framer(limits());
        QVERIFY(!framer.feed("\r\n\nGET / HTTP/1.1\nHost: localhost\n\n").refusal);
        QVERIFY(framer.isIdle());
    }

    void asksForTheBodyOnlyWhenTheClientWaits() {
        RequestFramer waiting(limits());
        QVERIFY(waiting.feed(post(5, "Expect: 100-continue\r\n")).sendContinue);
        RequestFramer eager(limits());
        QVERIFY(!eager.feed(QByteArray(post(5, "Expect: 100-continue\r\n") + "he")).sendContinue);
        RequestFramer empty(limits());
        QVERIFY(!empty.feed(post(0, "Expect: 100-continue\r\n")).sendContinue);
    }

    void stopsFramingAfterAWebSocketUpgrade() {
        RequestFramer framer(limits());
        const auto step = framer.feed("GET /api/live/sessions/7/ws?since=3 HTTP/1.1\r\nHost: "
                                      "localhost\r\nUpgrade: WebSocket\r\nConnection: "
                                      "keep-alive, Upgrade\r\n\r\n\x81\x05hello");
        QVERIFY(step.upgrade);
        QVERIFY(framer.isUpgraded());
        QVERIFY(!framer.feed("not http at all").refusal);
    }

    // Qt upgrades only with `Connection: upgrade`; without it the connection stays HTTP, and
    // every later request on it is framed and limited like any other.
    void anUpgradeHeaderAloneLeavesTheConnectionHttp() {
        RequestFramer framer(limits());
        const auto step = framer.feed("GET /api/live/sessions/7/ws HTTP/1.1\r\nHost: "
                                      "localhost\r\nUpgrade: websocket\r\n\r\n");
        QVERIFY(!step.upgrade);
        QVERIFY(!framer.isUpgraded());
        QCOMPARE(refusalStatus(framer.feed(post(101))), 413);
        RequestFramer hosts(limits());
        hosts.feed("GET /api/live/sessions/7/ws HTTP/1.1\r\nHost: localhost\r\nUpgrade: "
                   "websocket\r\n\r\n");
        QCOMPARE(refusalStatus(hosts.feed("GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n")), 400);
    }

    void refusesAnUpgradeAnywhereButTheLiveChannel_data() {
        QTest::addColumn<QByteArray>("requestLine");
        QTest::addColumn<QByteArray>("upgrade");
        QTest::newRow("another path") << QByteArray("GET / HTTP/1.1") << QByteArray("websocket");
        QTest::newRow("not GET") << QByteArray("POST /api/live/sessions/7/ws HTTP/1.1")
                                 << QByteArray("websocket");
        QTest::newRow("another protocol")
            << QByteArray("GET /api/live/sessions/7/ws HTTP/1.1") << QByteArray("h2c");
    }
    void refusesAnUpgradeAnywhereButTheLiveChannel() {
        QFETCH(QByteArray, requestLine);
        QFETCH(QByteArray, upgrade);
        RequestFramer framer(limits());
        const auto step =
            framer.feed(QByteArray(requestLine + "\r\nHost: localhost\r\nUpgrade: " + upgrade +
                                   "\r\nConnection: Upgrade\r\n\r\n"));
        QCOMPARE(refusalStatus(step), 400);
        QVERIFY(!framer.isUpgraded());
    }

    void refusesUpgradeOrConnectionGivenTwice() {
        const QByteArray head = "GET /api/live/sessions/7/ws HTTP/1.1\r\nHost: localhost\r\n";
        QCOMPARE(refusalStatus(RequestFramer(limits()).feed(
                     QByteArray(head + "Upgrade: websocket\r\nUpgrade: websocket\r\n\r\n"))),
                 400);
        QCOMPARE(refusalStatus(RequestFramer(limits()).feed(
                     QByteArray(head + "Connection: close\r\nConnection: upgrade\r\n\r\n"))),
                 400);
    }

    void stripsThePortFromHostHeaders() {
        QCOMPARE(hostWithoutPort("Example.org:8080"), QStringLiteral("example.org"));
        QCOMPARE(hostWithoutPort("[::1]:8080"), QStringLiteral("::1"));
        QCOMPARE(hostWithoutPort(" localhost "), QStringLiteral("localhost"));
    }
};

QTEST_APPLESS_MAIN(TestRequestFramer)
#include "tst_requestframer.moc"
