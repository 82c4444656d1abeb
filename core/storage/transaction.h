#pragma once

#include "database.h"

namespace lectern {

// A write transaction on the calling thread's connection, rolled back unless committed.
// SQLite gets BEGIN IMMEDIATE so concurrent writers queue on the busy timeout instead of
// failing with SQLITE_BUSY halfway through.
class WriteTransaction {
public:
    static Result<WriteTransaction> begin(Database& database);
    WriteTransaction(WriteTransaction&& other) noexcept;
    WriteTransaction& operator=(WriteTransaction&&) = delete;
    WriteTransaction(const WriteTransaction&) = delete;
    ~WriteTransaction();

    const QSqlDatabase& connection() const { return m_connection; }
    Dialect dialect() const { return m_dialect; }
    Status commit();

private:
    WriteTransaction(QSqlDatabase connection, Dialect dialect);

    QSqlDatabase m_connection;
    Dialect m_dialect;
    bool m_open = true;
};

} // namespace lectern
