#include "tokenrepository.h"

#include "sql.h"

namespace lectern {

namespace {
QString scopeName(TokenScope scope) {
    return scope == TokenScope::Api ? QStringLiteral("api") : QStringLiteral("console");
}
} // namespace

Status TokenRepository::insert(const QString& tokenHash, Id userId, TokenScope scope,
                               const QDateTime& createdAt, const QDateTime& expiresAt) {
    auto inserted = sql::run(
        m_connection,
        QStringLiteral("INSERT INTO auth_tokens (token_hash, user_id, scope, "
                       "created_at, expires_at) VALUES (?, ?, ?, ?, ?)"),
        {tokenHash, userId, scopeName(scope), sql::fromTime(createdAt), sql::fromTime(expiresAt)});
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

Result<std::optional<StoredToken>> TokenRepository::find(const QString& tokenHash, TokenScope scope,
                                                         const QDateTime& now) {
    auto query = sql::run(m_connection,
                          QStringLiteral("SELECT user_id, expires_at FROM auth_tokens WHERE "
                                         "token_hash = ? AND scope = ? AND expires_at > ?"),
                          {tokenHash, scopeName(scope), sql::fromTime(now)});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<StoredToken>{};
    return std::optional<StoredToken>{
        StoredToken{query->value(0).toLongLong(), sql::toTime(query->value(1))}};
}

Status TokenRepository::remove(const QString& tokenHash) {
    auto removed = sql::run(
        m_connection, QStringLiteral("DELETE FROM auth_tokens WHERE token_hash = ?"), {tokenHash});
    if (!removed)
        return std::unexpected(removed.error());
    return {};
}

Status TokenRepository::removeExpired(const QDateTime& now) {
    auto removed =
        sql::run(m_connection, QStringLiteral("DELETE FROM auth_tokens WHERE expires_at <= ?"),
                 {sql::fromTime(now)});
    if (!removed)
        return std::unexpected(removed.error());
    return {};
}

} // namespace lectern
