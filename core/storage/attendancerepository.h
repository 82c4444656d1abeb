#pragma once

#include "domain/error.h"
#include "domain/sessionattendance.h"

#include <QSqlDatabase>

namespace lectern {

class AttendanceRepository {
public:
    explicit AttendanceRepository(QSqlDatabase connection)
        : m_connection(std::move(connection)) {}

    // Writes one record per participant of the session from their attended seconds, in one
    // statement. Records a person verified keep their status; only the figure moves.
    Status computeForSession(Id sessionId, qint64 sessionSeconds, const QDateTime& now);
    Result<QList<SessionAttendance>> listBySession(Id sessionId);
    Result<SessionAttendance> find(Id id);
    Status saveVerification(const SessionAttendance& attendance);

private:
    QSqlDatabase m_connection;
};

} // namespace lectern
