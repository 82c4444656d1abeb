#pragma once

#include "domain/error.h"
#include "domain/user.h"

#include <QSqlDatabase>

#include <optional>

namespace lectern {

// Sign-in tokens, stored by hash: a copy of the database lets no one sign in.
class TokenRepository {
public:
    explicit TokenRepository(QSqlDatabase connection)
        : m_connection(std::move(connection)) {}

    Status insert(const QString& tokenHash, Id userId, const QDateTime& createdAt,
                  const QDateTime& expiresAt);
    // The user of a token that has not expired at `now`.
    Result<std::optional<Id>> userOf(const QString& tokenHash, const QDateTime& now);
    Status remove(const QString& tokenHash);
    Status removeExpired(const QDateTime& now);

private:
    QSqlDatabase m_connection;
};

} // namespace lectern
