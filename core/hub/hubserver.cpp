#include "hubserver.h"

#include "connection/connectionwatch.h"
#include "connection/hublistener.h"
#include "consoleroutes.h"
#include "domain/validation.h"
#include "httperror.h"
#include "interactionroutes.h"
#include "jsonformat.h"
#include "participantpage.h"
#include "reportroutes.h"
#include "requestcontext.h"
#include "routekit.h"
#include "services/authservice.h"
#include "services/sessionservice.h"
#include "services/userservice.h"
#include "sessionroutes.h"
#include "signinroutes.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QNetworkInterface>
#include <QTcpSocket>

namespace lectern::hub {

namespace {

// The Host names a client may use to reach a hub listening on `address`.
QStringList hostNamesFor(const QHostAddress& address, const QStringList& extraNames) {
    QStringList names = extraNames;
    const auto addIp = [&names](const QHostAddress& ip) {
        QHostAddress plain = ip;
        plain.setScopeId({});
        names.append(plain.toString().toLower());
    };
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
        address == QHostAddress::AnyIPv6) {
        for (const QHostAddress& ip : QNetworkInterface::allAddresses())
            addIp(ip);
        const QString host = QHostInfo::localHostName().toLower();
        names << host << QStringLiteral("localhost");
        if (const QString domain = QHostInfo::localDomainName(); !domain.isEmpty())
            names << host + u'.' + domain.toLower();
    } else {
        addIp(address);
        if (address.isLoopback())
            names << QStringLiteral("localhost") << QStringLiteral("127.0.0.1")
                  << QStringLiteral("::1");
    }
    names.removeDuplicates();
    return names;
}

} // namespace

HubServer::HubServer(ServiceContext context, HubConfig config, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_config(std::move(config))
    , m_limits(*m_context.clock)
    , m_live(m_context, m_config.live)
    , m_consoles(m_context, m_config.consoles)
    , m_pollCloser(m_context) {
    m_live.setServedOverTls(m_config.tls.has_value());
    addAuthRoutes();
    addSessionRoutes();
    if (m_config.teamSync && m_context.database->dialect() == Dialect::Postgres &&
        m_context.events) {
        m_teamSync = std::make_unique<TeamSync>(m_context);
        if (auto started = m_teamSync->start(); !started) {
            qWarning("hub: no team sync, other processes' changes will not show live: %s",
                     qPrintable(started.error().message));
            m_teamSync.reset();
        }
    }
    m_server.setMissingHandler(
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            const QByteArray allowed =
                RouteMethods::of(m_server).allowedFor(request.url().path(), request.method());
            if (allowed.isEmpty())
                return errorResponse(Error::notFound(QStringLiteral("No such route")))
                    .write(std::move(responder));
            QHttpServerResponse response(
                QJsonObject{{QStringLiteral("error"),
                             errorBody(Error{ErrorCode::Invalid,
                                             QStringLiteral("This address answers %1 only")
                                                 .arg(QString::fromLatin1(allowed)),
                                             {}})}},
                QHttpServerResponse::StatusCode::MethodNotAllowed);
            response.setHeader("Allow", allowed);
            response.write(std::move(responder));
        });
    // Qt 6.4 hands an upgrade request to its WebSocket server only when a route takes it, and
    // calls that route on ordinary requests too: those get an answer, and an upgrade Qt will
    // not make (no `Connection: upgrade`) also ends the connection.
    addUpgradeRoute(QStringLiteral("/api/live/sessions/<arg>/ws"));
    addUpgradeRoute(QStringLiteral("/api/console/events"));
    connect(&m_server, &QHttpServer::newWebSocketConnection, this, [this] {
        while (m_server.hasPendingWebSocketConnections()) {
            auto socket = m_server.nextPendingWebSocketConnection();
            if (ConsoleChannel::isConsolePath(socket->requestUrl().path()))
                m_consoles.accept(std::move(socket));
            else
                m_live.accept(std::move(socket));
        }
    });
}

HubServer::~HubServer() {
    // Sign-ins still under way hold responders that write to sockets: they go first, while
    // the HTTP server (and with it every socket) is still here.
    delete m_signIns;
    m_signIns = nullptr;
}

Result<quint16> HubServer::listen(const QHostAddress& address, quint16 port) {
    ConnectionLimits limits = m_config.connections;
    limits.framing.hostNames = hostNamesFor(address, m_config.serverNames);
    limits.framing.fileBodyPath = consoleFileBodyPaths();
    auto listener = std::make_unique<HubListener>(limits, m_config.tls, &m_server);
    if (!listener->listen(address, port))
        return std::unexpected(Error::storage(QStringLiteral("Cannot listen on %1:%2: %3")
                                                  .arg(address.toString())
                                                  .arg(port)
                                                  .arg(listener->errorString())));
    m_listener = listener.release(); // the HTTP server owns it from here
    m_server.bind(m_listener);
    return m_listener->serverPort();
}

qsizetype HubServer::signInsUnderWay() const {
    return m_signIns->pending();
}

int HubServer::openConnections() const {
    return m_listener ? m_listener->openConnections() : 0;
}

void HubServer::addUpgradeRoute(const QString& path) {
    const auto answer = [](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        QTcpSocket* socket = ConnectionWatch::socketBeingRead();
        if (ConnectionWatch::confirmUpgrade(socket))
            return;
        const bool askedToUpgrade = !request.value("upgrade").isEmpty();
        QHttpServerResponse response(
            QJsonObject{
                {QStringLiteral("error"),
                 errorBody(Error::invalid(
                     {}, askedToUpgrade ? QStringLiteral("A WebSocket upgrade needs "
                                                         "`Connection: Upgrade` and "
                                                         "`Upgrade: websocket`")
                                        : QStringLiteral("This is a WebSocket endpoint")))}},
            askedToUpgrade ? QHttpServerResponse::StatusCode::BadRequest
                           : QHttpServerResponse::StatusCode::UpgradeRequired);
        response.setHeader("Upgrade", "websocket");
        if (askedToUpgrade) {
            response.setHeader("Connection", "close");
            if (socket)
                ConnectionWatch::closeAfterAnswer(socket);
        }
        response.write(std::move(responder));
    };
    if (path.contains(u"<arg>"))
        routeBoth(
            m_server, path, Method::Get,
            [answer](qint64, const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                answer(request, std::move(responder));
            });
    else
        routeBoth(m_server, path, Method::Get, answer);
}

void HubServer::addAuthRoutes() {
    m_signIns = new SignInRoutes(m_context, m_limits.logins, this);
    m_signIns->addTo(m_server);
}

void HubServer::addSessionRoutes() {
    hub::addSessionRoutes(m_server, m_context, &m_limits);
    hub::addConsoleRoutes(m_server, m_context, &m_limits);
    hub::addInteractionRoutes(m_server, m_context, &m_limits);
    hub::addReportRoutes(m_server, m_context);
    hub::addParticipantPage(m_server);
}

} // namespace lectern::hub
