#include "database.h"

#include "migrations.h"
#include "sql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

#include <atomic>
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
    return openNamed(name, QStringLiteral("lectern"));
}

Result<QSqlDatabase> Database::openDedicated(const QString& purpose) {
    static std::atomic<int> serial = 0;
    const QString name = m_connectionPrefix + purpose + u'-' + QString::number(serial.fetch_add(1));
    return openNamed(name, QStringLiteral("lectern-") + purpose);
}

void Database::closeDedicated(QSqlDatabase& connection) {
    const QString name = connection.connectionName();
    connection.close();
    connection = QSqlDatabase();
    sql::forgetStatements(name);
    QSqlDatabase::removeDatabase(name);
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
        // The application name tells the server's activity view which connection is which.
        connection.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=") +
                                     applicationName);
    }
    if (!connection.open()) {
        const QString reason = connection.lastError().text();
        return std::unexpected(Error::storage(
            QStringLiteral("Cannot open the database %1: %2").arg(m_url.displayString(), reason)));
    }
    if (auto configured = configure(connection); !configured)
        return std::unexpected(configured.error());
    return connection;
}

Status Database::configure(QSqlDatabase& connection) {
    QStringList statements;
    if (m_url.dialect == Dialect::Sqlite) {
        statements = {
            QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
            QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA busy_timeout=10000")};
    } else {
        statements = {QStringLiteral("SET client_min_messages TO WARNING"),
                      QStringLiteral("SET TIME ZONE 'UTC'")};
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
