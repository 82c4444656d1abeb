#pragma once

#include "domain/enums.h"
#include "domain/error.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

#include <cmath>
#include <concepts>
#include <limits>
#include <optional>
#include <tuple>
#include <type_traits>

// The console's wire format: each domain type as JSON, both ways, from one list of its fields
// (wire/types.h). The hub writes its answers with encode() and reads commands with decode();
// the console's hub client does the reverse. Field names are the spec's snake_case; times are
// ISO 8601 UTC; enums are the spec's spellings. decode() checks every field's type and names
// the first that is wrong, so a malformed request is refused before any service sees it.
namespace lectern::wire {

template <typename Struct, typename Member> struct Field {
    const char* name;
    Member Struct::*member;
};

// Specialised for each type with fields: `static constexpr auto list = std::tuple{...}`.
template <typename T> struct Fields;

template <typename T>
concept HasFields = requires {
    Fields<T>::list;
};
template <typename T>
concept HasEnumStrings = std::is_enum_v<T> && requires {
    EnumStrings<T>::table;
};

template <typename T> struct IsOptional : std::false_type {};
template <typename T> struct IsOptional<std::optional<T>> : std::true_type {};
template <typename T> struct IsList : std::false_type {};
template <typename T> struct IsList<QList<T>> : std::true_type {};
template <typename T> struct IsSet : std::false_type {};
template <typename T> struct IsSet<QSet<T>> : std::true_type {};
template <typename T> struct IsHash : std::false_type {};
template <typename K, typename V> struct IsHash<QHash<K, V>> : std::true_type {};

// Invalid, naming the field at `path`: "<path> must be <expected>".
Status wrongType(const QString& path, const char* expected);

template <typename T> QJsonValue encode(const T& value);
template <typename T> Status decode(const QJsonValue& json, T& out, const QString& path);

// A hash key as a JSON object's key: ids in decimal, strings as they are.
template <typename K> QString keyText(const K& key) {
    if constexpr (std::is_same_v<K, QString>)
        return key;
    else
        return QString::number(key);
}
template <typename K> Status keyFrom(const QString& text, K& out, const QString& path) {
    if constexpr (std::is_same_v<K, QString>) {
        out = text;
        return {};
    } else {
        bool ok = false;
        out = static_cast<K>(text.toLongLong(&ok));
        return ok ? Status{} : wrongType(path, "keyed by numbers");
    }
}

template <typename T> QJsonValue encode(const T& value) {
    if constexpr (std::is_same_v<T, bool> || std::is_same_v<T, QString>) {
        return QJsonValue(value);
    } else if constexpr (std::is_same_v<T, double>) {
        return QJsonValue(value);
    } else if constexpr (std::is_integral_v<T>) {
        return QJsonValue(static_cast<qint64>(value));
    } else if constexpr (std::is_same_v<T, QDateTime>) {
        return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs))
                               : QJsonValue(QJsonValue::Null);
    } else if constexpr (std::is_same_v<T, QDate>) {
        return value.isValid() ? QJsonValue(value.toString(Qt::ISODate))
                               : QJsonValue(QJsonValue::Null);
    } else if constexpr (std::is_same_v<T, QByteArray>) {
        return QJsonValue(QString::fromLatin1(value.toBase64()));
    } else if constexpr (std::is_same_v<T, QTimeZone>) {
        return QJsonValue(QString::fromUtf8(value.id()));
    } else if constexpr (HasEnumStrings<T>) {
        return QJsonValue(enumName(value));
    } else if constexpr (IsOptional<T>::value) {
        return value ? encode(*value) : QJsonValue(QJsonValue::Null);
    } else if constexpr (std::is_same_v<T, QStringList> || IsList<T>::value || IsSet<T>::value) {
        QJsonArray items;
        for (const auto& item : value)
            items.append(encode(item));
        return items;
    } else if constexpr (IsHash<T>::value) {
        QJsonObject object;
        for (auto it = value.cbegin(); it != value.cend(); ++it)
            object.insert(keyText(it.key()), encode(it.value()));
        return object;
    } else {
        static_assert(HasFields<T>, "wire: no Fields<T> for this type");
        QJsonObject object;
        std::apply(
            [&](const auto&... field) {
                ((object.insert(QLatin1String(field.name), encode(value.*(field.member)))), ...);
            },
            Fields<T>::list);
        return object;
    }
}

