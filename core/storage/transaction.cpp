#include "transaction.h"

#include "sql.h"

namespace lectern {

Result<WriteTransaction> WriteTransaction::begin(Database& database) {
    auto connection = database.connection();
    if (!connection)
        return std::unexpected(connection.error());
    const QString statement = database.dialect() == Dialect::Sqlite
                                  ? QStringLiteral("BEGIN IMMEDIATE")
                                  : QStringLiteral("BEGIN");
    if (auto begun = sql::execute(*connection, statement); !begun)
        return std::unexpected(begun.error());
    return WriteTransaction(*connection, database.dialect());
}

WriteTransaction::WriteTransaction(QSqlDatabase connection, Dialect dialect)
    : m_connection(std::move(connection))
    , m_dialect(dialect) {}

WriteTransaction::WriteTransaction(WriteTransaction&& other) noexcept
    : m_connection(other.m_connection)
    , m_dialect(other.m_dialect)
    , m_open(std::exchange(other.m_open, false)) {}

WriteTransaction::~WriteTransaction() {
    if (m_open)
        (void)sql::execute(m_connection, QStringLiteral("ROLLBACK"));
}

Status WriteTransaction::commit() {
    m_open = false;
    if (auto committed = sql::execute(m_connection, QStringLiteral("COMMIT")); !committed) {
        (void)sql::execute(m_connection, QStringLiteral("ROLLBACK"));
        return committed;
    }
    return {};
}

} // namespace lectern
