#include "selfsigned.h"

#include <QDir>
#include <QProcess>

namespace lectern::test {

SelfSigned makeSelfSigned(const QString& folder) {
    SelfSigned made{QDir(folder).filePath(QStringLiteral("cert.pem")),
                    QDir(folder).filePath(QStringLiteral("key.pem")),
                    {}};
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"),
                   QStringLiteral("-keyout"), made.key, QStringLiteral("-out"), made.certificate});
    if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0)
        made.problem = QStringLiteral("openssl (installed by .ci/install-deps --tests): ") +
                       QString::fromLocal8Bit(openssl.readAllStandardError());
    return made;
}

} // namespace lectern::test
