#include "liveclient.h"

#include <QJsonDocument>
#include <QSslConfiguration>
#include <QTest>

namespace lectern::test {

LiveClient::LiveClient(const QString& origin)
    : m_socket(origin) {
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString& text) {
        m_received.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    QObject::connect(&m_socket, &QWebSocket::connected, [this] { m_opened = true; });
    QObject::connect(&m_socket, &QWebSocket::disconnected, [this] {
        m_closed = true;
        m_closeCode = int(m_socket.closeCode());
    });
}

void LiveClient::useTls() {
    m_tls = true;
    QSslConfiguration trustingAll = QSslConfiguration::defaultConfiguration();
    trustingAll.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_socket.setSslConfiguration(trustingAll);
}

bool LiveClient::open(quint16 port, Id sessionId, const QString& query, const QString& path) {
    QUrl url(QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? u"wss" : u"ws").arg(port));
    url.setPath(path.isEmpty() ? QStringLiteral("/api/live/sessions/%1/ws/").arg(sessionId) : path);
    url.setQuery(query);
    m_socket.open(url);
    return QTest::qWaitFor([this] { return m_opened || m_closed; }, 5000) && m_opened;
}

bool LiveClient::waitFor(const QString& type, qsizetype count) {
    return QTest::qWaitFor([&] { return ofType(type).size() >= count; }, 5000);
}

bool LiveClient::waitForClose() {
    return QTest::qWaitFor([this] { return m_closed; }, 5000);
}

QList<QJsonObject> LiveClient::ofType(const QString& type) const {
    QList<QJsonObject> found;
    for (const QJsonObject& message : m_received) {
        if (message.value(QStringLiteral("type")).toString() == type)
            found.append(message);
    }
    return found;
}

QList<QJsonObject> LiveClient::events() const {
    QList<QJsonObject> found;
    for (const QJsonObject& message : m_received) {
        if (message.contains(QStringLiteral("seq")) &&
            message.value(QStringLiteral("type")).toString() != QStringLiteral("hello") &&
            message.value(QStringLiteral("type")).toString() != QStringLiteral("resync"))
            found.append(message);
    }
    return found;
}

} // namespace lectern::test
