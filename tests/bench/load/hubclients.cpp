#include "hubclients.h"

#include "waituntil.h"
#include <QJsonDocument>
#include <QNetworkReply>

namespace lectern::load {

HubClients::HubClients(quint16 port, int connections)
    : m_port(port) {
    const int managers = std::max(1, (connections + 5) / 6);
    for (int i = 0; i < managers; ++i)
        m_managers.push_back(std::make_unique<QNetworkAccessManager>());
}

void HubClients::send(int client, const QByteArray& verb, const QString& path, const QString& token,
                      const QJsonObject& body, Done done) {
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkAccessManager& manager = *m_managers[size_t(client) % m_managers.size()];
    QNetworkReply* reply = manager.sendCustomRequest(request, verb, payload);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done = std::move(done)] {
        done(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
        reply->deleteLater();
    });
}

QStringList HubClients::signIn(const QStringList& emails, const QString& password, int parallel) {
    QStringList tokens(emails.size());
    qsizetype next = 0;
    qsizetype finished = 0;
    std::function<void(int)> signInNext = [&](int lane) {
        if (next >= emails.size())
            return;
        const qsizetype index = next++;
        send(lane, "POST", QStringLiteral("/api/auth/login"), {},
             QJsonObject{{QStringLiteral("email"), emails.at(index)},
                         {QStringLiteral("password"), password}},
             [&, index, lane](int status, const QByteArray& body) {
                 if (status != 200)
                     qFatal("Signing in %s failed with %d: %s", qPrintable(emails.at(index)),
                            status, body.constData());
                 tokens[index] = QJsonDocument::fromJson(body)
                                     .object()
                                     .value(QStringLiteral("token"))
                                     .toString();
                 ++finished;
                 signInNext(lane);
             });
    };
    for (int lane = 0; lane < parallel; ++lane)
        signInNext(lane);
    if (!waitUntil([&] { return finished == emails.size(); }, 600'000))
        qFatal("Signing in %lld students took over 10 minutes", qlonglong(emails.size()));
    return tokens;
}

} // namespace lectern::load
