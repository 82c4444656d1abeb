#include "teamsync.h"

#include "domain/events.h"
#include "domain/try.h"
#include "remoteeventcheck.h"
#include "storage/sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcTeamSync, "lectern.teamsync")

namespace lectern::hub {

TeamSync::TeamSync(ServiceContext context, std::chrono::milliseconds healthInterval,
                   QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_channel((QStringLiteral("lectern_events_") + m_context.database->url().schema).toLower()) {
    m_health.setInterval(healthInterval);
    connect(&m_health, &QTimer::timeout, this, &TeamSync::checkHealth);
}

TeamSync::~TeamSync() {
    if (m_listener.isValid())
        Database::closeDedicated(m_listener);
}

Status TeamSync::start() {
    if (m_context.database->dialect() != Dialect::Postgres)
        return std::unexpected(
            Error::invalid({}, QStringLiteral("Team sync needs PostgreSQL (LISTEN/NOTIFY)")));
    LECTERN_CHECK(listen());
    // Local events go out after the services return, never inside their transactions.
    connect(m_context.events, &EventBus::published, this, &TeamSync::onLocalEvent,
            Qt::QueuedConnection);
    m_health.start();
    return {};
}

Status TeamSync::listen() {
    if (m_listener.isValid())
        Database::closeDedicated(m_listener);
    // Named after its schema, so that the server's activity view tells the teams apart.
    LECTERN_TRY(m_listener, m_context.database->openDedicated(QStringLiteral("teamsync-") +
                                                              m_context.database->url().schema));
    QSqlDriver* driver = m_listener.driver();
    if (!driver->subscribeToNotification(m_channel))
        return std::unexpected(Error::storage(
            QStringLiteral("Cannot LISTEN on %1: %2").arg(m_channel, driver->lastError().text())));
    connect(driver, &QSqlDriver::notification, this, &TeamSync::onNotification);
    return {};
}

void TeamSync::onLocalEvent(const DomainEvent& event) {
    if (event.remote || event.type == events::syncLost || !m_listener.isOpen())
        return;
    const QJsonObject payload{{QStringLiteral("t"), event.type},
                              {QStringLiteral("s"), event.sessionId},
                              {QStringLiteral("e"), event.entityId}};
    const auto sent = sql::run(
        m_listener, QStringLiteral("SELECT pg_notify(?, ?)"),
        {m_channel, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))});
    if (!sent)
        qCWarning(lcTeamSync) << "NOTIFY failed:" << sent.error().message;
}

void TeamSync::onNotification(const QString& name, QSqlDriver::NotificationSource source,
                              const QVariant& payload) {
    // Our own NOTIFY comes back to us too; this process has published it already.
    if (name != m_channel || source == QSqlDriver::SelfSource)
        return;
    const QJsonObject event = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    const QString type = event.value(QStringLiteral("t")).toString();
    if (type.isEmpty())
        return;
    const DomainEvent remote{type, event.value(QStringLiteral("s")).toInteger(),
                             event.value(QStringLiteral("e")).toInteger(), true};
    // Anyone who can reach the database can NOTIFY: only events about real rows go out.
    if (!remoteEventIsTrue(m_listener, remote)) {
        qCWarning(lcTeamSync) << "dropped an event naming no such row:" << payload.toString();
        return;
    }
    m_context.events->publish(remote);
}

void TeamSync::checkHealth() {
    if (m_listener.isOpen() && sql::scalar(m_listener, QStringLiteral("SELECT 1")))
        return;
    if (!m_lost)
        qCWarning(lcTeamSync) << "lost the database; reconnecting";
    m_lost = true;
    if (auto listening = listen(); !listening)
        return; // try again at the next tick
    m_lost = false;
    qCInfo(lcTeamSync) << "listening again on" << m_channel;
    m_context.events->publish(DomainEvent{events::syncLost, 0, 0, true});
}

} // namespace lectern::hub
