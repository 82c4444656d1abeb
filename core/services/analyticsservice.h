#pragma once

#include "servicecontext.h"
#include "storage/analyticsrepository.h"

#include <QJsonObject>

namespace lectern {

// get_session_analytics in the spec's shape.
struct SessionAnalytics {
    QString title;
    SessionStatus status = SessionStatus::Scheduled;
    qint64 scheduledDurationMinutes = 0;
    qint64 actualDurationMinutes = 0;
    double attendanceRate = 0.0; // joined / registered, one decimal
    SessionCounts counts;

    QJsonObject toJson() const;
};

class AnalyticsService {
public:
    explicit AnalyticsService(ServiceContext context)
        : m_context(std::move(context)) {}

    Result<SessionAnalytics> getSessionAnalytics(const User& actor, Id sessionId);

private:
    ServiceContext m_context;
};

} // namespace lectern
