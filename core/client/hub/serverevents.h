#pragma once

#include "domain/domainevent.h"

#include <QObject>
#include <QTimer>
#include <QWebSocket>

namespace lectern::client {

class ServerConnection;

// The console's live channel to its server (/api/console/events): what changed in the
// sessions its user may see. When the connection drops it says so and tries again, sooner
// at first, resuming where it left off; the server then sends what was missed, or a resync
// when that is too old (the console reloads what it shows).
class ServerEvents : public QObject {
    Q_OBJECT

public:
    explicit ServerEvents(ServerConnection& connection, QObject* parent = nullptr);
    ~ServerEvents() override;

    void start();
    // Closes the channel for good (the user signs out): nothing more is said of it.
    void stop();
    bool isConnected() const { return m_listening; }

Q_SIGNALS:
    void changed(const lectern::DomainEvent& event);
    // Events may have been missed: every view reads again.
    void resync();
    // The channel is up (true) or down and being retried (false, with why).
    void reachable(bool reached, const QString& detail);
    // The server refused the sign-in (expired, signed out elsewhere): no more retries.
    void signInRefused(const QString& message);

private:
    void open();
    void onText(const QString& text);
    void onClosed();

    ServerConnection& m_connection;
    QWebSocket m_socket;
    QTimer m_retry;
    int m_failures = 0;
    bool m_listening = false;
    bool m_refused = false;
    bool m_stopped = false;
    qint64 m_seq = -1;
    QString m_stream;
};

} // namespace lectern::client
