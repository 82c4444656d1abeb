#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QSslSocket>

namespace lectern::test {

// A bare TCP (or TLS) client that writes HTTP by hand, for what QNetworkAccessManager hides:
// half-sent requests, `Expect: 100-continue`, wrong Host headers, idle connections.
class RawHttp {
public:
    // Connects to 127.0.0.1:`port` and waits up to 5 s; with `tls`, also for the handshake
    // (any certificate is accepted).
    bool open(quint16 port, bool tls = false);
    // Connect from this loopback address (127.0.0.2, ...) instead, as another client would.
    void setSource(const QHostAddress& from) { m_from = from; }
    void send(const QByteArray& bytes);
    // Waits up to 5 s until what came back contains `marker`.
    bool waitFor(QByteArrayView marker);
    // Waits up to `ms` for the server to hang up.
    bool waitForClose(int ms = 5000);

    QByteArray received() const { return m_received; }
    // The status of the last complete response line received ("HTTP/1.1 413 ..."), or 0.
    int lastStatus() const;
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void close() { m_socket.abort(); }

private:
    void collect();

    QSslSocket m_socket;
    QHostAddress m_from;
    QByteArray m_received;
};

// "GET path HTTP/1.1" with Host 127.0.0.1:port and, when given, a bearer token.
QByteArray rawGet(const QString& path, quint16 port, const QString& token = {});

} // namespace lectern::test
