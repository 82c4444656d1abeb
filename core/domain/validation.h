#pragma once

#include "domain/enums.h"
#include "domain/error.h"

#include <QString>

// Checks of input at the service boundary; each error names the field.
namespace lectern::validation {

// Trimmed text that must not be empty and may hold at most `maxLength` characters.
Result<QString> requiredText(const QString& field, const QString& text, int maxLength);
Result<QString> optionalText(const QString& field, const QString& text, int maxLength);
// Empty, or an absolute http(s) URL (file URLs too when `allowFile`).
Result<QString> optionalUrl(const QString& field, const QString& text, bool allowFile = false);
Status nonNegative(const QString& field, qint64 value);
// An email address, trimmed and in lower case (field "email").
Result<QString> email(const QString& text);

template <typename E> Result<E> parseField(const QString& field, const QString& text) {
    if (auto value = parseEnum<E>(text))
        return *value;
    return std::unexpected(Error::invalid(
        field,
        QStringLiteral("%1 must be one of: %2 (got \"%3\")").arg(field, enumNames<E>(), text)));
}

} // namespace lectern::validation
