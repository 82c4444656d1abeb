#include "client/serverprobe.h"

#include "serverconnection.h"

#include <QSslCertificate>

#include <memory>

namespace lectern::client {

QString fingerprintText(const QByteArray& sha256Hex) {
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < sha256Hex.size(); i += 2)
        pairs << QString::fromLatin1(sha256Hex.mid(i, 2)).toUpper();
    return pairs.join(u':');
}

QFuture<ServerProbe> probeServer(const QString& typed, const QByteArray& pinnedSha256) {
    auto address = ServerAddress::parse(typed, pinnedSha256);
    if (!address)
        return QtFuture::makeReadyFuture(ServerProbe{std::unexpected(address.error()), {}, {}, {}});
    // Lives until its answer is in.
    auto connection = std::make_shared<ServerConnection>(*address);
    auto probe = std::make_shared<ServerProbe>();
    probe->url = address->url.toString();
    QObject::connect(connection.get(), &ServerConnection::certificateRefused, connection.get(),
                     [probe](const QSslCertificate& certificate, const QList<QSslError>&) {
                         probe->untrustedSha256 = sha256Fingerprint(certificate);
                         probe->untrustedSubject =
                             certificate.subjectInfo(QSslCertificate::CommonName).join(u", ");
                     });
    // Unsigned, /api/auth/me says who may ask: a Lectern server answers 401 in its own words.
    return connection->get(QStringLiteral("/api/auth/me"))
        .then([connection, probe](const Result<QJsonObject>& answer) {
            ServerProbe found = *probe;
            if (!found.untrustedSha256.isEmpty())
                found.reached = std::unexpected(Error::unavailable(
                    QStringLiteral("The server's certificate is not vouched for by an authority "
                                   "this computer trusts"),
                    0));
            else if (answer)
                found.reached = std::unexpected(Error::invalid(
                    QStringLiteral("server"), QStringLiteral("That is not a Lectern server")));
            else if (answer.error().code != ErrorCode::Unauthorized)
                found.reached = std::unexpected(answer.error());
            return found;
        });
}

} // namespace lectern::client
