#include "storage/database.h"
#include "storage/sql.h"
#include "tcprelay.h"
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
        QCOMPARE(failed.error().code, ErrorCode::Unavailable);
        auto again =
            sql::scalar(*database->connection(), QStringLiteral("SELECT COUNT(*) FROM users"));
        QVERIFY2(again.has_value(), again.has_value() ? "" : qPrintable(again.error().message));
        QCOMPARE((*again)->toInt(), 0);
    }

    // A server that has stopped answering costs one connect timeout, not one per caller: for
    // a moment after, connecting fails at once, and then it is tried again.
    void anUnreachableServerIsUnavailableAndFailsFastMeanwhile() {
        if (m_db->dialect() != Dialect::Postgres)
            QSKIP("An SQLite file is not reached over a network");
        test::TcpRelay relay(m_db->url().host, quint16(m_db->url().port));
        const DatabaseUrl through = m_db->urlThrough(relay.port());
        auto opened = Database::open(through);
        LECTERN_VERIFY_OK(opened);
        auto database = *opened;

        relay.setMode(test::TcpRelay::Mode::Hang);
        auto lost = sql::scalar(*database->connection(), QStringLiteral("SELECT 1"));
        LECTERN_VERIFY_ERROR(lost, ErrorCode::Unavailable);
        const int tried = relay.accepted();
        auto timedOut = database->connection();
        QVERIFY(!timedOut.has_value());
        QCOMPARE(timedOut.error().code, ErrorCode::Unavailable);
        QCOMPARE(timedOut.error().retryAfterSeconds, sql::unavailableRetrySeconds);
        QCOMPARE(relay.accepted(), tried + 1);
        auto meanwhile = database->connection();
        LECTERN_VERIFY_ERROR(meanwhile, ErrorCode::Unavailable);
        QCOMPARE(relay.accepted(), tried + 1);

        relay.setMode(test::TcpRelay::Mode::Forward);
        QTRY_VERIFY_WITH_TIMEOUT(database->connection().has_value(), 15'000);
        auto back =
            sql::scalar(*database->connection(), QStringLiteral("SELECT COUNT(*) FROM users"));
        LECTERN_VERIFY_OK(back);
    }

    void aStoppedServerIsUnavailable() {
        if (m_db->dialect() != Dialect::Postgres)
            QSKIP("An SQLite file is not reached over a network");
        test::TcpRelay relay(m_db->url().host, quint16(m_db->url().port));
        const DatabaseUrl through = m_db->urlThrough(relay.port());
        relay.setMode(test::TcpRelay::Mode::Refuse);
        auto refused = Database::open(through);
        LECTERN_VERIFY_ERROR(refused, ErrorCode::Unavailable);
        QVERIFY(refused.error().message.contains(QStringLiteral("Cannot open the database")));
    }

    // PostgreSQL ends a statement that waits too long, and the caller may try again later.
    void aStatementStuckBehindALockIsUnavailable() {
        if (m_db->dialect() != Dialect::Postgres)
            QSKIP("SQLite writers wait for each other through the busy timeout");
        auto holder = Database::open(m_db->url());
        LECTERN_VERIFY_OK(holder);
        auto holding = (*holder)->connection();
        QVERIFY(holding.has_value());
        QVERIFY(sql::execute(*holding, QStringLiteral("BEGIN")).has_value());
        QVERIFY(sql::execute(*holding, QStringLiteral("LOCK TABLE users IN ACCESS EXCLUSIVE MODE"))
                    .has_value());
        auto waiting = sql::scalar(*m_db->database()->connection(),
                                   QStringLiteral("SELECT COUNT(*) FROM users"));
        QVERIFY(sql::execute(*holding, QStringLiteral("ROLLBACK")).has_value());
        LECTERN_VERIFY_ERROR(waiting, ErrorCode::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
