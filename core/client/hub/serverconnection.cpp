#include "serverconnection.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPromise>
#include <QSslCertificate>
#include <QSslError>

#include <memory>

namespace lectern::client {
namespace {

// Exports of a term can take a while on the server; anything else is quick.
constexpr int transferTimeoutMs = 120'000;

bool isLoopback(const QString& host) {
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// What a certificate the user accepted by its fingerprint may still be faulted for: that no
// authority vouches for it (and that it names another host). Not that it has expired.
bool forgivenForAPinnedCertificate(QSslError::SslError error) {
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

Error errorFromAnswer(int status, const QByteArray& body, const QByteArray& retryAfter) {
    const QJsonObject error =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    Error result{errorCodeNamed(error.value(QStringLiteral("code")).toString()),
                 error.value(QStringLiteral("message")).toString(),
                 error.value(QStringLiteral("field")).toString()};
    if (result.message.isEmpty())
        result.message = QStringLiteral("The server answered %1").arg(status);
    result.retryAfterSeconds = retryAfter.toLongLong();
    result.reason = error.value(QStringLiteral("reason")).toString();
    for (const QJsonValue argument : error.value(QStringLiteral("arguments")).toArray())
        result.arguments << argument.toString();
    return result;
}

} // namespace

Result<ServerAddress> ServerAddress::parse(const QString& typed, const QByteArray& pinnedSha256) {
    QString text = typed.trimmed();
    if (text.isEmpty())
        return std::unexpected(
            Error::invalid(QStringLiteral("server"), QStringLiteral("Give the server's address")));
    if (!text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("https://"));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https" && url.scheme() != u"http"))
        return std::unexpected(Error::invalid(
            QStringLiteral("server"),
            QStringLiteral("%1 is not a server address (such as lectern.example.edu)").arg(typed)));
    if (url.scheme() == u"http" && !isLoopback(url.host()))
        return std::unexpected(Error::invalid(
            QStringLiteral("server"),
            QStringLiteral("Use https:// for a server on another machine: passwords and class "
                           "data cross the network")));
    if (!url.path().isEmpty() && url.path() != u"/")
        return std::unexpected(Error::invalid(
            QStringLiteral("server"), QStringLiteral("Give the server's address without a path")));
    url.setPath({});
    url.setQuery(QString());
    url.setFragment({});
    return ServerAddress{url, pinnedSha256.toLower()};
}

QByteArray sha256Fingerprint(const QSslCertificate& certificate) {
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

ServerConnection::ServerConnection(ServerAddress address, QObject* parent)
    : QObject(parent)
    , m_address(std::move(address)) {}

QDateTime ServerConnection::serverNow() const {
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

QSslConfiguration ServerConnection::sslConfiguration() const {
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

bool ServerConnection::acceptsPinned(const QSslCertificate& peer,
                                     const QList<QSslError>& errors) const {
    if (m_address.pinnedSha256.isEmpty() || peer.isNull() ||
        sha256Fingerprint(peer) != m_address.pinnedSha256)
        return false;
    return std::ranges::all_of(errors, [](const QSslError& error) {
        return forgivenForAPinnedCertificate(error.error());
    });
}

QNetworkRequest ServerConnection::request(const QString& path) const {
    QUrl url = m_address.url;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setSslConfiguration(sslConfiguration());
    request.setTransferTimeout(transferTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    return request;
}

QFuture<Result<QJsonObject>> ServerConnection::post(const QString& path, const QJsonObject& body) {
    return send(m_network.post(request(path), QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

QFuture<Result<QJsonObject>> ServerConnection::get(const QString& path) {
    return send(m_network.get(request(path)));
}

QFuture<Result<QJsonObject>> ServerConnection::send(QNetworkReply* reply) {
    auto promise = std::make_shared<QPromise<Result<QJsonObject>>>();
    promise->start();
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError>& errors) {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (acceptsPinned(peer, errors))
            reply->ignoreSslErrors(errors);
        else
            Q_EMIT certificateRefused(peer, errors);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, promise] {
        reply->deleteLater();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        Result<QJsonObject> result;
        if (!status.isValid()) {
            const QString why = QStringLiteral("Cannot reach %1: %2")
                                    .arg(m_address.url.host(), reply->errorString());
            Q_EMIT reachable(false, why);
            result = std::unexpected(Error::unavailable(why, 5));
        } else {
            Q_EMIT reachable(true, {});
            const QByteArray body = reply->readAll();
            if (status.toInt() >= 400)
                result = std::unexpected(
                    errorFromAnswer(status.toInt(), body, reply->rawHeader("Retry-After")));
            else
                result = QJsonDocument::fromJson(body).object();
            if (status.toInt() == 401 && reply->request().hasRawHeader("Authorization"))
                Q_EMIT signInRefused(result.error().message);
            if (result) {
                const QDateTime told = QDateTime::fromString(
                    result->value(QStringLiteral("now")).toString(), Qt::ISODateWithMs);
                if (told.isValid())
                    m_clockOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(told);
            }
        }
        promise->addResult(std::move(result));
        promise->finish();
    });
    return promise->future();
}

} // namespace lectern::client
