#pragma once

#include "domain/user.h"

#include <QJsonObject>
#include <QList>
#include <QWebSocket>

namespace lectern::test {

// A listener on the hub's live channel over a real WebSocket on loopback, for tests: keeps
// every message it receives and how the socket was closed.
class LiveClient {
public:
    // `origin` is sent as the Origin header when given, as a browser would.
    explicit LiveClient(const QString& origin = {});

    // Speak wss:// from now on, taking any certificate (the tests' own are self-signed).
    void useTls();

    // Connects to `path` (default: the session's channel) with `query` and waits up to 5 s
    // for the upgrade; false when it was not upgraded (it may have been closed since).
    bool open(quint16 port, Id sessionId, const QString& query = {}, const QString& path = {});
    // Waits up to 5 s until `count` messages of `type` have come.
    bool waitFor(const QString& type, qsizetype count = 1);
    bool waitForClose();

    QList<QJsonObject> received() const { return m_received; }
    QList<QJsonObject> ofType(const QString& type) const;
    // Events of the session (everything with a seq), in the order they came.
    QList<QJsonObject> events() const;
    bool isClosed() const { return m_closed; }
    int closeCode() const { return m_closeCode; }
    QWebSocket& socket() { return m_socket; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_received;
    bool m_tls = false;
    bool m_opened = false;
    bool m_closed = false;
    int m_closeCode = 0;
};

} // namespace lectern::test
