#include "tokenrepository.h"

#include "sql.h"

namespace lectern {

Status TokenRepository::insert(const QString& tokenHash, Id userId, const QDateTime& createdAt,
                               const QDateTime& expiresAt) {
    auto inserted =
        sql::run(m_connection,
                 QStringLiteral("INSERT INTO auth_tokens (token_hash, user_id, "
                                "created_at, expires_at) VALUES (?, ?, ?, ?)"),
                 {tokenHash, userId, sql::fromTime(createdAt), sql::fromTime(expiresAt)});
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

Result<std::optional<Id>> TokenRepository::userOf(const QString& tokenHash, const QDateTime& now) {
    auto user = sql::scalar(
        m_connection,
        QStringLiteral("SELECT user_id FROM auth_tokens WHERE token_hash = ? AND expires_at > ?"),
        {tokenHash, sql::fromTime(now)});
    if (!user)
        return std::unexpected(user.error());
    if (!user->has_value())
        return std::optional<Id>{};
    return std::optional<Id>{(*user)->toLongLong()};
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
