#pragma once

#include "domain/error.h"
#include "domain/sessionattendance.h"

#include <QSqlDatabase>

namespace lectern {

// The history of changes to attendance records: written in the transaction of the change.
class AttendanceChangeRepository {
public:
    explicit AttendanceChangeRepository(QSqlDatabase connection)
        : m_connection(std::move(connection)) {}

    Result<Id> add(const AttendanceChange& change);
    // Every change to the session's records, oldest first.
    Result<QList<AttendanceChange>> listBySession(Id sessionId);

private:
    QSqlDatabase m_connection;
};

} // namespace lectern
