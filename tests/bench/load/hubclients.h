#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace lectern::load {

// Many concurrent HTTP clients of one hub: QNetworkAccessManager keeps at most six
// connections to a host, so requests are spread over enough managers for `connections`.
class HubClients {
public:
    HubClients(quint16 port, int connections);

    using Done = std::function<void(int status, const QByteArray& body)>;
    // Sends on the connection group `client` belongs to; `done` runs when the answer comes.
    void send(int client, const QByteArray& verb, const QString& path, const QString& token,
              const QJsonObject& body, Done done);

    // Signs every email in with `password`, `parallel` at a time; stops the program if one
    // fails. Gives the tokens in the same order.
    QStringList signIn(const QStringList& emails, const QString& password, int parallel);

private:
    quint16 m_port;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
};

} // namespace lectern::load