template <typename T> Status decode(const QJsonValue& json, T& out, const QString& path) {
    if constexpr (std::is_same_v<T, bool>) {
        if (!json.isBool())
            return wrongType(path, "true or false");
        out = json.toBool();
    } else if constexpr (std::is_same_v<T, QString>) {
        if (!json.isString())
            return wrongType(path, "text");
        out = json.toString();
    } else if constexpr (std::is_same_v<T, double>) {
        if (!json.isDouble() || !std::isfinite(json.toDouble()))
            return wrongType(path, "a number");
        out = json.toDouble();
    } else if constexpr (std::is_integral_v<T>) {
        const double number = json.toDouble(std::nan(""));
        if (!json.isDouble() || number != std::floor(number) ||
            number < double(std::numeric_limits<T>::lowest()) ||
            number > double(std::numeric_limits<T>::max()))
            return wrongType(path, "a whole number in range");
        out = static_cast<T>(json.toInteger());
    } else if constexpr (std::is_same_v<T, QDateTime>) {
        if (json.isNull()) {
            out = QDateTime();
            return {};
        }
        out = QDateTime::fromString(json.toString(), Qt::ISODateWithMs);
        if (!json.isString() || !out.isValid())
            return wrongType(path, "an ISO 8601 time");
    } else if constexpr (std::is_same_v<T, QDate>) {
        if (json.isNull()) {
            out = QDate();
            return {};
        }
        out = QDate::fromString(json.toString(), Qt::ISODate);
        if (!json.isString() || !out.isValid())
            return wrongType(path, "a date (YYYY-MM-DD)");
    } else if constexpr (std::is_same_v<T, QByteArray>) {
        auto bytes = QByteArray::fromBase64Encoding(json.toString().toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors);
        if (!json.isString() || !bytes)
            return wrongType(path, "base64");
        out = *bytes;
    } else if constexpr (std::is_same_v<T, QTimeZone>) {
        out = QTimeZone(json.toString().toUtf8());
        if (!json.isString() || !out.isValid())
            return wrongType(path, "a time zone (such as Europe/Berlin)");
    } else if constexpr (HasEnumStrings<T>) {
        const auto parsed = parseEnum<T>(json.toString());
        if (!json.isString() || !parsed)
            return std::unexpected(Error::invalid(
                path, QStringLiteral("%1 must be one of %2").arg(path, enumNames<T>())));
        out = *parsed;
    } else if constexpr (IsOptional<T>::value) {
        if (json.isNull() || json.isUndefined()) {
            out.reset();
            return {};
        }
        typename T::value_type value{};
        if (auto read = decode(json, value, path); !read)
            return read;
        out = std::move(value);
    } else if constexpr (std::is_same_v<T, QStringList> || IsList<T>::value || IsSet<T>::value) {
        if (!json.isArray())
            return wrongType(path, "a list");
        const QJsonArray items = json.toArray();
        out.clear();
        for (qsizetype i = 0; i < items.size(); ++i) {
            typename T::value_type item{};
            if (auto read = decode(items.at(i), item, QStringLiteral("%1[%2]").arg(path).arg(i));
                !read)
                return read;
            out.insert(out.end(), std::move(item));
        }
    } else if constexpr (IsHash<T>::value) {
        if (!json.isObject())
            return wrongType(path, "an object");
        const QJsonObject object = json.toObject();
        out.clear();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString at = path + u'.' + it.key();
            typename T::key_type key{};
            if (auto read = keyFrom(it.key(), key, at); !read)
                return read;
            typename T::mapped_type value{};
            if (auto read = decode(it.value(), value, at); !read)
                return read;
            out.insert(key, std::move(value));
        }
    } else {
        static_assert(HasFields<T>, "wire: no Fields<T> for this type");
        if (!json.isObject())
            return wrongType(path.isEmpty() ? QStringLiteral("the body") : path, "an object");
        const QJsonObject object = json.toObject();
        Status status;
        // A field left out keeps its default: older consoles and newer servers get along.
        std::apply(
            [&](const auto&... field) {
                ((status && object.contains(QLatin1String(field.name))
                      ? (void)(status = decode(
                                   object.value(QLatin1String(field.name)), out.*(field.member),
                                   path.isEmpty() ? QString::fromLatin1(field.name)
                                                  : path + u'.' + QLatin1String(field.name)))
                      : (void)0),
                 ...);
            },
            Fields<T>::list);
        return status;
    }
    return {};
}

// The value of type T that `json` spells, or why it is not one.
template <typename T> Result<T> decoded(const QJsonValue& json, const QString& path = {}) {
    T value{};
    if (auto read = decode(json, value, path); !read)
        return std::unexpected(read.error());
    return value;
}

} // namespace lectern::wire

// One field of a wire type, named as the spec spells it.
#define LECTERN_WIRE_FIELD(Type, name, member)                                                     \
    ::lectern::wire::Field<Type, decltype(Type::member)> {                                         \
        name, &Type::member                                                                        \
    }
