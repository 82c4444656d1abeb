#include "hubclient.h"

#include "hub/hubserver.h"
#include "servicefixture.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>

namespace lectern::test {

QString HubClient::Reply::errorCode() const {
    return object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

QString HubClient::Reply::errorField() const {
    return object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("field"))
        .toString();
}

HubClient::Reply HubClient::call(const QByteArray& verb, const QString& path, const QString& token,
                                 const QByteArray& body) {
    QNetworkRequest request(QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                                     .arg(m_tls ? u"https" : u"http")
                                     .arg(m_port)
                                     .arg(path)));
    if (m_tls) {
        QSslConfiguration trustingAll = QSslConfiguration::defaultConfiguration();
        trustingAll.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(trustingAll);
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply* reply = m_network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(15000))
        qFatal("no answer from the hub for %s", qPrintable(path));
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 QJsonDocument::fromJson(reply->readAll()), reply->rawHeader("Retry-After"),
                 reply->rawHeader("Allow")};
    reply->deleteLater();
    return result;
}

HubClient::Reply HubClient::call(const QByteArray& verb, const QString& path, const QString& token,
                                 const QJsonObject& body) {
    return call(verb, path, token, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString HubClient::login(const QString& email) {
    const Reply reply =
        call("POST", QStringLiteral("/api/auth/login"), {},
             QJsonObject{{QStringLiteral("email"), email},
                         {QStringLiteral("password"), QStringLiteral("correct horse")}});
    if (reply.status != 200)
        qFatal("login of %s failed: %d", qPrintable(email), reply.status);
    return reply.object().value(QStringLiteral("token")).toString();
}

std::pair<std::unique_ptr<hub::HubServer>, std::unique_ptr<HubClient>>
startHub(ServiceFixture& fixture, hub::HubConfig config) {
    const bool tls = config.tls.has_value();
    auto server = std::make_unique<hub::HubServer>(fixture.context(), std::move(config));
    auto port = server->listen(QHostAddress::LocalHost, 0);
    if (!port)
        qFatal("The hub cannot listen: %s", qPrintable(port.error().message));
    auto client = std::make_unique<HubClient>(*port);
    if (tls)
        client->useTls();
    return {std::move(server), std::move(client)};
}

} // namespace lectern::test
