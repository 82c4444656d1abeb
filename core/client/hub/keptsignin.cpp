#include "keptsignin.h"

#include "platform/secretstore.h"

namespace lectern::client {

KeptSignIn::KeptSignIn(QUrl server)
    : m_server(std::move(server)) {}

QString KeptSignIn::key() const {
    return SecretStore::keyFor(QStringLiteral("server-signin"), m_server.toString());
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
