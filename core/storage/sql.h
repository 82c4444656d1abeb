#pragma once

#include "domain/error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <optional>

// Small helpers so every statement is prepared, bound and checked the same way.
namespace lectern::sql {

// Prepares `statement`, binds `values` to its `?` placeholders in order, and runs it.
Result<QSqlQuery> run(const QSqlDatabase& connection, const QString& statement,
                      const QVariantList& values = {});
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
