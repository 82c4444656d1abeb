#include "storage/migrations.h"
#include "storage/sql.h"
#include "testdatabase.h"

#include <QTest>

using namespace lectern;

class TestMigrations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { LECTERN_OPEN_TEST_DATABASE(m_db); }
    void cleanup() { m_db.reset(); }

    void freshDatabaseIsAtLatestVersion() {
        auto version = Migrations::currentVersion(*m_db->database());
        QVERIFY(version.has_value());
        QCOMPARE(*version, Migrations::latestVersion());
    }

    void applyingTwiceChangesNothing() {
        QVERIFY(Migrations::apply(*m_db->database()).has_value());
        QCOMPARE(*Migrations::currentVersion(*m_db->database()), Migrations::latestVersion());
    }

    void newerDatabaseIsRefusedWithClearMessage() {
        auto connection = m_db->database()->connection();
        QVERIFY(connection.has_value());
        QVERIFY(sql::run(*connection,
                         QStringLiteral("INSERT INTO schema_version (version, applied_at) "
                                        "VALUES (?, ?)"),
                         {Migrations::latestVersion() + 1, 0})
                    .has_value());
        auto reopened = Database::open(m_db->url());
        QVERIFY(!reopened.has_value());
        QCOMPARE(reopened.error().code, ErrorCode::Conflict);
        QVERIFY2(reopened.error().message.contains(QStringLiteral("Update Lectern")),
                 qPrintable(reopened.error().message));
    }

    void specIndexesExist() {
        auto connection = m_db->database()->connection();
        QVERIFY(connection.has_value());
        const QString query =
            m_db->dialect() == Dialect::Sqlite
                ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                 "'index' AND name = ?")
                : QStringLiteral("SELECT indexname FROM pg_indexes WHERE "
                                 "schemaname = current_schema() AND indexname = ?");
        for (const char* index :
             {"sessions_by_course_status", "participants_by_session_status", "chat_by_session",
              "questions_by_session_upvotes", "votes_by_poll_option", "views_by_user"}) {
            auto found = sql::scalar(*connection, query, {QString::fromLatin1(index)});
            QVERIFY(found.has_value());
            QVERIFY2(found->has_value(), index);
        }
    }

    void foreignKeysAreEnforced() {
        auto connection = m_db->database()->connection();
        QVERIFY(connection.has_value());
        auto inserted = sql::run(*connection,
                                 QStringLiteral("INSERT INTO courses (title, instructor_id, "
                                                "created_at, updated_at) VALUES (?, ?, 0, 0)"),
                                 {QStringLiteral("Orphan"), 4242});
        QVERIFY(!inserted.has_value());
        QCOMPARE(inserted.error().code, ErrorCode::NotFound);
    }

    void checkConstraintsHold() {
        auto connection = m_db->database()->connection();
        QVERIFY(connection.has_value());
        auto inserted = sql::run(
            *connection,
            QStringLiteral("INSERT INTO users (email, name, role, "
                           "password_hash, created_at, updated_at) VALUES "
                           "(?, ?, ?, 'x', 0, 0)"),
            {QStringLiteral("a@example.org"), QStringLiteral("A"), QStringLiteral("teacher")});
        QVERIFY(!inserted.has_value());
        QCOMPARE(inserted.error().code, ErrorCode::Invalid);
    }

private:
    std::unique_ptr<test::TestDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
