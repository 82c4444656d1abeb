#pragma once

#include "servicecontext.h"

#include <chrono>

namespace lectern {

struct SignIn {
    QString token; // give it back as "Authorization: Bearer TOKEN"
    User user;
    QDateTime expiresAt;
};

// Bearer tokens for the hub: 256 random bits, stored as a SHA-256 hash, valid for 12 hours.
class AuthService {
public:
    static constexpr std::chrono::hours defaultLifetime{12};

    explicit AuthService(ServiceContext context, std::chrono::seconds lifetime = defaultLifetime)
        : m_context(std::move(context))
        , m_lifetime(lifetime) {}

    Result<SignIn> login(const QString& email, const QString& password);
    // The second half of login(), for a user whose password has been checked: a new token.
    Result<SignIn> issueToken(const User& user);
    // The user a token belongs to; Unauthorized when it is unknown, expired or signed out.
    Result<User> userForToken(const QString& token);
    Status logout(const QString& token);

private:
    ServiceContext m_context;
    std::chrono::seconds m_lifetime;
};

} // namespace lectern
