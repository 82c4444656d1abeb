#pragma once

#include "domain/enums.h"
#include "domain/error.h"
#include "domain/user.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace lectern::hub {

// Reads typed fields from a request's JSON body. A field of the wrong type is remembered as
// the first problem (Invalid, naming the field) and its default is given instead, so a route
// reads every field and then checks problem() once.
class JsonFields {
public:
    explicit JsonFields(QJsonObject body)
        : m_body(std::move(body)) {}

    bool has(const QString& key) const {
        return m_body.contains(key) && !m_body.value(key).isNull();
    }
    QString text(const QString& key, const QString& fallback = {});
    bool flag(const QString& key, bool fallback);
    qint64 integer(const QString& key, qint64 fallback);
    double number(const QString& key, double fallback);
    QDateTime time(const QString& key); // ISO 8601 with a zone; invalid when absent
    std::optional<Id> id(const QString& key);
    QList<Id> ids(const QString& key);
    QStringList texts(const QString& key);
    template <typename E> E choice(const QString& key, E fallback) {
        if (!has(key))
            return fallback;
        const auto value = parseEnum<E>(m_body.value(key).toString());
        if (!value) {
            fail(key, QStringLiteral("%1 must be one of: %2").arg(key, enumNames<E>()));
            return fallback;
        }
        return *value;
    }

    const std::optional<Error>& problem() const { return m_problem; }

private:
    void fail(const QString& key, const QString& message);

    QJsonObject m_body;
    std::optional<Error> m_problem;
};

} // namespace lectern::hub
