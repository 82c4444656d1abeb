#pragma once

#include "domain/error.h"

#include <QString>

namespace lectern {

enum class Dialect { Sqlite, Postgres };

// Where the data lives: `sqlite:///absolute/path.db` or
// `postgresql://user:password@host:port/database[?schema=name]`.
struct DatabaseUrl {
    Dialect dialect = Dialect::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString schema; // PostgreSQL schema to use instead of `public`

    static Result<DatabaseUrl> parse(const QString& text);
    // The embedded file in the user's data folder.
    static DatabaseUrl embedded();
    // $LECTERN_DATABASE_URL when set, else the embedded file.
    static Result<DatabaseUrl> fromEnvironmentOrEmbedded();

    // The URL with the password masked, for messages and logs.
    QString displayString() const;
    // The URL in full, password included, to hand to another process.
    QString toString() const;
};

} // namespace lectern
