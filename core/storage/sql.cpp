#include "sql.h"

#include <QSqlError>
#include <QSqlRecord>

#include <unordered_map>

namespace lectern::sql {

namespace {
bool isConstraintViolation(const QSqlError& error, QStringView kind) {
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText();
    if (kind == u"unique")
        return code == u"23505" || code == u"2067" || code == u"1555" ||
               text.contains(QStringLiteral("UNIQUE constraint failed"));
    if (kind == u"foreign")
        return code == u"23503" || code == u"787" ||
               text.contains(QStringLiteral("FOREIGN KEY constraint failed"));
    if (kind == u"check")
        return code == u"23514" || code == u"275" ||
               text.contains(QStringLiteral("CHECK constraint failed"));
    if (kind == u"notnull")
        return code == u"23502" || code == u"1299" ||
               text.contains(QStringLiteral("NOT NULL constraint failed"));
    return false;
}

// The server went away (restart, failover, an administrator ending the backend). QPSQL keeps
// saying the connection is open, so it would be reused dead for good.
bool isConnectionLost(const QSqlError& error) {
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText() + error.driverText();
    return error.type() == QSqlError::ConnectionError || code.startsWith(QStringLiteral("57P")) ||
           code.startsWith(QStringLiteral("08")) ||
           text.contains(QStringLiteral("server closed the connection")) ||
           text.contains(QStringLiteral("no connection to the server")) ||
           text.contains(QStringLiteral("terminating connection"));
}

// Waited too long: PostgreSQL's statement or lock timeout (see Database::configure), or
// SQLite still busy after its busy timeout. Worth another try later, like a lost connection.
bool isTimeout(const QSqlError& error) {
    const QString code = error.nativeErrorCode();
    return code == u"57014" || code == u"55P03" || code == u"5" || code == u"6" ||
           error.databaseText().contains(QStringLiteral("database is locked"));
}

Error classify(const QSqlError& error, const QString& statement) {
    if (isConstraintViolation(error, u"unique"))
        return Error::conflict(QStringLiteral("That already exists"));
    if (isConstraintViolation(error, u"foreign"))
        return Error::notFound(QStringLiteral("A referenced record does not exist"));
    if (isConstraintViolation(error, u"notnull"))
        return Error::invalid(
            QString(), QStringLiteral("A required value is missing: %1").arg(error.databaseText()));
    if (isConstraintViolation(error, u"check"))
        return Error::invalid(
            QString(), QStringLiteral("A value is out of range: %1").arg(error.databaseText()));
    const QString message =
        QStringLiteral("Database error: %1 (in: %2)").arg(error.text(), statement.left(120));
    if (isConnectionLost(error) || isTimeout(error))
        return Error::unavailable(message, unavailableRetrySeconds);
    return Error::storage(message);
}

// Closes a lost connection so that the next Database::connection() opens a fresh one.
void dropIfLost(const QSqlDatabase& connection, const QSqlError& error) {
    if (connection.driverName() != u"QPSQL" || !isConnectionLost(error))
        return;
    forgetStatements(connection.connectionName());
    QSqlDatabase(connection).close();
}

Error toError(const QSqlError& error, const QString& statement) {
    Error result = classify(error, statement);
    result.fromStatement = true;
    return result;
}
} // namespace

namespace {
// Prepared statements by connection and text. Thread-local like the connections themselves;
// `alive` tells a late forgetStatements() at thread exit that the cache is already gone.
thread_local bool statementCacheAlive = false;
struct StatementCache {
    std::unordered_map<QString, std::unordered_map<QString, QSqlQuery>> byConnection;
    StatementCache() { statementCacheAlive = true; }
    ~StatementCache() { statementCacheAlive = false; }
};
StatementCache& statementCache() {
    thread_local StatementCache cache;
    return cache;
}

Result<QSqlQuery*> prepared(const QSqlDatabase& connection, const QString& statement) {
    auto& statements = statementCache().byConnection[connection.connectionName()];
    if (auto found = statements.find(statement); found != statements.end())
        return &found->second;
    QSqlQuery query(connection);
    // Rows are read out in full either way. Forward-only saves SQLite a copy; on PostgreSQL it
    // switches QPSQL to single-row mode, which doubles the cost of every statement.
    query.setForwardOnly(connection.driverName() == u"QSQLITE");
    if (!query.prepare(statement)) {
        const QSqlError failure = query.lastError();
        query = QSqlQuery();
        dropIfLost(connection, failure);
        return std::unexpected(toError(failure, statement));
    }
    return &statements.emplace(statement, std::move(query)).first->second;
}
} // namespace

Result<Rows> run(const QSqlDatabase& connection, const QString& statement,
                 const QVariantList& values) {
    auto query = prepared(connection, statement);
    if (!query)
        return std::unexpected(query.error());
    QSqlQuery& q = **query;
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(static_cast<int>(i), values[i]);
    if (!q.exec()) {
        const QSqlError failure = q.lastError();
        q.finish();
        dropIfLost(connection, failure); // may destroy q
        return std::unexpected(toError(failure, statement));
    }
    Rows rows;
    rows.m_affected = q.numRowsAffected();
    if (q.isSelect()) {
        const int columns = q.record().count();
        while (q.next()) {
            QVariantList row;
            row.reserve(columns);
            for (int column = 0; column < columns; ++column)
                row.append(q.value(column));
            rows.m_rows.append(std::move(row));
        }
    }
    // Resetting the statement ends its read on SQLite, so it holds no lock between uses.
    q.finish();
    return rows;
}

QString limitClause(const Page& page, QVariantList& values) {
    if (page.limit <= 0)
        return {};
    values << page.limit;
    return QStringLiteral(" LIMIT ?");
}

void forgetStatements(const QString& connectionName) {
    if (statementCacheAlive)
        statementCache().byConnection.erase(connectionName);
}

Status execute(const QSqlDatabase& connection, const QString& statement) {
    QSqlQuery query(connection);
    if (!query.exec(statement)) {
        const QSqlError failure = query.lastError();
        query = QSqlQuery();
        dropIfLost(connection, failure);
        return std::unexpected(toError(failure, statement));
    }
    return {};
}

Result<qint64> insert(const QSqlDatabase& connection, const QString& statement,
                      const QVariantList& values) {
    auto query = run(connection, statement, values);
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(
            Error::storage(QStringLiteral("The database returned no id for: %1").arg(statement)));
    return query->value(0).toLongLong();
}

Status updateOne(const QSqlDatabase& connection, const QString& statement,
                 const QVariantList& values, const QString& notFoundMessage) {
    auto query = run(connection, statement, values);
    if (!query)
        return std::unexpected(query.error());
    if (query->numRowsAffected() != 1)
        return std::unexpected(Error::notFound(notFoundMessage));
    return {};
}

Result<std::optional<QVariant>> scalar(const QSqlDatabase& connection, const QString& statement,
                                       const QVariantList& values) {
    auto query = run(connection, statement, values);
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<QVariant>{};
    return std::optional<QVariant>{query->value(0)};
}

QVariant fromTime(const QDateTime& time) {
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant::fromValue<qint64>(time.toMSecsSinceEpoch());
}

QDateTime toTime(const QVariant& value) {
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant fromOptionalId(const std::optional<qint64>& id) {
    if (!id)
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant::fromValue<qint64>(*id);
}

std::optional<qint64> toOptionalId(const QVariant& value) {
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QVariant fromText(const QString& text) {
    return text.isNull() ? QString(QLatin1StringView("")) : text;
}

QString inList(const QList<qint64>& ids, QVariantList& values) {
    QStringList placeholders;
    placeholders.reserve(ids.size());
    for (qint64 id : ids) {
        placeholders << QStringLiteral("?");
        values << id;
    }
    return placeholders.join(u',');
}

} // namespace lectern::sql
