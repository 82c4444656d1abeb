#pragma once

#include "databaseurl.h"

#include <QSqlDatabase>

#include <atomic>
#include <memory>

namespace lectern {

// One logical database. Each thread that touches it gets its own connection, opened on first
// use with the dialect's settings and closed when the thread ends.
class Database {
public:
    // Connects, applies pending migrations, and refuses a database newer than this program.
    static Result<std::shared_ptr<Database>> open(const DatabaseUrl& url);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Dialect dialect() const { return m_url.dialect; }
    const DatabaseUrl& url() const { return m_url; }

    // The calling thread's connection, opened if need be. When PostgreSQL cannot be reached,
    // Unavailable; for a moment after that, every thread gets Unavailable at once instead of
    // each waiting out its own connect timeout.
    Result<QSqlDatabase> connection();
    // Closes every connection the calling thread opened (to any database). For pooled worker
    // threads at the end of a task: their connections would otherwise be closed by the
    // thread's exit, which can come after Qt's connection registry is gone at process exit.
    static void releaseThreadConnections();
    // A connection of its own for `purpose` (such as LISTEN), in the calling thread, opened
    // anew each call; the caller closes it with closeDedicated().
    Result<QSqlDatabase> openDedicated(const QString& purpose);
    static void closeDedicated(QSqlDatabase& connection);

private:
    explicit Database(DatabaseUrl url);
    // openNamed() unless a connect failed a moment ago (see connection()).
    Result<QSqlDatabase> openTracked(const QString& name, const QString& applicationName);
    Result<QSqlDatabase> openNamed(const QString& name, const QString& applicationName);
    Status configure(QSqlDatabase& connection);

    DatabaseUrl m_url;
    QString m_connectionPrefix;
    // steady_clock milliseconds until which connection() does not try to connect again.
    std::atomic<qint64> m_unreachableUntil{0};
};

} // namespace lectern
