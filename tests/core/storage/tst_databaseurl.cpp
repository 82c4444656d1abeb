#include "storage/databaseurl.h"

#include <QTest>

using namespace lectern;

class TestDatabaseUrl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesSqlite() {
        auto url = DatabaseUrl::parse(QStringLiteral("sqlite:///var/lib/lectern/data.db"));
        QVERIFY(url.has_value());
        QCOMPARE(url->dialect, Dialect::Sqlite);
        QCOMPARE(url->path, QStringLiteral("/var/lib/lectern/data.db"));
    }

    void parsesPostgresWithEveryPart() {
        auto url = DatabaseUrl::parse(
            QStringLiteral("postgresql://teach:s%40cret@db.example:5433/lectern?schema=term1"));
        QVERIFY(url.has_value());
        QCOMPARE(url->dialect, Dialect::Postgres);
        QCOMPARE(url->user, QStringLiteral("teach"));
        QCOMPARE(url->password, QStringLiteral("s@cret"));
        QCOMPARE(url->host, QStringLiteral("db.example"));
        QCOMPARE(url->port, 5433);
        QCOMPARE(url->database, QStringLiteral("lectern"));
        QCOMPARE(url->schema, QStringLiteral("term1"));
        QVERIFY(!url->displayString().contains(QStringLiteral("s@cret")));
        auto again = DatabaseUrl::parse(url->toString());
        QVERIFY(again.has_value());
        QCOMPARE(again->password, QStringLiteral("s@cret"));
        QCOMPARE(again->schema, QStringLiteral("term1"));
        QCOMPARE(again->port, 5433);
    }

    void sqliteRoundTrips() {
        auto url = DatabaseUrl::parse(QStringLiteral("sqlite:///tmp/a b/lectern.db"));
        QVERIFY(url.has_value());
        QCOMPARE(url->path, QStringLiteral("/tmp/a b/lectern.db"));
        QCOMPARE(DatabaseUrl::parse(url->toString())->path, url->path);
    }

    void rejectsBadUrls_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown scheme") << QStringLiteral("mysql://localhost/x");
        QTest::newRow("relative sqlite path") << QStringLiteral("sqlite:data.db");
        QTest::newRow("postgres without database") << QStringLiteral("postgresql://localhost");
        QTest::newRow("schema with injection")
            << QStringLiteral("postgresql://localhost/db?schema=x;drop");
    }
    void rejectsBadUrls() {
        QFETCH(QString, text);
        auto url = DatabaseUrl::parse(text);
        QVERIFY(!url.has_value());
        QCOMPARE(url.error().code, ErrorCode::Invalid);
        QCOMPARE(url.error().field, QStringLiteral("database"));
    }

    void embeddedIsAnAbsoluteSqliteFile() {
        const DatabaseUrl url = DatabaseUrl::embedded();
        QCOMPARE(url.dialect, Dialect::Sqlite);
        QVERIFY(url.path.endsWith(QStringLiteral("lectern/lectern.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
