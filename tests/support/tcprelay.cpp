#include "tcprelay.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <atomic>
#include <memory>

namespace lectern::test {

// Lives on the relay's thread; every slot runs there.
class RelayWorker : public QObject {
    Q_OBJECT
public:
    RelayWorker(QString target, quint16 targetPort)
        : m_target(std::move(target))
        , m_targetPort(targetPort) {
        connect(&m_server, &QTcpServer::newConnection, this, &RelayWorker::take);
    }

public:
    std::atomic<int> accepted{0};

public Q_SLOTS:
    quint16 listen() {
        if (!m_server.isListening())
            m_server.listen(QHostAddress::LocalHost, m_port);
        m_port = m_server.serverPort();
        return m_port;
    }
    void setMode(int mode) {
        m_mode = static_cast<TcpRelay::Mode>(mode);
        endAll();
        if (m_mode == TcpRelay::Mode::Refuse)
            m_server.close();
        else
            listen();
    }
    void stop() {
        endAll();
        m_server.close();
    }

private:
    void take() {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            ++accepted;
            client->setParent(this);
            if (m_mode == TcpRelay::Mode::Hang) {
                // Read and dropped: the client waits for an answer that never comes.
                connect(client, &QTcpSocket::readyRead, client, [client] { client->readAll(); });
                m_held.append(client);
                continue;
            }
            relay(client);
        }
    }

    void relay(QTcpSocket* client) {
        auto* upstream = new QTcpSocket(this);
        auto pending = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream, pending] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
            else
                pending->append(client->readAll());
        });
        connect(upstream, &QTcpSocket::connected, upstream, [upstream, pending] {
            upstream->write(*pending);
            pending->clear();
        });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        // Either end hanging up ends the other.
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(upstream, &QTcpSocket::errorOccurred, client, [client] { client->abort(); });
        m_held.append(client);
        m_held.append(upstream);
        upstream->connectToHost(m_target, m_targetPort);
    }

    // Aborts every connection at once, as a server that went away leaves them.
    void endAll() {
        const auto held = std::exchange(m_held, {});
        for (const QPointer<QTcpSocket>& socket : held) {
            if (socket) {
                socket->abort();
                socket->deleteLater();
            }
        }
    }

    QTcpServer m_server{this};
    QString m_target;
    quint16 m_targetPort;
    quint16 m_port = 0;
    TcpRelay::Mode m_mode = TcpRelay::Mode::Forward;
    QList<QPointer<QTcpSocket>> m_held;
};

TcpRelay::TcpRelay(const QString& target, quint16 targetPort) {
    m_worker = new RelayWorker(target, targetPort);
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &RelayWorker::listen, Qt::BlockingQueuedConnection,
                              &m_port);
}

TcpRelay::~TcpRelay() {
    QMetaObject::invokeMethod(m_worker, &RelayWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

int TcpRelay::accepted() const {
    return m_worker->accepted.load();
}

void TcpRelay::setMode(Mode mode) {
    QMetaObject::invokeMethod(m_worker, "setMode", Qt::BlockingQueuedConnection,
                              Q_ARG(int, static_cast<int>(mode)));
}

} // namespace lectern::test

#include "tcprelay.moc"
