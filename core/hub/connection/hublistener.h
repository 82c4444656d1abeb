#pragma once

#include "connectionlimits.h"
#include "domain/error.h"

#include <QHostAddress>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

#include <optional>

namespace lectern::hub {

class ConnectionWatch;

// The hub's listening socket, bound to Qt's HTTP server. Qt 6.4's server has no connection
// cap, no idle timeout and no body limit, so every connection it gets has been admitted here
// (under the cap, or answered 503) and is watched (see ConnectionWatch) until it closes.
// With a TLS configuration, connections are HTTPS/WSS.
class HubListener : public QTcpServer {
    Q_OBJECT

public:
    HubListener(ConnectionLimits limits, std::optional<QSslConfiguration> tls, QObject* httpServer);
    ~HubListener() override;

    int openConnections() const { return int(m_watches.size()); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void closeStaleConnections();
    // Answers `status` with `error` (no handshake over TLS) and closes.
    void turnAway(QTcpSocket* socket, int status, const Error& error);

    ConnectionLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    QObject* m_httpServer;
    QSet<ConnectionWatch*> m_watches;
    QHash<QHostAddress, int> m_perAddress; // open connections by peer address
    QTimer m_sweep;
};

} // namespace lectern::hub
