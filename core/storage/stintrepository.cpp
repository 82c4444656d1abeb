#include "stintrepository.h"

#include "sql.h"

namespace lectern {

Status StintRepository::add(const AttendanceStint& stint) {
    auto added =
        sql::run(m_connection,
                 QStringLiteral("INSERT INTO attendance_stints (participant_id, source, "
                                "started_at, ended_at) VALUES (?, ?, ?, ?)"),
                 {stint.participantId, enumName(stint.source), sql::fromTime(stint.startedAt),
                  sql::fromTime(std::max(stint.startedAt, stint.endedAt))});
    if (!added)
        return std::unexpected(added.error());
    return {};
}

Status StintRepository::addOpenStintsOfSession(Id sessionId, const QDateTime& end) {
    const QVariant endMs = sql::fromTime(end);
    auto added = sql::run(
        m_connection,
        QStringLiteral("INSERT INTO attendance_stints (participant_id, source, started_at, "
                       "ended_at) SELECT id, 'hub', stint_started_at, CASE WHEN stint_started_at "
                       "< ? THEN ? ELSE stint_started_at END FROM session_participants WHERE "
                       "session_id = ? AND stint_started_at IS NOT NULL"),
        {endMs, endMs, sessionId});
    if (!added)
        return std::unexpected(added.error());
    return {};
}

Status StintRepository::replaceFromSource(Id sessionId, StintSource source,
                                          const QList<AttendanceStint>& stints) {
    auto removed = sql::run(m_connection,
                            QStringLiteral("DELETE FROM attendance_stints WHERE source = ? AND "
                                           "participant_id IN (SELECT id FROM "
                                           "session_participants WHERE session_id = ?)"),
                            {enumName(source), sessionId});
    if (!removed)
        return std::unexpected(removed.error());
    for (AttendanceStint stint : stints) {
        stint.source = source;
        if (auto added = add(stint); !added)
            return added;
    }
    return {};
}

Result<QHash<Id, QList<AttendanceStint>>> StintRepository::listBySession(Id sessionId) {
    auto rows = sql::run(m_connection,
                         QStringLiteral("SELECT t.participant_id, t.source, t.started_at, "
                                        "t.ended_at FROM attendance_stints t JOIN "
                                        "session_participants p ON p.id = t.participant_id WHERE "
                                        "p.session_id = ? ORDER BY t.participant_id, t.started_at"),
                         {sessionId});
    if (!rows)
        return std::unexpected(rows.error());
    QHash<Id, QList<AttendanceStint>> byParticipant;
    while (rows->next()) {
        AttendanceStint stint;
        stint.participantId = rows->value(0).toLongLong();
        stint.source = parseEnum<StintSource>(rows->value(1).toString()).value_or(StintSource::Hub);
        stint.startedAt = sql::toTime(rows->value(2));
        stint.endedAt = sql::toTime(rows->value(3));
        byParticipant[stint.participantId].append(stint);
    }
    return byParticipant;
}

} // namespace lectern
