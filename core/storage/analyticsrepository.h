#pragma once

#include "domain/error.h"
#include "domain/user.h"

#include <QSqlDatabase>

namespace lectern {

// The counts behind get_session_analytics, gathered in one statement.
struct SessionCounts {
    qint64 totalRegistered = 0;
    qint64 totalJoined = 0;
    qint64 currentlyActive = 0;
    qint64 totalMessages = 0;
    qint64 totalQuestions = 0;
    qint64 answeredQuestions = 0;
    qint64 totalPolls = 0;
    qint64 totalPollVotes = 0;
    qint64 recordingCount = 0;
    qint64 totalViews = 0;
};

class AnalyticsRepository {
public:
    explicit AnalyticsRepository(QSqlDatabase connection)
        : m_connection(std::move(connection)) {}

    Result<SessionCounts> sessionCounts(Id sessionId);

private:
    QSqlDatabase m_connection;
};

} // namespace lectern
