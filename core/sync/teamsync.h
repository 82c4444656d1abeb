#pragma once

#include "services/servicecontext.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>
#include <chrono>

namespace lectern::hub {

// Team mode on PostgreSQL: every event this process announces goes to the other processes on
// the database with NOTIFY (kind and ids only: they read the rows), and theirs come back into
// this process's event bus, marked remote. A dedicated connection listens; when it is lost
// (the database restarted), it reconnects, listens again and announces sync.lost so that
// live listeners reload what they may have missed.
class TeamSync : public QObject {
    Q_OBJECT

public:
    explicit TeamSync(ServiceContext context,
                      std::chrono::milliseconds healthInterval = std::chrono::seconds(2),
                      QObject* parent = nullptr);
    ~TeamSync() override;

    // Connects and listens; an error on SQLite or when the database cannot be reached.
    Status start();
    bool isListening() const { return m_listener.isOpen(); }
    // The channel's name: one per database schema, lower-case as NOTIFY needs.
    QString channel() const { return m_channel; }

private:
    Status listen();
    void onLocalEvent(const DomainEvent& event);
    void onNotification(const QString& name, QSqlDriver::NotificationSource source,
                        const QVariant& payload);
    void checkHealth();

    ServiceContext m_context;
    QString m_channel;
    QSqlDatabase m_listener;
    QTimer m_health;
    bool m_lost = false;
};

} // namespace lectern::hub
