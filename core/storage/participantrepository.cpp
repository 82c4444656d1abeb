#include "participantrepository.h"

#include "sql.h"
#include "stintrepository.h"

namespace lectern {

namespace {
const QString participantColumns = QStringLiteral(
    "id, session_id, user_id, status, joined_at, left_at, stint_started_at, duration_seconds, "
    "chat_messages_count, questions_asked, polls_answered, can_unmute, can_share_screen, "
    "is_moderator, created_at, updated_at, merged_seconds");

} // namespace

QString ParticipantRepository::columns(const QString& alias) {
    if (alias.isEmpty())
        return participantColumns;
    QString prefixed = alias + u'.' + participantColumns;
    return prefixed.replace(QStringLiteral(", "), QStringLiteral(", ") + alias + u'.');
}

SessionParticipant ParticipantRepository::read(const sql::Rows& row, int first) {
    struct Shifted {
        const sql::Rows& rows;
        int offset;
        QVariant value(int column) const { return rows.value(offset + column); }
    } q{row, first};
    SessionParticipant p;
    p.id = q.value(0).toLongLong();
    p.sessionId = q.value(1).toLongLong();
    p.userId = q.value(2).toLongLong();
    p.status =
        parseEnum<ParticipantStatus>(q.value(3).toString()).value_or(ParticipantStatus::Registered);
    p.joinedAt = sql::toTime(q.value(4));
    p.leftAt = sql::toTime(q.value(5));
    p.stintStartedAt = sql::toTime(q.value(6));
    p.durationSeconds = q.value(7).toLongLong();
    p.chatMessagesCount = q.value(8).toInt();
    p.questionsAsked = q.value(9).toInt();
    p.pollsAnswered = q.value(10).toInt();
    p.canUnmute = q.value(11).toBool();
    p.canShareScreen = q.value(12).toBool();
    p.isModerator = q.value(13).toBool();
    p.createdAt = sql::toTime(q.value(14));
    p.updatedAt = sql::toTime(q.value(15));
    if (!q.value(16).isNull())
        p.mergedSeconds = q.value(16).toLongLong();
    return p;
}

namespace {
SessionParticipant readParticipant(const sql::Rows& row) {
    return ParticipantRepository::read(row);
}

QString counterColumn(EngagementCounter counter) {
    switch (counter) {
    case EngagementCounter::ChatMessages:
        return QStringLiteral("chat_messages_count");
    case EngagementCounter::QuestionsAsked:
        return QStringLiteral("questions_asked");
    case EngagementCounter::PollsAnswered:
        return QStringLiteral("polls_answered");
    }
    return QStringLiteral("chat_messages_count");
}
} // namespace

Result<Id> ParticipantRepository::insert(const SessionParticipant& p) {
    return sql::insert(
        m_connection,
        QStringLiteral("INSERT INTO session_participants (session_id, user_id, status, joined_at, "
                       "left_at, stint_started_at, duration_seconds, can_unmute, "
                       "can_share_screen, is_moderator, created_at, updated_at) VALUES (?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {p.sessionId, p.userId, enumName(p.status), sql::fromTime(p.joinedAt),
         sql::fromTime(p.leftAt), sql::fromTime(p.stintStartedAt), p.durationSeconds, p.canUnmute,
         p.canShareScreen, p.isModerator, sql::fromTime(p.createdAt), sql::fromTime(p.updatedAt)});
}

Status ParticipantRepository::update(const SessionParticipant& p) {
    // Counters are left alone: they only ever move by increment().
    return sql::updateOne(
        m_connection,
        QStringLiteral("UPDATE session_participants SET status = ?, joined_at = ?, left_at = ?, "
                       "stint_started_at = ?, duration_seconds = ?, can_unmute = ?, "
                       "can_share_screen = ?, is_moderator = ?, updated_at = ? WHERE id = ?"),
        {enumName(p.status), sql::fromTime(p.joinedAt), sql::fromTime(p.leftAt),
         sql::fromTime(p.stintStartedAt), p.durationSeconds, p.canUnmute, p.canShareScreen,
         p.isModerator, sql::fromTime(p.updatedAt), p.id},
        QStringLiteral("No participant with id %1").arg(p.id));
}

Result<std::optional<SessionParticipant>> ParticipantRepository::find(Id sessionId, Id userId) {
    auto query = sql::run(m_connection,
                          QStringLiteral("SELECT ") + participantColumns +
                              QStringLiteral(" FROM session_participants WHERE session_id = ? "
                                             "AND user_id = ?"),
                          {sessionId, userId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<SessionParticipant>{};
    return std::optional<SessionParticipant>{readParticipant(*query)};
}

Result<SessionStanding> ParticipantRepository::standing(Id courseId, Id sessionId, Id userId) {
    auto query = sql::run(
        m_connection,
        QStringLiteral("SELECT c.instructor_id, EXISTS (SELECT 1 FROM enrollments e WHERE "
                       "e.course_id = c.id AND e.user_id = ?), ") +
            columns(QStringLiteral("p")) +
            QStringLiteral(" FROM courses c LEFT JOIN session_participants p ON p.session_id = ? "
                           "AND p.user_id = ? WHERE c.id = ?"),
        {userId, sessionId, userId, courseId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(
            Error::notFound(QStringLiteral("No course with id %1").arg(courseId)));
    SessionStanding standing;
    standing.courseInstructorId = query->value(0).toLongLong();
    standing.enrolled = query->value(1).toBool();
    if (!query->value(2).isNull())
        standing.participant = read(*query, 2);
    return standing;
}

Result<SessionParticipant> ParticipantRepository::findById(Id id) {
    auto query = sql::run(m_connection,
                          QStringLiteral("SELECT ") + participantColumns +
                              QStringLiteral(" FROM session_participants WHERE id = ?"),
                          {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(
            Error::notFound(QStringLiteral("No participant with id %1").arg(id)));
    return readParticipant(*query);
}

namespace {
enum class IdOrder { Oldest, Newest };

// The rows whose `column` is `value`, one page of them in id order (a page goes on past its
// cursor in that order).
Result<QList<SessionParticipant>> pageOfRows(const QSqlDatabase& connection, QStringView column,
                                             Id value, const Page& page, IdOrder order) {
    QString statement = QStringLiteral("SELECT ") + participantColumns +
                        QStringLiteral(" FROM session_participants WHERE ") + column +
                        QStringLiteral(" = ?");
    QVariantList values{value};
    const bool oldestFirst = order == IdOrder::Oldest;
    if (page.cursor) {
        statement += oldestFirst ? QStringLiteral(" AND id > ?") : QStringLiteral(" AND id < ?");
        values << *page.cursor;
    }
    statement +=
        (oldestFirst ? QStringLiteral(" ORDER BY id") : QStringLiteral(" ORDER BY id DESC")) +
        sql::limitClause(page, values);
    return sql::readAll(sql::run(connection, statement, values), readParticipant);
}
} // namespace

Result<QList<SessionParticipant>> ParticipantRepository::listBySession(Id sessionId,
                                                                       const Page& page) {
    return pageOfRows(m_connection, u"session_id", sessionId, page, IdOrder::Oldest);
}

Result<QList<SessionParticipant>> ParticipantRepository::listByUser(Id userId, const Page& page) {
    return pageOfRows(m_connection, u"user_id", userId, page, IdOrder::Newest);
}

Result<QList<SessionParticipant>> ParticipantRepository::listOpenStintsInLiveSessions() {
    return sql::readAll(
        sql::run(m_connection,
                 QStringLiteral("SELECT ") + columns(QStringLiteral("p")) +
                     QStringLiteral(" FROM session_participants p JOIN live_sessions s ON s.id = "
                                    "p.session_id WHERE s.status = 'live' AND p.status = 'joined' "
                                    "AND p.stint_started_at IS NOT NULL ORDER BY p.id")),
        readParticipant);
}

Result<qint64> ParticipantRepository::countJoined(Id sessionId) {
    auto value = sql::scalar(m_connection,
                             QStringLiteral("SELECT COUNT(*) FROM session_participants WHERE "
                                            "session_id = ? AND status = 'joined'"),
                             {sessionId});
    if (!value)
        return std::unexpected(value.error());
    return (*value)->toLongLong();
}

Status ParticipantRepository::closeOpenStints(Id sessionId, const QDateTime& end) {
    // The stints are kept first: the update below forgets where they started.
    if (auto kept = StintRepository(m_connection).addOpenStintsOfSession(sessionId, end); !kept)
        return kept;
    const QVariant endMs = sql::fromTime(end);
    // Whole seconds, like every duration; a stint that began after `end` adds nothing.
    auto closed = sql::run(
        m_connection,
        QStringLiteral("UPDATE session_participants SET duration_seconds = duration_seconds + "
                       "CASE WHEN stint_started_at < ? THEN (? - stint_started_at) / 1000 ELSE 0 "
                       "END, stint_started_at = NULL, left_at = ?, status = CASE WHEN status = "
                       "'joined' THEN 'left' ELSE status END, updated_at = ? WHERE session_id = ? "
                       "AND stint_started_at IS NOT NULL"),
        {endMs, endMs, endMs, endMs, sessionId});
    if (!closed)
        return std::unexpected(closed.error());
    return {};
}

Status ParticipantRepository::setMergedSeconds(Id participantId, std::optional<qint64> seconds,
                                               const QDateTime& now) {
    return sql::updateOne(
        m_connection,
        QStringLiteral("UPDATE session_participants SET merged_seconds = ?, "
                       "updated_at = ? WHERE id = ?"),
        {seconds ? QVariant::fromValue(*seconds) : QVariant(QMetaType::fromType<qint64>()),
         sql::fromTime(now), participantId},
        QStringLiteral("No participant with id %1").arg(participantId));
}

Status ParticipantRepository::increment(Id sessionId, Id userId, EngagementCounter counter,
                                        const QDateTime& now) {
    const QString column = counterColumn(counter);
    auto done = sql::run(m_connection,
                         QStringLiteral("UPDATE session_participants SET ") + column +
                             QStringLiteral(" = ") + column +
                             QStringLiteral(" + 1, updated_at = ? WHERE session_id = ? AND "
                                            "user_id = ?"),
                         {sql::fromTime(now), sessionId, userId});
    if (!done)
        return std::unexpected(done.error());
    return {};
}

} // namespace lectern
