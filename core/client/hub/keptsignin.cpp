#include "keptsignin.h"

#include "platform/secretstore.h"

#include <QCryptographicHash>

namespace lectern::client {

KeptSignIn::KeptSignIn(QUrl server)
    : m_server(std::move(server)) {}

QString KeptSignIn::key() const {
    const QByteArray server = m_server.toString().toUtf8();
    return QStringLiteral("server-signin/") +
           QString::fromLatin1(
               QCryptographicHash::hash(server, QCryptographicHash::Sha256).toHex().left(32));
}

Result<std::optional<QString>> KeptSignIn::token() const {
    return SecretStore::forThisUser().read(key());
}

Status KeptSignIn::keep(const QString& token) const {
    return SecretStore::forThisUser().write(key(), token);
}

Status KeptSignIn::forget() const {
    return SecretStore::forThisUser().remove(key());
}

} // namespace lectern::client
