#include "migrations.h"

#include "schema.h"
#include "sql.h"
#include "transaction.h"

namespace lectern {

namespace {
// Replaces the few spellings the dialects disagree on.
QString forDialect(QString statement, Dialect dialect) {
    const bool sqlite = dialect == Dialect::Sqlite;
    statement.replace(QStringLiteral("{ID}"),
                      sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                             : QStringLiteral("BIGSERIAL PRIMARY KEY"));
    statement.replace(QStringLiteral("{BOOL}"),
                      sqlite ? QStringLiteral("INTEGER") : QStringLiteral("BOOLEAN"));
    statement.replace(QStringLiteral("{REAL}"),
                      sqlite ? QStringLiteral("REAL") : QStringLiteral("DOUBLE PRECISION"));
    return statement;
}

Result<int> readVersion(const QSqlDatabase& connection) {
    auto row = sql::scalar(connection, QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!row)
        return std::unexpected(row.error());
    return (*row && !(*row)->isNull()) ? (*row)->toInt() : 0;
}
} // namespace

int Migrations::latestVersion() {
    return static_cast<int>(schema::migrationSteps().size());
}

Result<int> Migrations::currentVersion(Database& database) {
    auto connection = database.connection();
    if (!connection)
        return std::unexpected(connection.error());
    return readVersion(*connection);
}

Status Migrations::apply(Database& database) {
    auto transaction = WriteTransaction::begin(database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const QSqlDatabase& connection = transaction->connection();

    if (database.dialect() == Dialect::Postgres) {
        // Two servers starting at once on one database take turns migrating it.
        if (auto locked =
                sql::execute(connection, QStringLiteral("SELECT pg_advisory_xact_lock(7261636)"));
            !locked)
            return locked;
    }
    if (auto created = sql::execute(
            connection, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                       "version INTEGER NOT NULL PRIMARY KEY, applied_at BIGINT "
                                       "NOT NULL)"));
        !created)
        return created;

    auto version = readVersion(connection);
    if (!version)
        return std::unexpected(version.error());
    const auto& steps = schema::migrationSteps();
    if (*version > latestVersion())
        return std::unexpected(Error::conflict(
            QStringLiteral("The database %1 is at schema version %2, but this Lectern knows only "
                           "up to version %3. Update Lectern to open it.")
                .arg(database.url().displayString())
                .arg(*version)
                .arg(latestVersion())));

    for (int step = *version; step < latestVersion(); ++step) {
        for (const QString& statement : steps[static_cast<std::size_t>(step)]) {
            if (auto done = sql::execute(connection, forDialect(statement, database.dialect()));
                !done)
                return std::unexpected(
                    Error::storage(QStringLiteral("Migration to version %1 failed: %2")
                                       .arg(step + 1)
                                       .arg(done.error().message)));
        }
        if (auto recorded = sql::run(
                connection,
                QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                {step + 1, QDateTime::currentMSecsSinceEpoch()});
            !recorded)
            return std::unexpected(recorded.error());
    }
    return transaction->commit();
}

} // namespace lectern
