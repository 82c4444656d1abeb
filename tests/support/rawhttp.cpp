#include "rawhttp.h"

#include <QRegularExpression>
#include <QTest>

namespace lectern::test {

bool RawHttp::open(quint16 port, bool tls) {
    QObject::connect(&m_socket, &QIODevice::readyRead, &m_socket, [this] { collect(); });
    if (!m_from.isNull() && !m_socket.bind(m_from))
        return false;
    if (!tls) {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        return m_socket.waitForConnected(5000);
    }
    m_socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    return QTest::qWaitFor([this] { return m_socket.isEncrypted(); }, 5000);
}

void RawHttp::send(const QByteArray& bytes) {
    m_socket.write(bytes);
    m_socket.flush();
}

void RawHttp::collect() {
    m_received += m_socket.readAll();
}

bool RawHttp::waitFor(QByteArrayView marker) {
    return QTest::qWaitFor([&] { return m_received.contains(marker); }, 5000);
}

bool RawHttp::waitForClose(int ms) {
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                           ms);
}

int RawHttp::lastStatus() const {
    static const QRegularExpression statusLine(QStringLiteral("HTTP/1\\.1 (\\d{3}) "));
    int status = 0;
    for (auto it = statusLine.globalMatch(QString::fromLatin1(m_received)); it.hasNext();)
        status = it.next().captured(1).toInt();
    return status;
}

QByteArray rawGet(const QString& path, quint16 port, const QString& token) {
    QByteArray request = "GET " + path.toUtf8() +
                         " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token.toUtf8() + "\r\n";
    return request + "\r\n";
}

} // namespace lectern::test
