#include "attendancerepository.h"

#include "sql.h"

namespace lectern {

namespace {
const QString attendanceColumns = QStringLiteral(
    "a.id, a.session_id, a.participant_id, p.user_id, a.marked_present, "
    "a.attendance_percentage, a.status, a.verified_by, a.verified_at, a.notes, a.created_at, "
    "a.updated_at");

SessionAttendance readAttendance(const sql::Rows& q) {
    SessionAttendance a;
    a.id = q.value(0).toLongLong();
    a.sessionId = q.value(1).toLongLong();
    a.participantId = q.value(2).toLongLong();
    a.userId = q.value(3).toLongLong();
    a.markedPresent = q.value(4).toBool();
    a.attendancePercentage = q.value(5).toDouble();
    a.status =
        parseEnum<AttendanceStatus>(q.value(6).toString()).value_or(AttendanceStatus::Absent);
    a.verifiedBy = sql::toOptionalId(q.value(7));
    a.verifiedAt = sql::toTime(q.value(8));
    a.notes = q.value(9).toString();
    a.createdAt = sql::toTime(q.value(10));
    a.updatedAt = sql::toTime(q.value(11));
    return a;
}
} // namespace

Status AttendanceRepository::computeForSession(Id sessionId, qint64 sessionSeconds,
                                               const QDateTime& now) {
    // Presence compares whole seconds (attended * 4 >= session * 3 is exactly >= 75 %), so the
    // threshold never depends on floating-point rounding. The percentage itself stays unrounded.
    const QVariant total = QVariant::fromValue<qint64>(sessionSeconds);
    const QVariant stamp = sql::fromTime(now);
    // Once a platform's report was merged, the union of every source's stints counts.
    auto saved = sql::run(
        m_connection,
        QStringLiteral(
            "INSERT INTO session_attendance (session_id, participant_id, marked_present, "
            "attendance_percentage, status, created_at, updated_at) "
            "SELECT p.session_id, p.id, "
            "CASE WHEN ? > 0 AND {ATTENDED} * 4 >= ? * 3 THEN 1 ELSE 0 END = 1, "
            "CASE WHEN ? > 0 THEN {ATTENDED} * 100.0 / ? ELSE 0 END, "
            "CASE WHEN ? > 0 AND {ATTENDED} * 4 >= ? * 3 THEN 'present' ELSE 'absent' "
            "END, ?, ? FROM session_participants p WHERE p.session_id = ? "
            "ON CONFLICT (participant_id) DO UPDATE SET "
            "attendance_percentage = excluded.attendance_percentage, "
            "marked_present = CASE WHEN session_attendance.verified_at IS NULL THEN "
            "excluded.marked_present ELSE session_attendance.marked_present END, "
            "status = CASE WHEN session_attendance.verified_at IS NULL THEN excluded.status ELSE "
            "session_attendance.status END, updated_at = excluded.updated_at")
            .replace(QStringLiteral("{ATTENDED}"),
                     QStringLiteral("COALESCE(p.merged_seconds, p.duration_seconds)")),
        {total, total, total, total, total, total, stamp, stamp, sessionId});
    if (!saved)
        return std::unexpected(saved.error());
    return {};
}

Result<QList<SessionAttendance>> AttendanceRepository::listBySession(Id sessionId) {
    auto query = sql::run(m_connection,
                          QStringLiteral("SELECT ") + attendanceColumns +
                              QStringLiteral(" FROM session_attendance a JOIN "
                                             "session_participants p ON p.id = a.participant_id "
                                             "WHERE a.session_id = ? ORDER BY a.id"),
                          {sessionId});
    return sql::readAll(std::move(query), readAttendance);
}

Result<SessionAttendance> AttendanceRepository::find(Id id) {
    auto query = sql::run(m_connection,
                          QStringLiteral("SELECT ") + attendanceColumns +
                              QStringLiteral(" FROM session_attendance a JOIN "
                                             "session_participants p ON p.id = a.participant_id "
                                             "WHERE a.id = ?"),
                          {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(
            Error::notFound(QStringLiteral("No attendance record with id %1").arg(id)));
    return readAttendance(*query);
}

Status AttendanceRepository::saveVerification(const SessionAttendance& a) {
    return sql::updateOne(m_connection,
                          QStringLiteral("UPDATE session_attendance SET marked_present = ?, status "
                                         "= ?, verified_by = ?, verified_at = ?, notes = ?, "
                                         "updated_at = ? WHERE id = ?"),
                          {a.markedPresent, enumName(a.status), sql::fromOptionalId(a.verifiedBy),
                           sql::fromTime(a.verifiedAt), sql::fromText(a.notes),
                           sql::fromTime(a.updatedAt), a.id},
                          QStringLiteral("No attendance record with id %1").arg(a.id));
}

} // namespace lectern
