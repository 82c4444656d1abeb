#pragma once

#include "domain/error.h"
#include "domain/page.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <optional>

// Small helpers so every statement is prepared, bound and checked the same way.
namespace lectern::sql {

// What a caller is told to wait before trying again when the database is away (the hub's
// Retry-After): long enough for a restart or failover, short enough that nobody gives up.
inline constexpr qint64 unavailableRetrySeconds = 5;

// The rows a statement returned, read out in full so its prepared statement can be reused at
// once. Walks like a forward-only QSqlQuery: next(), then value(column).
class Rows {
public:
    bool next() { return ++m_index < m_rows.size(); }
    QVariant value(int column) const { return m_rows.at(m_index).at(column); }
    qsizetype size() const { return m_rows.size(); }
    int numRowsAffected() const { return m_affected; }

private:
    friend Result<Rows> run(const QSqlDatabase&, const QString&, const QVariantList&);
    QList<QVariantList> m_rows;
    qsizetype m_index = -1;
    int m_affected = 0;
};

// Prepares `statement` (once per connection: prepared statements are kept and reused), binds
// `values` to its `?` placeholders in order, runs it and reads its rows.
Result<Rows> run(const QSqlDatabase& connection, const QString& statement,
                 const QVariantList& values = {});
// "?,?,?": the placeholders of an IN list of `ids`, whose values are appended to `values`.
QString inList(const QList<qint64>& ids, QVariantList& values);
// " LIMIT ?" with the page's limit appended to `values`, or nothing for a page of all rows.
QString limitClause(const Page& page, QVariantList& values);
// Every row of `rows` through `read`, or the statement's error.
template <typename Read>
auto readAll(Result<Rows> rows, Read read)
    -> Result<QList<std::invoke_result_t<Read, const Rows&>>> {
    if (!rows)
        return std::unexpected(rows.error());
    QList<std::invoke_result_t<Read, const Rows&>> items;
    items.reserve(rows->size());
    while (rows->next())
        items.append(read(*rows));
    return items;
}
// The first column of every row as an id.
inline qint64 idColumn(const Rows& row) {
    return row.value(0).toLongLong();
}

// Drops the prepared statements kept for a connection that is about to close.
void forgetStatements(const QString& connectionName);
// For statements without parameters (pragmas, DDL, transaction control).
Status execute(const QSqlDatabase& connection, const QString& statement);
// Runs an INSERT ... RETURNING id and gives the id.
Result<qint64> insert(const QSqlDatabase& connection, const QString& statement,
                      const QVariantList& values);
// Runs a statement that must touch exactly one row; NotFound otherwise.
Status updateOne(const QSqlDatabase& connection, const QString& statement,
                 const QVariantList& values, const QString& notFoundMessage);
// The first column of the first row, or nullopt when there is no row.
Result<std::optional<QVariant>> scalar(const QSqlDatabase& connection, const QString& statement,
                                       const QVariantList& values = {});

// Timestamps are stored as UTC milliseconds since the epoch in both dialects.
QVariant fromTime(const QDateTime& time);
QDateTime toTime(const QVariant& value);
QVariant fromOptionalId(const std::optional<qint64>& id);
std::optional<qint64> toOptionalId(const QVariant& value);
// Empty strings are stored as empty, not NULL, so text columns never need null checks.
QVariant fromText(const QString& text);

} // namespace lectern::sql
