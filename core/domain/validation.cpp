#include "validation.h"

#include <QRegularExpression>
#include <QUrl>

namespace lectern::validation {

Result<QString> requiredText(const QString& field, const QString& text, int maxLength) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::unexpected(
            Error::invalid(field, QStringLiteral("%1 must not be empty").arg(field))
                .because(QStringLiteral("required")));
    return optionalText(field, trimmed, maxLength);
}

Result<QString> optionalText(const QString& field, const QString& text, int maxLength) {
    const QString trimmed = text.trimmed();
    // Line breaks and tabs are text; other control characters (NUL above all, which
    // PostgreSQL cannot store) are not.
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t' && c != u'\r')
            return std::unexpected(
                Error::invalid(field, QStringLiteral("%1 contains a control character").arg(field))
                    .because(QStringLiteral("control_character")));
    }
    if (trimmed.size() > maxLength)
        return std::unexpected(
            Error::invalid(field, QStringLiteral("%1 is %2 characters long; at most %3 are allowed")
                                      .arg(field)
                                      .arg(trimmed.size())
                                      .arg(maxLength))
                .because(QStringLiteral("too_long"),
                         {QString::number(trimmed.size()), QString::number(maxLength)}));
    return trimmed;
}

Result<QString> optionalUrl(const QString& field, const QString& text, bool allowFile) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    if (trimmed.size() > 2000)
        return std::unexpected(
            Error::invalid(field, QStringLiteral("%1 is too long").arg(field))
                .because(QStringLiteral("too_long"),
                         {QString::number(trimmed.size()), QStringLiteral("2000")}));
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const bool web = (scheme == u"https" || scheme == u"http") && !url.host().isEmpty();
    const bool file = allowFile && scheme == u"file" && !url.path().isEmpty();
    if (!url.isValid() || !(web || file))
        return std::unexpected(
            Error::invalid(
                field,
                QStringLiteral("%1 must be a full web address starting with https://").arg(field))
                .because(QStringLiteral("not_a_web_address")));
    return trimmed;
}

Status nonNegative(const QString& field, qint64 value) {
    if (value >= 0)
        return {};
    return std::unexpected(
        Error::invalid(field, QStringLiteral("%1 must not be negative").arg(field)));
}

Result<QString> email(const QString& text) {
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString address = text.trimmed().toLower();
    if (address.size() > 254 || !shape.match(address).hasMatch())
        return std::unexpected(Error::invalid(
            QStringLiteral("email"), QStringLiteral("\"%1\" is not an email address").arg(text)));
    return address;
}

} // namespace lectern::validation
