#include "testdatabase.h"

#include "storage/sql.h"

#include <QDir>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace lectern::test {

namespace {
QString randomSuffix() {
    return QString::number(QRandomGenerator::global()->generate64(), 36);
}
} // namespace

std::unique_ptr<TestDatabase> TestDatabase::create() {
    std::unique_ptr<TestDatabase> result(new TestDatabase);
    const QString backend = qEnvironmentVariable("LECTERN_TEST_BACKEND", QStringLiteral("sqlite"));
    if (backend == u"postgres") {
        const QString url = qEnvironmentVariable("LECTERN_TEST_DATABASE_URL");
        if (url.isEmpty()) {
            // Only the skip's wording matches ctest's SKIP_REGULAR_EXPRESSION: in CI a missing
            // server must show as a failure.
            result->m_skippable = qEnvironmentVariable("CI") != u"true";
            result->m_problem =
                result->m_skippable
                    ? QStringLiteral("LECTERN_TEST_DATABASE_URL is not set, so there is no "
                                     "PostgreSQL to test on")
                    : QStringLiteral("CI requires PostgreSQL, but LECTERN_TEST_DATABASE_URL is "
                                     "not set");
            return result;
        }
        auto parsed = DatabaseUrl::parse(url);
        if (!parsed || parsed->dialect != Dialect::Postgres) {
            result->m_problem =
                QStringLiteral("LECTERN_TEST_DATABASE_URL is not a PostgreSQL URL: %1").arg(url);
            return result;
        }
        result->m_url = *parsed;
        result->m_url.schema = QStringLiteral("lectern_test_") + randomSuffix();
    } else {
        result->m_folder = QDir::temp().filePath(QStringLiteral("lectern-test-") + randomSuffix());
        result->m_url.dialect = Dialect::Sqlite;
        result->m_url.path = QDir(result->m_folder).filePath(QStringLiteral("lectern.sqlite"));
    }
    auto opened = Database::open(result->m_url);
    if (!opened) {
        result->m_problem = opened.error().message;
        return result;
    }
    result->m_database = *opened;
    return result;
}

DatabaseUrl TestDatabase::urlThrough(quint16 port) const {
    DatabaseUrl url = m_url;
    url.host = QStringLiteral("127.0.0.1");
    url.port = port;
    return url;
}

TestDatabase::~TestDatabase() {
    if (m_database && m_url.dialect == Dialect::Postgres) {
        if (auto connection = m_database->connection())
            (void)sql::execute(*connection, QStringLiteral("DROP SCHEMA IF EXISTS ") +
                                                m_url.schema + QStringLiteral(" CASCADE"));
    }
    m_database.reset();
    if (!m_folder.isEmpty())
        QDir(m_folder).removeRecursively();
}

} // namespace lectern::test
