#include "analyticsrepository.h"

#include "sql.h"

namespace lectern {

Result<SessionCounts> AnalyticsRepository::sessionCounts(Id sessionId) {
    // Poll votes come from the denormalised option counters, so a session with tens of
    // thousands of votes costs a few rows, not a scan of poll_votes.
    auto query = sql::run(
        m_connection,
        QStringLiteral(
            "SELECT "
            "(SELECT COUNT(*) FROM session_participants WHERE session_id = ?), "
            "(SELECT COUNT(*) FROM session_participants WHERE session_id = ? AND joined_at IS NOT "
            "NULL), "
            "(SELECT COUNT(*) FROM session_participants WHERE session_id = ? AND status = "
            "'joined'), "
            "(SELECT COUNT(*) FROM live_chat_messages WHERE session_id = ?), "
            "(SELECT COUNT(*) FROM live_questions WHERE session_id = ?), "
            "(SELECT COUNT(*) FROM live_questions WHERE session_id = ? AND status = 'answered'), "
            "(SELECT COUNT(*) FROM live_polls WHERE session_id = ?), "
            "(SELECT COALESCE(SUM(o.votes_count), 0) FROM poll_options o JOIN live_polls p ON "
            "p.id = o.poll_id WHERE p.session_id = ?), "
            "(SELECT COUNT(*) FROM session_recordings WHERE session_id = ?), "
            "(SELECT COALESCE(SUM(views_count), 0) FROM session_recordings WHERE session_id = ?)"),
        {sessionId, sessionId, sessionId, sessionId, sessionId, sessionId, sessionId, sessionId,
         sessionId, sessionId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(
            Error::storage(QStringLiteral("The analytics query returned nothing")));
    SessionCounts counts;
    counts.totalRegistered = query->value(0).toLongLong();
    counts.totalJoined = query->value(1).toLongLong();
    counts.currentlyActive = query->value(2).toLongLong();
    counts.totalMessages = query->value(3).toLongLong();
    counts.totalQuestions = query->value(4).toLongLong();
    counts.answeredQuestions = query->value(5).toLongLong();
    counts.totalPolls = query->value(6).toLongLong();
    counts.totalPollVotes = query->value(7).toLongLong();
    counts.recordingCount = query->value(8).toLongLong();
    counts.totalViews = query->value(9).toLongLong();
    return counts;
}

} // namespace lectern
