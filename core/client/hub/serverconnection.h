#pragma once

#include "client/serveraddress.h"
#include "domain/error.h"

#include <QFuture>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

class QNetworkReply;

namespace lectern::client {

// The console's HTTP(S) to one server: JSON in and out, the user's token on every request,
// the certificate checked (a pinned one matched by fingerprint), and the server's errors
// turned back into the core's Errors. Lives on the thread that made it; its futures finish
// there.
class ServerConnection : public QObject {
    Q_OBJECT

public:
    explicit ServerConnection(ServerAddress address, QObject* parent = nullptr);

    const ServerAddress& address() const { return m_address; }
    // Trusts the certificate of this SHA-256 fingerprint (hex) from now on.
    void pinCertificate(const QByteArray& sha256) { m_address.pinnedSha256 = sha256; }
    void setToken(const QString& token) { m_token = token; }
    const QString& token() const { return m_token; }

    // The response body as JSON; the server's {"error": ...} as that Error; Unavailable when
    // the server cannot be reached, with why.
    QFuture<Result<QJsonObject>> post(const QString& path, const QJsonObject& body);
    QFuture<Result<QJsonObject>> get(const QString& path);

    // The time on the server's clock, as its last answer with a "now" told it (the desktop's
    // own until then).
    QDateTime serverNow() const;
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    void setClockOffsetMs(qint64 offset) { m_clockOffsetMs = offset; }

    // The TLS settings sockets to this server use (for its live channel).
    QSslConfiguration sslConfiguration() const;
    // Whether `errors` are only the ones a pinned certificate is expected to raise, for it.
    bool acceptsPinned(const QSslCertificate& peer, const QList<QSslError>& errors) const;

Q_SIGNALS:
    // The server answered (true) or could not be reached (false, with why).
    void reachable(bool reached, const QString& detail);
    // The server refused the token it was given (expired, or signed out elsewhere).
    void signInRefused(const QString& message);
    // The server's certificate was not trusted (no authority vouches for it, and it is not
    // the pinned one): the request fails.
    void certificateRefused(const QSslCertificate& certificate, const QList<QSslError>& errors);

private:
    QFuture<Result<QJsonObject>> send(QNetworkReply* reply);
    QNetworkRequest request(const QString& path) const;

    ServerAddress m_address;
    QString m_token;
    qint64 m_clockOffsetMs = 0; // the server's clock minus the desktop's
    QNetworkAccessManager m_network;
};

// The SHA-256 fingerprint of `certificate`, as hex in lower case.
QByteArray sha256Fingerprint(const QSslCertificate& certificate);

} // namespace lectern::client
