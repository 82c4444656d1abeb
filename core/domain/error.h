#pragma once

#include <QString>
#include <QStringList>

#include <expected>

namespace lectern {

// What went wrong, in terms a caller can act on: the hub maps it to an HTTP status, the CLI
// to an exit code, the console to a message next to the field.
enum class ErrorCode {
    Invalid,      // bad input; `field` names it
    NotFound,     // no such row, or not visible to the actor
    Forbidden,    // the actor may not do this
    Conflict,     // clashes with existing state (overlap, duplicate vote, wrong status)
    Full,         // capacity reached
    Closed,       // the session or poll no longer takes this
    Unauthorized, // no or wrong credentials
    TooLarge,     // the request is bigger than allowed
    TooMany,      // too many requests; `retryAfterSeconds` says when to try again
    Storage,      // the database failed; the message says how
    Unavailable,  // the database cannot be reached or is overloaded for now; retry later
    Cancelled,    // the person who asked for it stopped it (a long export)
};

struct Error {
    ErrorCode code = ErrorCode::Storage;
    QString message;
    QString field;
    // Set when a database statement failed (as opposed to a check refusing): on PostgreSQL
    // the surrounding transaction can then only be rolled back.
    bool fromStatement = false;
    qint64 retryAfterSeconds = 0;
    // What the check found, for a console to say in the user's language: a stable name
    // ("end_before_start", "overlap") and what goes into the sentence (texts, numbers, ISO
    // times). Empty where `message` is all there is to say.
    QString reason{};
    QStringList arguments{};

    // This error, with the reason and arguments a translation needs.
    Error because(const QString& why, const QStringList& with = {}) const {
        Error error = *this;
        error.reason = why;
        error.arguments = with;
        return error;
    }

    static Error invalid(const QString& field, const QString& message) {
        return {ErrorCode::Invalid, message, field};
    }
    static Error notFound(const QString& message) { return {ErrorCode::NotFound, message, {}}; }
    static Error forbidden(const QString& message) { return {ErrorCode::Forbidden, message, {}}; }
    static Error conflict(const QString& message) { return {ErrorCode::Conflict, message, {}}; }
    static Error full(const QString& message) { return {ErrorCode::Full, message, {}}; }
    static Error closed(const QString& message) { return {ErrorCode::Closed, message, {}}; }
    static Error unauthorized(const QString& message) {
        return {ErrorCode::Unauthorized, message, {}};
    }
    static Error storage(const QString& message) { return {ErrorCode::Storage, message, {}}; }
    // `retryAfterSeconds` is a guess at when the database may be back.
    static Error unavailable(const QString& message, qint64 retryAfterSeconds) {
        Error error{ErrorCode::Unavailable, message, {}};
        error.retryAfterSeconds = retryAfterSeconds;
        return error;
    }
    static Error cancelled(const QString& message) { return {ErrorCode::Cancelled, message, {}}; }
    static Error tooLarge(const QString& message) { return {ErrorCode::TooLarge, message, {}}; }
    static Error tooMany(const QString& message, qint64 retryAfterSeconds) {
        Error error{ErrorCode::TooMany, message, {}};
        error.retryAfterSeconds = retryAfterSeconds;
        return error;
    }
};

QString errorCodeName(ErrorCode code);
// The code errorCodeName() spells `name`; Storage for a name it does not know.
ErrorCode errorCodeNamed(QStringView name);

template <typename T> using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

} // namespace lectern
