#pragma once

#include "domain/error.h"
#include "domain/user.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace lectern {

// Where a token may be used: the hub's API (12 hours), or only the console that remembered a
// sign-in on this machine (30 days).
enum class TokenScope { Api, Console };

struct StoredToken {
    Id userId = 0;
    QDateTime expiresAt;
};

// Sign-in tokens, stored by hash: a copy of the database lets no one sign in.
class TokenRepository {
public:
    explicit TokenRepository(QSqlDatabase connection)
        : m_connection(std::move(connection)) {}

    Status insert(const QString& tokenHash, Id userId, TokenScope scope, const QDateTime& createdAt,
                  const QDateTime& expiresAt);
    // A token of `scope` that has not expired at `now`.
    Result<std::optional<StoredToken>> find(const QString& tokenHash, TokenScope scope,
                                            const QDateTime& now);
    Status remove(const QString& tokenHash);
    Status removeExpired(const QDateTime& now);

private:
    QSqlDatabase m_connection;
};

} // namespace lectern
