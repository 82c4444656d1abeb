#include "hublistener.h"

#include "connectionwatch.h"
#include "plainresponse.h"

#include <QSslSocket>

#include <algorithm>

namespace lectern::hub {
namespace {

// How long a refused client has to read the answer before the socket is cut.
constexpr qint64 refusalLingerMs = 1000;

} // namespace

HubListener::HubListener(ConnectionLimits limits, std::optional<QSslConfiguration> tls,
                         QObject* httpServer)
    : QTcpServer(httpServer)
    , m_limits(std::move(limits))
    , m_tls(std::move(tls))
    , m_httpServer(httpServer) {
    using namespace std::chrono_literals;
    m_sweep.setInterval(
        std::clamp<std::chrono::milliseconds>(m_limits.idleTimeout / 4, 10ms, 1000ms));
    connect(&m_sweep, &QTimer::timeout, this, &HubListener::closeStaleConnections);
    m_sweep.start();
    // Qt's default backlog of 50 drops connections when a class joins at once, and each
    // dropped one waits a second or more for the client to try again.
    setListenBacklogSize(std::clamp(m_limits.maxConnections, 128, 4096));
}

HubListener::~HubListener() {
    // The sockets are children and go after this; they must not report back to a set that
    // is gone.
    for (ConnectionWatch* watch : std::as_const(m_watches))
        watch->disconnect(this);
    m_watches.clear();
}

void HubListener::incomingConnection(qintptr descriptor) {
    QTcpSocket* socket = m_tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (openConnections() >= m_limits.maxConnections) {
        turnAway(socket, 503,
                 Error::tooMany(QStringLiteral("The hub is serving as many connections as it may "
                                               "(%1); try again shortly")
                                    .arg(m_limits.maxConnections),
                                5));
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    if (m_limits.maxConnectionsPerAddress > 0 &&
        m_perAddress.value(peer) >= m_limits.maxConnectionsPerAddress) {
        turnAway(socket, 429,
                 Error::tooMany(QStringLiteral("Too many connections from your address (%1); "
                                               "close some tabs and try again")
                                    .arg(m_limits.maxConnectionsPerAddress),
                                5));
        return;
    }
    // Qt's server writes a response's head and body separately; with Nagle's algorithm the
    // body would wait for the client's delayed ACK (40 ms on Linux).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto* watch = new ConnectionWatch(socket, m_limits.framing, m_httpServer);
    m_watches.insert(watch);
    ++m_perAddress[peer];
    connect(watch, &QObject::destroyed, this, [this, watch, peer] {
        m_watches.remove(static_cast<ConnectionWatch*>(watch));
        if (--m_perAddress[peer] <= 0)
            m_perAddress.remove(peer);
    });
    if (m_tls) {
        auto* secure = static_cast<QSslSocket*>(socket);
        secure->setSslConfiguration(*m_tls);
        secure->startServerEncryption();
    }
    addPendingConnection(socket); // QTcpServer signals newConnection next
}

void HubListener::turnAway(QTcpSocket* socket, int status, const Error& error) {
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    if (m_tls) {
        socket->abort(); // no handshake is spent on a connection that is turned away
        return;
    }
    socket->write(plainErrorResponse(status, error));
    socket->disconnectFromHost();
}

void HubListener::closeStaleConnections() {
    const qint64 idleMs = m_limits.idleTimeout.count();
    QList<QTcpSocket*> stale;
    for (ConnectionWatch* watch : std::as_const(m_watches)) {
        if (watch->isUpgraded() || watch->isAnswerPending())
            continue;
        const qint64 quiet = watch->quietMilliseconds();
        if (quiet > idleMs || (watch->isRefused() && quiet > refusalLingerMs))
            stale.append(watch->socket());
    }
    for (QTcpSocket* socket : std::as_const(stale)) {
        socket->abort();
        socket->deleteLater();
    }
}

} // namespace lectern::hub
