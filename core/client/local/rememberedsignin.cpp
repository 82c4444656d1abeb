#include "rememberedsignin.h"

#include "services/authservice.h"

namespace lectern::client {

RememberedSignIn::RememberedSignIn(ServiceContext context, SecretStore store)
    : m_context(std::move(context))
    , m_store(std::move(store)) {}

QString RememberedSignIn::key() const {
    // One remembered sign-in per database (a PostgreSQL URL may hold a password).
    return SecretStore::keyFor(QStringLiteral("signin"), m_context.database->url().toString());
}

std::optional<User> RememberedSignIn::recall() {
    const auto token = m_store.read(key());
    if (!token || !token->has_value())
        return std::nullopt;
    auto user = AuthService(m_context).userForToken(**token, TokenScope::Console);
    if (!user) {
        // Expired or signed out elsewhere: the dialog asks again.
        (void)m_store.remove(key());
        return std::nullopt;
    }
    return *user;
}

Status RememberedSignIn::remember(const User& user) {
    auto signIn = AuthService(m_context, lifetime).issueToken(user, TokenScope::Console);
    if (!signIn)
        return std::unexpected(signIn.error());
    return m_store.write(key(), signIn->token);
}

void RememberedSignIn::forget() {
    const auto token = m_store.read(key());
    if (token && token->has_value())
        (void)AuthService(m_context).logout(**token);
    (void)m_store.remove(key());
}

} // namespace lectern::client
