#include "sessionrepository.h"

#include "sql.h"

namespace lectern {

namespace {
const QString sessionColumns = QStringLiteral(
    "s.id, s.course_id, s.instructor_id, s.title, s.description, s.session_type, "
    "s.scheduled_start, s.scheduled_end, s.actual_start, s.actual_end, s.platform, "
    "s.meeting_link, s.meeting_id, s.meeting_password, s.stream_key, s.channel_name, "
    "s.max_participants, s.enable_chat, s.enable_qa, s.enable_polls, s.enable_recording, "
    "s.status, s.created_at, s.updated_at");

// Counting a big class's roster costs a scan of its participants, so only reads that show the
// counts ask for them.
const QString countColumns =
    QStringLiteral(", (SELECT COUNT(*) FROM session_participants p WHERE p.session_id = s.id), "
                   "(SELECT COUNT(*) FROM session_participants p WHERE p.session_id = s.id "
                   "AND p.status = 'joined')");

LiveSession readSession(const sql::Rows& q) {
    LiveSession s;
    s.id = q.value(0).toLongLong();
    s.courseId = q.value(1).toLongLong();
    s.instructorId = q.value(2).toLongLong();
    s.title = q.value(3).toString();
    s.description = q.value(4).toString();
    s.sessionType = parseEnum<SessionType>(q.value(5).toString()).value_or(SessionType::Class);
    s.scheduledStart = sql::toTime(q.value(6));
    s.scheduledEnd = sql::toTime(q.value(7));
    s.actualStart = sql::toTime(q.value(8));
    s.actualEnd = sql::toTime(q.value(9));
    s.platform = parseEnum<Platform>(q.value(10).toString()).value_or(Platform::Custom);
    s.meetingLink = q.value(11).toString();
    s.meetingId = q.value(12).toString();
    s.meetingPassword = q.value(13).toString();
    s.streamKey = q.value(14).toString();
    s.channelName = q.value(15).toString();
    s.maxParticipants = q.value(16).toInt();
    s.enableChat = q.value(17).toBool();
    s.enableQa = q.value(18).toBool();
    s.enablePolls = q.value(19).toBool();
    s.enableRecording = q.value(20).toBool();
    s.status = parseEnum<SessionStatus>(q.value(21).toString()).value_or(SessionStatus::Scheduled);
    s.createdAt = sql::toTime(q.value(22));
    s.updatedAt = sql::toTime(q.value(23));
    return s;
}

QVariantList writableValues(const LiveSession& s) {
    return {s.courseId,
            s.instructorId,
            s.title,
            sql::fromText(s.description),
            enumName(s.sessionType),
            sql::fromTime(s.scheduledStart),
            sql::fromTime(s.scheduledEnd),
            sql::fromTime(s.actualStart),
            sql::fromTime(s.actualEnd),
            enumName(s.platform),
            sql::fromText(s.meetingLink),
            sql::fromText(s.meetingId),
            sql::fromText(s.meetingPassword),
            sql::fromText(s.streamKey),
            sql::fromText(s.channelName),
            s.maxParticipants,
            s.enableChat,
            s.enableQa,
            s.enablePolls,
            s.enableRecording,
            enumName(s.status),
            sql::fromTime(s.updatedAt)};
}

LiveSession readSessionWithCounts(const sql::Rows& q) {
    LiveSession s = readSession(q);
    s.participantTotal = q.value(24).toLongLong();
    s.joinedNow = q.value(25).toLongLong();
    return s;
}

} // namespace

Result<Id> SessionRepository::insert(const LiveSession& session) {
    QVariantList values = writableValues(session);
    values.append(sql::fromTime(session.createdAt));
    return sql::insert(
        m_connection,
        QStringLiteral("INSERT INTO live_sessions (course_id, instructor_id, title, description, "
                       "session_type, scheduled_start, scheduled_end, actual_start, actual_end, "
                       "platform, meeting_link, meeting_id, meeting_password, stream_key, "
                       "channel_name, max_participants, enable_chat, enable_qa, enable_polls, "
                       "enable_recording, status, updated_at, created_at) VALUES (?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        values);
}

Status SessionRepository::update(const LiveSession& session) {
    QVariantList values = writableValues(session);
    values.append(session.id);
    return sql::updateOne(
        m_connection,
        QStringLiteral("UPDATE live_sessions SET course_id = ?, instructor_id = ?, title = ?, "
                       "description = ?, session_type = ?, scheduled_start = ?, scheduled_end = "
                       "?, actual_start = ?, actual_end = ?, platform = ?, meeting_link = ?, "
                       "meeting_id = ?, meeting_password = ?, stream_key = ?, channel_name = ?, "
                       "max_participants = ?, enable_chat = ?, enable_qa = ?, enable_polls = ?, "
                       "enable_recording = ?, status = ?, updated_at = ? WHERE id = ?"),
        values, QStringLiteral("No session with id %1").arg(session.id));
}

Status SessionRepository::archive(Id id, const QDateTime& at) {
    return sql::updateOne(m_connection,
                          QStringLiteral("UPDATE live_sessions SET archived_at = ? WHERE id = ?"),
                          {sql::fromTime(at), id}, QStringLiteral("No such session"));
}

Result<bool> SessionRepository::isArchived(Id id) {
    auto row = sql::scalar(
        m_connection,
        QStringLiteral("SELECT 1 FROM live_sessions WHERE id = ? AND archived_at IS NOT NULL"),
        {id});
    if (!row)
        return std::unexpected(row.error());
    return row->has_value();
}

Result<std::pair<qint64, qint64>> SessionRepository::attendanceAndParticipants(Id id) {
    auto query = sql::run(
        m_connection,
        QStringLiteral("SELECT (SELECT COUNT(*) FROM session_attendance WHERE session_id = ?), "
                       "(SELECT COUNT(*) FROM session_participants WHERE session_id = ?)"),
        {id, id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::pair<qint64, qint64>{0, 0};
    return std::pair<qint64, qint64>{query->value(0).toLongLong(), query->value(1).toLongLong()};
}

Status SessionRepository::remove(Id id) {
    return sql::updateOne(m_connection, QStringLiteral("DELETE FROM live_sessions WHERE id = ?"),
                          {id}, QStringLiteral("No session with id %1").arg(id));
}

Result<LiveSession> SessionRepository::findWith(Id id, bool counts, const QString& suffix) {
    auto query =
        sql::run(m_connection,
                 QStringLiteral("SELECT ") + sessionColumns + (counts ? countColumns : QString()) +
                     QStringLiteral(" FROM live_sessions s WHERE s.id = ?") + suffix,
                 {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(Error::notFound(QStringLiteral("No session with id %1").arg(id)));
    return counts ? readSessionWithCounts(*query) : readSession(*query);
}

Result<LiveSession> SessionRepository::find(Id id) {
    return findWith(id, false, {});
}

Result<LiveSession> SessionRepository::findWithCounts(Id id) {
    return findWith(id, true, {});
}

Status SessionRepository::lockTimetable(Id instructorId) {
    if (m_dialect != Dialect::Postgres)
        return {};
    // The first key names the lock's purpose, so other advisory locks cannot collide with it.
    auto locked = sql::run(m_connection, QStringLiteral("SELECT pg_advisory_xact_lock(7261637, ?)"),
                           {static_cast<int>(instructorId)});
    if (!locked)
        return std::unexpected(locked.error());
    return {};
}

Result<SessionWithStanding> SessionRepository::findWithStanding(Id sessionId, Id userId) {
    auto query = sql::run(
        m_connection,
        QStringLiteral("SELECT ") + sessionColumns +
            QStringLiteral(", c.instructor_id, EXISTS (SELECT 1 FROM enrollments e WHERE "
                           "e.course_id = s.course_id AND e.user_id = ?), ") +
            ParticipantRepository::columns(QStringLiteral("p")) +
            QStringLiteral(" FROM live_sessions s JOIN courses c ON c.id = s.course_id LEFT JOIN "
                           "session_participants p ON p.session_id = s.id AND p.user_id = ? "
                           "WHERE s.id = ?"),
        {userId, userId, sessionId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(
            Error::notFound(QStringLiteral("No session with id %1").arg(sessionId)));
    constexpr int standingColumn = 24;
    SessionWithStanding result;
    result.session = readSession(*query);
    result.standing.courseInstructorId = query->value(standingColumn).toLongLong();
    result.standing.enrolled = query->value(standingColumn + 1).toBool();
    if (!query->value(standingColumn + 2).isNull())
        result.standing.participant = ParticipantRepository::read(*query, standingColumn + 2);
    return result;
}

Result<LiveSession> SessionRepository::findForUpdate(Id id) {
    return findWith(id, false,
                    m_dialect == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString());
}

Result<QList<LiveSession>> SessionRepository::list(const SessionFilter& filter) {
    if (filter.ids && filter.ids->isEmpty())
        return QList<LiveSession>{};
    QString statement = QStringLiteral("SELECT ") + sessionColumns + countColumns +
                        QStringLiteral(" FROM live_sessions s WHERE 1 = 1");
    QVariantList values;
    if (filter.courseId) {
        statement += QStringLiteral(" AND s.course_id = ?");
        values << *filter.courseId;
    }
    if (filter.status) {
        statement += QStringLiteral(" AND s.status = ?");
        values << enumName(*filter.status);
    }
    if (filter.instructorId) {
        statement += QStringLiteral(" AND s.instructor_id = ?");
        values << *filter.instructorId;
    }
    if (filter.memberId) {
        statement += QStringLiteral(" AND (s.instructor_id = ? OR s.course_id IN (SELECT "
                                    "course_id FROM enrollments WHERE user_id = ? UNION SELECT id "
                                    "FROM courses WHERE instructor_id = ?))");
        values << *filter.memberId << *filter.memberId << *filter.memberId;
    }
    if (filter.startsFrom.isValid()) {
        statement += QStringLiteral(" AND s.scheduled_start >= ?");
        values << sql::fromTime(filter.startsFrom);
    }
    if (filter.startsBefore.isValid()) {
        statement += QStringLiteral(" AND s.scheduled_start < ?");
        values << sql::fromTime(filter.startsBefore);
    }
    if (filter.ids)
        statement += QStringLiteral(" AND s.id IN (") + sql::inList(*filter.ids, values) + u')';
    if (filter.upcomingAt.isValid()) {
        statement += QStringLiteral(" AND (s.status = 'live' OR (s.status = 'scheduled' AND "
                                    "s.scheduled_end > ?))");
        values << sql::fromTime(filter.upcomingAt);
    }
    if (!filter.withArchived)
        statement += QStringLiteral(" AND s.archived_at IS NULL");
    if (filter.page.cursor) {
        statement += QStringLiteral(" AND (s.scheduled_start, s.id) > (SELECT scheduled_start, id "
                                    "FROM live_sessions WHERE id = ?)");
        values << *filter.page.cursor;
    }
    statement +=
        QStringLiteral(" ORDER BY s.scheduled_start, s.id") + sql::limitClause(filter.page, values);
    return sql::readAll(sql::run(m_connection, statement, values), readSessionWithCounts);
}

Result<QList<LiveSession>> SessionRepository::overlapping(Id instructorId, const QDateTime& start,
                                                          const QDateTime& end,
                                                          std::optional<Id> excluding) {
    auto query = sql::run(
        m_connection,
        QStringLiteral("SELECT ") + sessionColumns +
            QStringLiteral(" FROM live_sessions s WHERE s.instructor_id = ? AND s.status <> "
                           "'cancelled' AND s.scheduled_start < ? AND s.scheduled_end > ? AND "
                           "s.id <> ? ORDER BY s.scheduled_start"),
        {instructorId, sql::fromTime(end), sql::fromTime(start), excluding.value_or(0)});
    return sql::readAll(std::move(query), readSession);
}

} // namespace lectern
