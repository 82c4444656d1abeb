#pragma once

#include "storage/database.h"

#include <QString>
#include <QTest>

#include <memory>

namespace lectern::test {

// A fresh, migrated database for one test: a new SQLite file in a temporary folder, or a new
// schema on the PostgreSQL server named by LECTERN_TEST_DATABASE_URL, dropped afterwards.
// LECTERN_TEST_BACKEND (sqlite|postgres) picks which; ctest runs storage tests on both.
class TestDatabase {
public:
    ~TestDatabase();

    static std::unique_ptr<TestDatabase> create();

    Dialect dialect() const { return m_url.dialect; }
    const DatabaseUrl& url() const { return m_url; }
    // The same database reached through another port on loopback (a test::TcpRelay's).
    DatabaseUrl urlThrough(quint16 port) const;
    std::shared_ptr<Database> database() const { return m_database; }
    // Why no database could be had; empty when there is one.
    QString problem() const { return m_problem; }
    // True when PostgreSQL is simply not configured here and this is no CI run.
    bool skippable() const { return m_skippable; }

private:
    TestDatabase() = default;

    DatabaseUrl m_url;
    std::shared_ptr<Database> m_database;
    QString m_problem;
    bool m_skippable = false;
    QString m_folder;
};

} // namespace lectern::test

// Opens a fresh database into `holder` or ends the current test function: a skip where
// PostgreSQL is not configured outside CI, a failure otherwise.
#define LECTERN_OPEN_TEST_DATABASE(holder)                                                         \
    do {                                                                                           \
        holder = ::lectern::test::TestDatabase::create();                                          \
        if (!holder->problem().isEmpty()) {                                                        \
            if (holder->skippable())                                                               \
                QSKIP(qPrintable(holder->problem()));                                              \
            QFAIL(qPrintable(holder->problem()));                                                  \
        }                                                                                          \
    } while (false)

// Checks a std::expected holds a value, showing the core's message when it does not.
// `result` is evaluated once: it is usually the service call under test.
#define LECTERN_VERIFY_OK(result)                                                                  \
    do {                                                                                           \
        const auto& lecternOk = (result);                                                          \
        QVERIFY2(lecternOk.has_value(),                                                            \
                 lecternOk.has_value() ? "" : qPrintable(lecternOk.error().message));              \
    } while (false)

// Checks a std::expected holds an error with the given code.
#define LECTERN_VERIFY_ERROR(result, expectedCode)                                                 \
    do {                                                                                           \
        const auto& lecternResult = (result);                                                      \
        QVERIFY2(!lecternResult.has_value(), "expected an error, got a value");                    \
        QCOMPARE(::lectern::errorCodeName(lecternResult.error().code),                             \
                 ::lectern::errorCodeName(expectedCode));                                          \
    } while (false)
