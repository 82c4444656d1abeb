#pragma once

#include "servicecontext.h"
#include "storage/tokenrepository.h"

#include <chrono>

namespace lectern {

struct SignIn {
    QString token; // give it back as "Authorization: Bearer TOKEN"
    User user;
    QDateTime expiresAt;
};

// Bearer tokens: 256 random bits, stored as a SHA-256 hash. API tokens (the hub's REST API and
// live channel) last 12 hours; a console's remembered sign-in has a token of its own scope,
// which the hub does not take.
class AuthService {
public:
    static constexpr std::chrono::hours defaultLifetime{12};

    explicit AuthService(ServiceContext context, std::chrono::seconds lifetime = defaultLifetime)
        : m_context(std::move(context))
        , m_lifetime(lifetime) {}

    Result<SignIn> login(const QString& email, const QString& password);
    // The second half of login(), for a user whose password has been checked: a new token.
    Result<SignIn> issueToken(const User& user, TokenScope scope = TokenScope::Api);
    // The user a token of `scope` belongs to; Unauthorized when it is unknown, of another
    // scope, expired or signed out.
    Result<User> userForToken(const QString& token, TokenScope scope = TokenScope::Api);
    // As userForToken(), with the token's expiry (the live channel closes a socket then).
    Result<SignIn> signInOf(const QString& token, TokenScope scope = TokenScope::Api);
    // Signs the token out; publishes access.changed so the user's live sockets are checked.
    Status logout(const QString& token);

private:
    ServiceContext m_context;
    std::chrono::seconds m_lifetime;
};

} // namespace lectern
