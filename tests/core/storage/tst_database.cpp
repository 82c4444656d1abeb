#include "storage/database.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QTest>

#include <thread>

using namespace lectern;

class TestDatabase : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;

private Q_SLOTS:
    void init() { LECTERN_OPEN_TEST_DATABASE(m_db); }
    void cleanup() { m_db.reset(); }

    void sqliteConnectionsUseWalAndForeignKeys() {
        if (m_db->dialect() != Dialect::Sqlite)
            QSKIP("SQLite settings");
        auto connection = m_db->database()->connection();
        QVERIFY(connection.has_value());
        QCOMPARE(
            sql::scalar(*connection, QStringLiteral("PRAGMA journal_mode"))->value().toString(),
            QStringLiteral("wal"));
        QCOMPARE(sql::scalar(*connection, QStringLiteral("PRAGMA foreign_keys"))->value().toInt(),
                 1);
        QCOMPARE(sql::scalar(*connection, QStringLiteral("PRAGMA synchronous"))->value().toInt(),
                 1);
        QVERIFY(sql::scalar(*connection, QStringLiteral("PRAGMA busy_timeout"))->value().toInt() >
                0);
    }

    void eachThreadHasItsOwnConnection() {
        auto mine = m_db->database()->connection();
        QString other;
        std::thread worker([&] {
            auto theirs = m_db->database()->connection();
            other = theirs ? theirs->connectionName() : QString();
        });
        worker.join();
        QVERIFY(!other.isEmpty());
        QVERIFY(other != mine->connectionName());
        // The worker's connection went with its thread.
        QVERIFY(!QSqlDatabase::contains(other));
    }

    void lostPostgresConnectionIsReopened() {
        if (m_db->dialect() != Dialect::Postgres)
            QSKIP("PostgreSQL drops connections; an SQLite file does not");
        auto database = m_db->database();
        auto connection = database->connection();
        const auto pid = sql::scalar(*connection, QStringLiteral("SELECT pg_backend_pid()"));
        QVERIFY(pid.has_value());
        // Another connection ends this one's backend, as a server restart would.
        auto other = Database::open(m_db->url());
        QVERIFY(other.has_value());
        auto killer = (*other)->connection();
        QVERIFY(sql::scalar(*killer, QStringLiteral("SELECT pg_terminate_backend(?)"),
                            {(*pid)->toInt()})
                    .has_value());
        // The first statement after the loss fails; the next one runs on a new connection,
        // still in the right schema.
        auto failed =
            sql::scalar(*database->connection(), QStringLiteral("SELECT COUNT(*) FROM users"));
        QVERIFY(!failed.has_value());
        auto again =
            sql::scalar(*database->connection(), QStringLiteral("SELECT COUNT(*) FROM users"));
        QVERIFY2(again.has_value(), again.has_value() ? "" : qPrintable(again.error().message));
        QCOMPARE((*again)->toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
