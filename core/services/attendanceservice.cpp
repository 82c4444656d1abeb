#include "attendanceservice.h"

#include "access.h"
#include "domain/events.h"
#include "domain/try.h"
#include "domain/validation.h"
#include "storage/attendancechangerepository.h"
#include "storage/attendancerepository.h"
#include "storage/sessionrepository.h"
#include "storage/transaction.h"

namespace lectern {

Result<QList<SessionAttendance>> AttendanceService::getAttendance(const User& actor, Id sessionId) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(const SessionInContext loaded,
                loadSession(connection, m_context.database->dialect(), actor, sessionId));
    const auto& [session, access] = loaded;
    LECTERN_CHECK(requireManager(access, QStringLiteral("see attendance")));
    return AttendanceRepository(connection).listBySession(session.id);
}

Result<QList<AttendanceChange>> AttendanceService::attendanceHistory(const User& actor,
                                                                     Id sessionId) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(const SessionInContext loaded,
                loadSession(connection, m_context.database->dialect(), actor, sessionId));
    LECTERN_CHECK(requireManager(loaded.access, QStringLiteral("see attendance")));
    return AttendanceChangeRepository(connection).listBySession(loaded.session.id);
}

Result<QList<SessionAttendance>> AttendanceService::processAttendance(const User& actor,
                                                                      Id sessionId) {
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    const QSqlDatabase& connection = transaction.connection();
    LECTERN_TRY(const SessionInContext loaded, loadSession(connection, transaction.dialect(), actor,
                                                           sessionId, RowLock::ForUpdate));
    const auto& [session, access] = loaded;
    LECTERN_CHECK(requireManager(access, QStringLiteral("process attendance")));
    if (session.status != SessionStatus::Ended)
        return std::unexpected(
            Error::conflict(QStringLiteral("Attendance is worked out once the session has ended")));
    const QDateTime now = m_context.now();
    AttendanceRepository attendance(connection);
    LECTERN_CHECK(
        attendance.computeForSession(session.id, session.actualDurationSeconds(now), now));
    LECTERN_TRY(QList<SessionAttendance> records, attendance.listBySession(session.id));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::attendanceUpdated, session.id, session.id);
    return records;
}

Result<SessionAttendance> AttendanceService::verifyAttendance(const User& actor, Id attendanceId,
                                                              AttendanceStatus status,
                                                              const QString& notes) {
    LECTERN_TRY(const QString text,
                validation::optionalText(QStringLiteral("notes"), notes, maxAttendanceNotesLength));
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    const QSqlDatabase& connection = transaction.connection();
    AttendanceRepository attendance(connection);
    LECTERN_TRY(SessionAttendance record, attendance.find(attendanceId));
    LECTERN_TRY(const SessionInContext loaded,
                loadSession(connection, transaction.dialect(), actor, record.sessionId));
    const auto& [session, access] = loaded;
    LECTERN_CHECK(requireManager(access, QStringLiteral("verify attendance")));
    const QDateTime now = m_context.now();
    const SessionAttendance before = record;
    record.status = status;
    record.markedPresent = status == AttendanceStatus::Present || status == AttendanceStatus::Late;
    record.notes = text;
    record.verifiedBy = actor.id;
    record.verifiedAt = now;
    record.updatedAt = now;
    LECTERN_CHECK(attendance.saveVerification(record));
    AttendanceChange change;
    change.attendanceId = record.id;
    change.changedBy = actor.id;
    change.changedAt = now;
    change.kind = AttendanceChangeKind::Verify;
    change.statusBefore = before.status;
    change.statusAfter = record.status;
    change.percentageBefore = change.percentageAfter = record.attendancePercentage;
    change.notesBefore = before.notes;
    change.notesAfter = record.notes;
    LECTERN_CHECK(AttendanceChangeRepository(connection).add(change));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::attendanceUpdated, session.id, record.id);
    return record;
}

} // namespace lectern
