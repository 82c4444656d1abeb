#include "analyticsservice.h"

#include "access.h"
#include "domain/rules.h"
#include "domain/try.h"
#include "storage/sessionrepository.h"

namespace lectern {

QJsonObject SessionAnalytics::toJson() const {
    return QJsonObject{
        {QStringLiteral("session"),
         QJsonObject{{QStringLiteral("title"), title},
                     {QStringLiteral("status"), enumName(status)},
                     {QStringLiteral("scheduled_duration"), scheduledDurationMinutes},
                     {QStringLiteral("actual_duration"), actualDurationMinutes}}},
        {QStringLiteral("participation"),
         QJsonObject{{QStringLiteral("total_registered"), counts.totalRegistered},
                     {QStringLiteral("total_joined"), counts.totalJoined},
                     {QStringLiteral("currently_active"), counts.currentlyActive},
                     {QStringLiteral("attendance_rate"), attendanceRate}}},
        {QStringLiteral("engagement"),
         QJsonObject{{QStringLiteral("total_messages"), counts.totalMessages},
                     {QStringLiteral("total_questions"), counts.totalQuestions},
                     {QStringLiteral("answered_questions"), counts.answeredQuestions},
                     {QStringLiteral("total_polls"), counts.totalPolls},
                     {QStringLiteral("total_poll_votes"), counts.totalPollVotes}}},
        {QStringLiteral("recordings"),
         QJsonObject{{QStringLiteral("count"), counts.recordingCount},
                     {QStringLiteral("total_views"), counts.totalViews}}}};
}

Result<SessionAnalytics> AnalyticsService::getSessionAnalytics(const User& actor, Id sessionId) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(const SessionInContext loaded,
                loadSession(connection, m_context.database->dialect(), actor, sessionId));
    const auto& [session, access] = loaded;
    LECTERN_CHECK(requireManager(access, QStringLiteral("see analytics")));
    SessionAnalytics analytics;
    analytics.title = session.title;
    analytics.status = session.status;
    analytics.scheduledDurationMinutes = session.durationMinutes();
    analytics.actualDurationMinutes = session.actualDurationSeconds(m_context.now()) / 60;
    LECTERN_TRY(analytics.counts, AnalyticsRepository(connection).sessionCounts(session.id));
    analytics.attendanceRate = rules::roundOneDecimal(
        rules::joinRate(analytics.counts.totalJoined, analytics.counts.totalRegistered));
    return analytics;
}

} // namespace lectern
