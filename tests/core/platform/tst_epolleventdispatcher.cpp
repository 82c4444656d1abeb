#include "platform/epolleventdispatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace lectern;
using namespace std::chrono_literals;

// The epoll event loop doing what Qt's own loops do: timers, sockets, posted events, nested
// loops and wake-ups from other threads. The test runs on it (see main below).
class TestEpollEventDispatcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runsOnTheEpollLoop() {
        QVERIFY(qobject_cast<EpollEventDispatcher*>(QAbstractEventDispatcher::instance()));
    }

    void firesSingleShotAndRepeatingTimersOnTime() {
        QElapsedTimer elapsed;
        elapsed.start();
        qint64 singleShotAt = -1;
        QTimer::singleShot(50ms, this, [&] { singleShotAt = elapsed.elapsed(); });
        int ticks = 0;
        QTimer repeating;
        repeating.setTimerType(Qt::PreciseTimer);
        connect(&repeating, &QTimer::timeout, this, [&] { ++ticks; });
        repeating.start(10ms);
        QTRY_VERIFY(singleShotAt >= 0);
        QVERIFY2(singleShotAt >= 50, qPrintable(QString::number(singleShotAt)));
        QTRY_VERIFY(ticks >= 10);
        QVERIFY(repeating.remainingTime() <= 10);
        repeating.stop();
        const int stoppedAt = ticks;
        QTest::qWait(50);
        QCOMPARE(ticks, stoppedAt);
    }

    void zeroIntervalTimersRunEveryTurn() {
        int runs = 0;
        QTimer idle;
        idle.setInterval(0);
        connect(&idle, &QTimer::timeout, this, [&] {
            if (++runs == 100)
                idle.stop();
        });
        idle.start();
        QTRY_COMPARE(runs, 100);
    }

    void aTimerMayStopAnotherDueAtTheSameTime() {
        QTimer first, second;
        int secondFired = 0;
        first.setSingleShot(true);
        second.setSingleShot(true);
        connect(&first, &QTimer::timeout, this, [&] { second.stop(); });
        connect(&second, &QTimer::timeout, this, [&] { ++secondFired; });
        first.start(20ms);
        second.start(20ms);
        QTest::qWait(100);
        // Whichever fired first, the second never fires after being stopped.
        QVERIFY(secondFired <= 1);
        QVERIFY(!second.isActive());
    }

    void carriesDataOverRealSockets() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        std::unique_ptr<QTcpSocket> accepted;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            accepted.reset(server.nextPendingConnection());
            connect(accepted.get(), &QIODevice::readyRead, this,
                    [&] { accepted->write(accepted->readAll().toUpper()); });
        });
        QTcpSocket client;
        QByteArray echoed;
        connect(&client, &QIODevice::readyRead, this, [&] { echoed += client.readAll(); });
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QTRY_VERIFY(client.state() == QAbstractSocket::ConnectedState && accepted);
        // Large enough that writes wait for the socket to drain (write notifiers).
        const QByteArray payload(4 * 1024 * 1024, 'a');
        client.write(payload);
        QTRY_COMPARE_WITH_TIMEOUT(echoed.size(), payload.size(), 10000);
        QCOMPARE(echoed, QByteArray(payload.size(), 'A'));

        // A peer that hangs up is noticed.
        bool disconnected = false;
        connect(accepted.get(), &QAbstractSocket::disconnected, this, [&] { disconnected = true; });
        client.disconnectFromHost();
        QTRY_VERIFY(disconnected);
    }

    void deliversPostedAndDeferredDeleteEvents() {
        bool invoked = false;
        QMetaObject::invokeMethod(
            this, [&] { invoked = true; }, Qt::QueuedConnection);
        QTRY_VERIFY(invoked);
        QPointer<QObject> doomed = new QObject;
        doomed->deleteLater();
        QTRY_VERIFY(doomed.isNull());
    }

    void runsNestedLoops() {
        QEventLoop outer;
        bool innerRan = false;
        QTimer::singleShot(10ms, this, [&] {
            QEventLoop inner;
            QTimer::singleShot(10ms, &inner, [&] {
                innerRan = true;
                inner.quit();
            });
            inner.exec();
            outer.quit();
        });
        QTimer::singleShot(5s, &outer, [&] { outer.exit(1); });
        QCOMPARE(outer.exec(), 0);
        QVERIFY(innerRan);
    }

    void wakesUpForEventsPostedFromAnotherThread() {
        QEventLoop loop;
        QElapsedTimer elapsed;
        elapsed.start();
        std::unique_ptr<QThread> poster(QThread::create([&loop] {
            QThread::msleep(50);
            QMetaObject::invokeMethod(&loop, "quit", Qt::QueuedConnection);
        }));
        poster->start();
        QTimer::singleShot(5s, &loop, [&] { loop.exit(1); });
        // Nothing else is due: only the wake-up can end this wait well before 5 s.
        QCOMPARE(loop.exec(), 0);
        QVERIFY(elapsed.elapsed() < 4000);
        poster->wait();
    }

    void processEventsWithoutWaitingReturnsAtOnce() {
        QElapsedTimer elapsed;
        elapsed.start();
        QTimer far;
        far.start(10s);
        QCoreApplication::processEvents();
        QVERIFY(elapsed.elapsed() < 1000);
    }
};

int main(int argc, char** argv) {
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    TestEpollEventDispatcher test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_epolleventdispatcher.moc"
