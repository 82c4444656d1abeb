#include "attendancechangerepository.h"

#include "sql.h"

namespace lectern {

namespace {
AttendanceChange readChange(const sql::Rows& q) {
    AttendanceChange c;
    c.id = q.value(0).toLongLong();
    c.attendanceId = q.value(1).toLongLong();
    c.changedBy = sql::toOptionalId(q.value(2));
    c.changedByName = q.value(3).toString();
    c.changedAt = sql::toTime(q.value(4));
    c.kind = parseEnum<AttendanceChangeKind>(q.value(5).toString())
                 .value_or(AttendanceChangeKind::Verify);
    c.statusBefore =
        parseEnum<AttendanceStatus>(q.value(6).toString()).value_or(AttendanceStatus::Absent);
    c.statusAfter =
        parseEnum<AttendanceStatus>(q.value(7).toString()).value_or(AttendanceStatus::Absent);
    c.percentageBefore = q.value(8).toDouble();
    c.percentageAfter = q.value(9).toDouble();
    c.notesBefore = q.value(10).toString();
    c.notesAfter = q.value(11).toString();
    c.detail = q.value(12).toString();
    return c;
}
} // namespace

Result<Id> AttendanceChangeRepository::add(const AttendanceChange& c) {
    return sql::insert(
        m_connection,
        QStringLiteral("INSERT INTO attendance_changes (attendance_id, changed_by, changed_at, "
                       "kind, status_before, status_after, percentage_before, percentage_after, "
                       "notes_before, notes_after, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?) RETURNING id"),
        {c.attendanceId, sql::fromOptionalId(c.changedBy), sql::fromTime(c.changedAt),
         enumName(c.kind), enumName(c.statusBefore), enumName(c.statusAfter), c.percentageBefore,
         c.percentageAfter, sql::fromText(c.notesBefore), sql::fromText(c.notesAfter),
         sql::fromText(c.detail)});
}

Result<QList<AttendanceChange>> AttendanceChangeRepository::listBySession(Id sessionId) {
    return sql::readAll(
        sql::run(m_connection,
                 QStringLiteral("SELECT c.id, c.attendance_id, c.changed_by, COALESCE(u.name, ''), "
                                "c.changed_at, c.kind, c.status_before, c.status_after, "
                                "c.percentage_before, c.percentage_after, c.notes_before, "
                                "c.notes_after, c.detail FROM attendance_changes c JOIN "
                                "session_attendance a ON a.id = c.attendance_id LEFT JOIN users u "
                                "ON u.id = c.changed_by WHERE a.session_id = ? ORDER BY c.id"),
                 {sessionId}),
        readChange);
}

} // namespace lectern
