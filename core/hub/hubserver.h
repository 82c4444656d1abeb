#pragma once

#include "connection/connectionlimits.h"
#include "hublimits.h"
#include "live/consolechannel.h"
#include "live/livechannel.h"
#include "pollcloser.h"
#include "services/servicecontext.h"
#include "sync/teamsync.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <optional>

namespace lectern::hub {

class HubListener;
class SignInRoutes;

// How a hub serves: its limits, and TLS when it is given a certificate.
struct HubConfig {
    LiveChannel::Limits live;
    ConsoleChannel::Limits consoles;
    ConnectionLimits connections;
    std::optional<QSslConfiguration> tls;
    // Names clients may reach the hub by (the Host header) besides the address it listens
    // on; "localhost" is implied on loopback, the machine's names and addresses on any.
    QStringList serverNames;
    // On PostgreSQL, whether the hub carries events to and from other processes itself; off
    // where its process already runs a TeamSync on the same event bus (the console).
    bool teamSync = true;
};

// The hub's REST API (the spec's /api/live/... routes and /api/auth/...) and its live
// WebSocket channel, on Qt HttpServer.
// It only translates HTTP to the core's services and back: no SQL and no rules of its own.
class HubServer : public QObject {
    Q_OBJECT

public:
    explicit HubServer(ServiceContext context, HubConfig config = {}, QObject* parent = nullptr);
    ~HubServer() override;

    // Listens on `address`:`port` (0 picks a free port); gives the port.
    Result<quint16> listen(const QHostAddress& address, quint16 port);
    // Client connections open now, WebSockets included.
    int openConnections() const;
    // Sign-ins being checked on the sign-in threads.
    qsizetype signInsUnderWay() const;

private:
    void addAuthRoutes();
    void addSessionRoutes();
    // A route that only a WebSocket upgrade gets through (Qt 6.4 needs one to upgrade).
    void addUpgradeRoute(const QString& path);

    ServiceContext m_context;
    HubConfig m_config;
    HubLimits m_limits;
    QHttpServer m_server;
    QPointer<HubListener> m_listener;  // owned by m_server
    SignInRoutes* m_signIns = nullptr; // a child
    LiveChannel m_live;
    ConsoleChannel m_consoles;
    PollCloser m_pollCloser;
    std::unique_ptr<TeamSync> m_teamSync; // on PostgreSQL
};

} // namespace lectern::hub
