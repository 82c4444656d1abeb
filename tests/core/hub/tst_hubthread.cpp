#include "hub/hubthread.h"
#include "hubclient.h"
#include "liveclient.h"
#include "rawhttp.h"
#include "servicefixture.h"
#include "services/chatservice.h"

#include <QTest>

using namespace lectern;

// The hub on a thread of its own, as the console runs it: REST and the live channel answer
// from there, and what the window's thread changes reaches the hub's listeners.
class TestHubThread : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    std::unique_ptr<hub::HubThread> hub;
    quint16 port = 0;

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        hub = std::make_unique<hub::HubThread>(f->context());
        auto listening = hub->start(QHostAddress::LocalHost, 0);
        QVERIFY2(listening, qPrintable(listening ? QString() : listening.error().message));
        port = *listening;
        QVERIFY(hub->thread() != QThread::currentThread());
    }
    void cleanup() {
        hub.reset();
        f.reset();
    }

    void servesRestAndTheLiveChannelFromItsThread() {
        const auto live = f->liveClass(1);
        test::HubClient client(port);
        const QString sam = client.login(live.students[0].email);
        test::LiveClient listener;
        QVERIFY(listener.open(port, live.session.id, QStringLiteral("token=") + sam));
        QVERIFY(listener.waitFor(QStringLiteral("hello")));
        QCOMPARE(hub->openConnections(), 2); // the listener and the REST client's

        // Through the hub, on its thread.
        const auto sent = client.call(
            "POST", QStringLiteral("/api/live/sessions/%1/chat/send/").arg(live.session.id), sam,
            QJsonObject{{QStringLiteral("content"), QStringLiteral("through the hub")}});
        QCOMPARE(sent.status, 201);
        QVERIFY(listener.waitFor(QStringLiteral("chat.created")));

        // From this thread's services, as the console's window would.
        ChatDraft draft;
        draft.content = QStringLiteral("from the window");
        QVERIFY(ChatService(f->context()).sendChatMessage(live.instructor, live.session.id, draft));
        QVERIFY(listener.waitFor(QStringLiteral("chat.created"), 2));
        QCOMPARE(listener.ofType(QStringLiteral("chat.created"))
                     .last()
                     .value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString(),
                 QStringLiteral("from the window"));
    }

    void stopsAndStartsAgain() {
        hub->stop();
        QVERIFY(!hub->isRunning());
        test::RawHttp refused;
        QVERIFY(!refused.open(port) || refused.waitForClose(2000));

        auto again = hub->start(QHostAddress::LocalHost, 0);
        QVERIFY(again);
        test::RawHttp probe;
        QVERIFY(probe.open(*again));
        probe.send(test::rawGet(QStringLiteral("/style.css"), *again));
        QVERIFY(probe.waitFor("\r\n\r\n"));
        QCOMPARE(probe.lastStatus(), 200);
    }

    void saysWhenItsPortIsTaken() {
        hub::HubThread second(f->context());
        const auto taken = second.start(QHostAddress::LocalHost, port);
        QVERIFY(!taken);
        QVERIFY(taken.error().message.contains(QString::number(port)));
        QVERIFY(!second.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestHubThread)
#include "tst_hubthread.moc"
