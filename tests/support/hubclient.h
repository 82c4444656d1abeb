#pragma once

#include "hub/hubserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>
#include <utility>

namespace lectern::test {

class ServiceFixture;

// A client of the hub's REST API over real HTTP on loopback, for tests.
class HubClient {
public:
    struct Reply {
        int status = 0;
        QJsonDocument body;
        QByteArray retryAfter; // the Retry-After header, when there is one
        QByteArray allow;      // the Allow header of a 405
        QJsonObject object() const { return body.object(); }
        QString errorCode() const;
        QString errorField() const;
    };

    explicit HubClient(quint16 port)
        : m_port(port) {}
    quint16 port() const { return m_port; }
    // Speak https:// from now on, taking any certificate (the tests' own are self-signed).
    void useTls() { m_tls = true; }

    // Sends and waits (up to 15 s) for the answer.
    Reply call(const QByteArray& verb, const QString& path, const QString& token = {},
               const QByteArray& body = {});
    Reply call(const QByteArray& verb, const QString& path, const QString& token,
               const QJsonObject& body);
    // Signs in with the password every fixture account has; stops the test program on failure.
    QString login(const QString& email);

private:
    quint16 m_port;
    bool m_tls = false;
    QNetworkAccessManager m_network;
};

// Starts a hub for the fixture's services on a free loopback port, with a client for it
// (speaking TLS when the hub does).
// Stops the test program if it cannot listen.
std::pair<std::unique_ptr<hub::HubServer>, std::unique_ptr<HubClient>>
startHub(ServiceFixture& fixture, hub::HubConfig config = {});

} // namespace lectern::test
