#pragma once

#include "hublimits.h"
#include "live/livechannel.h"
#include "services/servicecontext.h"
#include "teamsync.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

namespace lectern::hub {

// The hub's REST API (the spec's /api/live/... routes and /api/auth/...) and its live
// WebSocket channel, on Qt HttpServer.
// It only translates HTTP to the core's services and back: no SQL and no rules of its own.
class HubServer : public QObject {
    Q_OBJECT

public:
    explicit HubServer(ServiceContext context, const LiveChannel::Limits& liveLimits = {},
                       QObject* parent = nullptr);

    // Listens on `address`:`port` (0 picks a free port); gives the port.
    Result<quint16> listen(const QHostAddress& address, quint16 port);

private:
    void addAuthRoutes();
    void addSessionRoutes();

    ServiceContext m_context;
    HubLimits m_limits;
    QHttpServer m_server;
    LiveChannel m_live;
    std::unique_ptr<TeamSync> m_teamSync; // on PostgreSQL
};

} // namespace lectern::hub
