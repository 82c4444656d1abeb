#include "database.h"

#include "migrations.h"
#include "sql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

#include <atomic>
#include <chrono>
#include <vector>

namespace lectern {

namespace {
std::atomic<quint64> nextDatabaseSerial{1};

// Connections opened by this thread, removed when it ends so none outlives its thread.
struct ThreadConnections {
    std::vector<QString> names;
    ~ThreadConnections() { release(); }
    void release() {
        for (const QString& name : names) {
            sql::forgetStatements(name);
            QSqlDatabase::removeDatabase(name);
        }
        names.clear();
    }
};
thread_local ThreadConnections threadConnections;

// How long a failed connect makes the next ones fail at once: the hub answers in the meantime
// instead of queueing behind connect timeouts.
constexpr qint64 unreachableBackoffMs = 2000;

qint64 steadyMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString driverName(Dialect dialect) {
    return dialect == Dialect::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}
} // namespace

Database::Database(DatabaseUrl url)
    : m_url(std::move(url))
    , m_connectionPrefix(QStringLiteral("lectern-%1-").arg(nextDatabaseSerial++)) {}

Database::~Database() {
    // Only this thread's connection can be closed from here; others go when their thread ends.
    const QString name = m_connectionPrefix +
                         QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        sql::forgetStatements(name);
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
        std::erase(threadConnections.names, name);
    }
}

void Database::releaseThreadConnections() {
    threadConnections.release();
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseUrl& url) {
    if (url.dialect == Dialect::Sqlite) {
        const QFileInfo file(url.path);
        if (!QDir().mkpath(file.absolutePath()))
            return std::unexpected(Error::storage(
                QStringLiteral("Cannot create the folder %1").arg(file.absolutePath())));
    }
    std::shared_ptr<Database> database(new Database(url));
    auto connection = database->connection();
    if (!connection)
        return std::unexpected(connection.error());
    if (auto migrated = Migrations::apply(*database); !migrated)
        return std::unexpected(migrated.error());
    return database;
}

Result<QSqlDatabase> Database::connection() {
    const QString name = m_connectionPrefix +
                         QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase existing = QSqlDatabase::database(name, false);
            if (existing.isOpen())
                return existing;
        }
        // Closed after the server dropped it (see sql::run): start afresh.
        sql::forgetStatements(name);
        QSqlDatabase::removeDatabase(name);
        std::erase(threadConnections.names, name);
    }

    threadConnections.names.push_back(name);
    return openTracked(name, QStringLiteral("lectern"));
}

Result<QSqlDatabase> Database::openDedicated(const QString& purpose) {
    static std::atomic<int> serial = 0;
    const QString name = m_connectionPrefix + purpose + u'-' + QString::number(serial.fetch_add(1));
    return openTracked(name, QStringLiteral("lectern-") + purpose);
}

void Database::closeDedicated(QSqlDatabase& connection) {
    const QString name = connection.connectionName();
    connection.close();
    connection = QSqlDatabase();
    sql::forgetStatements(name);
    QSqlDatabase::removeDatabase(name);
}

Result<QSqlDatabase> Database::openTracked(const QString& name, const QString& applicationName) {
    if (m_url.dialect == Dialect::Postgres && steadyMs() < m_unreachableUntil.load())
        return std::unexpected(Error::unavailable(
            QStringLiteral("The database %1 is unreachable").arg(m_url.displayString()),
            sql::unavailableRetrySeconds));
    auto opened = openNamed(name, applicationName);
    if (!opened && opened.error().code == ErrorCode::Unavailable) {
        // Said once per outage: each request during it is answered 503 without a word.
        if (m_unreachableUntil.exchange(steadyMs() + unreachableBackoffMs) == 0)
            qWarning("%s", qPrintable(opened.error().message));
    } else if (opened && m_unreachableUntil.exchange(0) != 0) {
        qInfo("The database %s is reachable again", qPrintable(m_url.displayString()));
    }
    return opened;
}

Result<QSqlDatabase> Database::openNamed(const QString& name, const QString& applicationName) {
    QSqlDatabase connection = QSqlDatabase::addDatabase(driverName(m_url.dialect), name);
    if (m_url.dialect == Dialect::Sqlite) {
        connection.setDatabaseName(m_url.path);
        // Writers wait for each other instead of failing at once.
        connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        connection.setHostName(m_url.host);
        connection.setPort(m_url.port);
        connection.setUserName(m_url.user);
        connection.setPassword(m_url.password);
        connection.setDatabaseName(m_url.database);
        // A request waits at most a few seconds for a server that does not answer: the connect
        // times out, and a network that stops acknowledging ends the connection (tcp_user_timeout).
        // The application name tells the server's activity view which connection is which.
        connection.setConnectOptions(
            QStringLiteral("connect_timeout=3;tcp_user_timeout=5000;keepalives_idle=10;"
                           "keepalives_interval=3;keepalives_count=3;application_name=") +
            applicationName);
    }
    if (!connection.open()) {
        const QString message = QStringLiteral("Cannot open the database %1: %2")
                                    .arg(m_url.displayString(), connection.lastError().text());
        // A server that is down or refusing is worth another try; a missing SQLite file folder
        // or an unreadable file is not.
        if (m_url.dialect == Dialect::Postgres)
            return std::unexpected(Error::unavailable(message, sql::unavailableRetrySeconds));
        return std::unexpected(Error::storage(message));
    }
    if (auto configured = configure(connection); !configured) {
        // Left open, it would be handed out next time without its schema and timeouts.
        sql::forgetStatements(name);
        connection.close();
        return std::unexpected(configured.error());
    }
    return connection;
}

Status Database::configure(QSqlDatabase& connection) {
    QStringList statements;
    if (m_url.dialect == Dialect::Sqlite) {
        statements = {
            QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
            QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=10000")};
    } else {
        // A statement stuck behind a lock, or running away, ends with an error the hub answers
        // as 503, rather than holding its caller (and on the hub every other request) for good.
        statements = {QStringLiteral("SET client_min_messages TO WARNING"),
                      QStringLiteral("SET TIME ZONE 'UTC'"),
                      QStringLiteral("SET lock_timeout = '5s'"),
                      QStringLiteral("SET statement_timeout = '30s'"),
                      QStringLiteral("SET idle_in_transaction_session_timeout = '60s'")};
        if (!m_url.schema.isEmpty()) {
            // The schema name was checked to be a plain identifier when the URL was parsed.
            statements << QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + m_url.schema
                       << QStringLiteral("SET search_path TO ") + m_url.schema;
        }
    }
    for (const QString& statement : statements) {
        if (auto done = sql::execute(connection, statement); !done)
            return std::unexpected(done.error());
    }
    return {};
}

} // namespace lectern
