#include "jsonfields.h"

#include <QJsonArray>

namespace lectern::hub {

void JsonFields::fail(const QString& key, const QString& message) {
    if (!m_problem)
        m_problem = Error::invalid(key, message);
}

QString JsonFields::text(const QString& key, const QString& fallback) {
    if (!has(key))
        return fallback;
    const QJsonValue value = m_body.value(key);
    if (!value.isString()) {
        fail(key, QStringLiteral("%1 must be text").arg(key));
        return fallback;
    }
    return value.toString();
}

bool JsonFields::flag(const QString& key, bool fallback) {
    if (!has(key))
        return fallback;
    const QJsonValue value = m_body.value(key);
    if (!value.isBool()) {
        fail(key, QStringLiteral("%1 must be true or false").arg(key));
        return fallback;
    }
    return value.toBool();
}

qint64 JsonFields::integer(const QString& key, qint64 fallback) {
    if (!has(key))
        return fallback;
    const QJsonValue value = m_body.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number))) {
        fail(key, QStringLiteral("%1 must be a whole number").arg(key));
        return fallback;
    }
    return static_cast<qint64>(number);
}

double JsonFields::number(const QString& key, double fallback) {
    if (!has(key))
        return fallback;
    const QJsonValue value = m_body.value(key);
    if (!value.isDouble()) {
        fail(key, QStringLiteral("%1 must be a number").arg(key));
        return fallback;
    }
    return value.toDouble();
}

QDateTime JsonFields::time(const QString& key) {
    if (!has(key))
        return {};
    const QDateTime value = QDateTime::fromString(text(key), Qt::ISODateWithMs);
    if (!value.isValid() || value.timeSpec() == Qt::LocalTime) {
        fail(key, QStringLiteral("%1 must be an ISO 8601 time with a zone, as in "
                                 "2026-11-25T09:00:00Z")
                      .arg(key));
        return {};
    }
    return value.toUTC();
}

std::optional<Id> JsonFields::id(const QString& key) {
    if (!has(key))
        return std::nullopt;
    const qint64 value = integer(key, 0);
    if (value <= 0) {
        fail(key, QStringLiteral("%1 must be a positive id").arg(key));
        return std::nullopt;
    }
    return value;
}

QList<Id> JsonFields::ids(const QString& key) {
    QList<Id> result;
    const QJsonValue value = m_body.value(key);
    if (!value.isArray()) {
        fail(key, QStringLiteral("%1 must be a list of ids").arg(key));
        return result;
    }
    for (const QJsonValue& item : value.toArray()) {
        const double number = item.toDouble();
        if (!item.isDouble() || number <= 0 ||
            number != static_cast<double>(static_cast<qint64>(number))) {
            fail(key, QStringLiteral("%1 must be a list of ids").arg(key));
            return {};
        }
        result.append(static_cast<Id>(number));
    }
    return result;
}

QStringList JsonFields::texts(const QString& key) {
    QStringList result;
    const QJsonValue value = m_body.value(key);
    if (!value.isArray()) {
        fail(key, QStringLiteral("%1 must be a list of texts").arg(key));
        return result;
    }
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString()) {
            fail(key, QStringLiteral("%1 must be a list of texts").arg(key));
            return {};
        }
        result.append(item.toString());
    }
    return result;
}

} // namespace lectern::hub
