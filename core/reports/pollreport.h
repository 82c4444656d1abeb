#pragma once

#include "courseattendance.h"
#include "services/pollservice.h"

namespace lectern::reports {

// One poll's results, with the session it was asked in.
struct PollResultsLine {
    LiveSession session;
    LivePoll poll;
    PollResults results;
};

// Poll results for export, one row per option: for a session's staff (its instructor, the
// course's TAs, admins), who see the counts even of polls that show them only at the end.
class PollReport {
public:
    explicit PollReport(ServiceContext context)
        : m_context(std::move(context)) {}

    Result<QList<PollResultsLine>> forSession(const User& actor, Id sessionId);
    // Every poll of the course's sessions in the range (cancelled sessions have none).
    Result<QList<PollResultsLine>> forCourse(const User& actor, Id courseId,
                                             const DateRange& range);

    static QStringList columns();
    static QList<QStringList> rows(const QList<PollResultsLine>& lines);

private:
    ServiceContext m_context;
};

} // namespace lectern::reports
