#include "tlsfiles.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace lectern::hub {
namespace {

Result<QByteArray> readFile(const QString& path, const QString& option) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::invalid(
            option, QStringLiteral("Cannot read %1: %2").arg(path, file.errorString())));
    return file.readAll();
}

} // namespace

Result<QSslConfiguration> tlsFromPemFiles(const QString& certificatePath, const QString& keyPath) {
    if (!QSslSocket::supportsSsl())
        return std::unexpected(
            Error::invalid(QStringLiteral("tls-cert"),
                           QStringLiteral("This Qt has no TLS backend (is OpenSSL 3 installed?)")));
    auto certificateBytes = readFile(certificatePath, QStringLiteral("tls-cert"));
    if (!certificateBytes)
        return std::unexpected(certificateBytes.error());
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificateBytes, QSsl::Pem);
    if (chain.isEmpty())
        return std::unexpected(
            Error::invalid(QStringLiteral("tls-cert"),
                           QStringLiteral("%1 holds no PEM certificate").arg(certificatePath)));
    auto keyBytes = readFile(keyPath, QStringLiteral("tls-key"));
    if (!keyBytes)
        return std::unexpected(keyBytes.error());
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(*keyBytes, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return std::unexpected(
            Error::invalid(QStringLiteral("tls-key"),
                           QStringLiteral("%1 holds no unencrypted PEM private key").arg(keyPath)));
    if (key.algorithm() != chain.front().publicKey().algorithm())
        return std::unexpected(
            Error::invalid(QStringLiteral("tls-key"),
                           QStringLiteral("The key in %1 does not belong to the certificate in %2")
                               .arg(keyPath, certificatePath)));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // browsers have no certificates
    return configuration;
}

} // namespace lectern::hub
