#include "sql.h"

#include <QSqlError>

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
    return false;
}

Error toError(const QSqlError& error, const QString& statement) {
    if (isConstraintViolation(error, u"unique"))
        return Error::conflict(QStringLiteral("That already exists"));
    if (isConstraintViolation(error, u"foreign"))
        return Error::notFound(QStringLiteral("A referenced record does not exist"));
    if (isConstraintViolation(error, u"check"))
        return Error::invalid(
            QString(), QStringLiteral("A value is out of range: %1").arg(error.databaseText()));
    return Error::storage(
        QStringLiteral("Database error: %1 (in: %2)").arg(error.text(), statement.left(120)));
}
} // namespace

Result<QSqlQuery> run(const QSqlDatabase& connection, const QString& statement,
                      const QVariantList& values) {
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return std::unexpected(toError(query.lastError(), statement));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(toError(query.lastError(), statement));
    return query;
}

Status execute(const QSqlDatabase& connection, const QString& statement) {
    QSqlQuery query(connection);
    if (!query.exec(statement))
        return std::unexpected(toError(query.lastError(), statement));
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

} // namespace lectern::sql
