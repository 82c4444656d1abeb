#include "pollreport.h"

#include "cells.h"
#include "courseaccess.h"
#include "domain/rules.h"
#include "domain/try.h"
#include "services/access.h"
#include "services/sessionservice.h"

namespace lectern::reports {

Result<QList<PollResultsLine>> PollReport::forSession(const User& actor, Id sessionId) {
    LECTERN_TRY(const QSqlDatabase connection, m_context.database->connection());
    LECTERN_TRY(const SessionInContext found,
                loadSession(connection, m_context.database->dialect(), actor, sessionId));
    LECTERN_CHECK(requireStaff(found.access, QStringLiteral("export poll results")));
    PollService polls(m_context);
    LECTERN_TRY(const QList<LivePoll> asked, polls.listPolls(actor, sessionId));
    QList<PollResultsLine> lines;
    for (const LivePoll& poll : asked) {
        PollResultsLine line{found.session, poll, {}};
        LECTERN_TRY(line.results, polls.getPollResults(actor, poll.id));
        lines << line;
    }
    return lines;
}

Result<QList<PollResultsLine>> PollReport::forCourse(const User& actor, Id courseId,
                                                     const DateRange& range) {
    LECTERN_CHECK(range.check());
    {
        LECTERN_TRY(const QSqlDatabase connection, m_context.database->connection());
        LECTERN_CHECK(requireCourseStanding(connection, actor, courseId, CourseStanding::Staff,
                                            QStringLiteral("export its poll results")));
    }
    SessionFilter filter;
    filter.courseId = courseId;
    filter.withArchived = true; // archived sessions still count
    LECTERN_TRY(QList<LiveSession> sessions, SessionService(m_context).listSessions(actor, filter));
    sessions.removeIf([&range](const LiveSession& s) {
        return s.status == SessionStatus::Cancelled || !range.contains(s.scheduledStart);
    });
    std::ranges::sort(sessions, [](const LiveSession& a, const LiveSession& b) {
        return a.scheduledStart < b.scheduledStart;
    });
    QList<PollResultsLine> lines;
    for (const LiveSession& session : std::as_const(sessions)) {
        LECTERN_TRY(const QList<PollResultsLine> asked, forSession(actor, session.id));
        lines << asked;
    }
    return lines;
}

QStringList PollReport::columns() {
    return {QStringLiteral("session_id"), QStringLiteral("session_title"),
            QStringLiteral("poll_id"),    QStringLiteral("question"),
            QStringLiteral("status"),     QStringLiteral("multiple_answers"),
            QStringLiteral("anonymous"),  QStringLiteral("total_votes"),
            QStringLiteral("option"),     QStringLiteral("votes"),
            QStringLiteral("percentage")};
}

QList<QStringList> PollReport::rows(const QList<PollResultsLine>& lines) {
    QList<QStringList> rows;
    for (const PollResultsLine& line : lines) {
        for (const PollResults::Option& option : line.results.options)
            rows << QStringList{QString::number(line.session.id),
                                line.session.title,
                                QString::number(line.poll.id),
                                line.poll.question,
                                enumName(line.results.status),
                                yesNoCell(line.poll.allowMultipleAnswers),
                                yesNoCell(line.poll.isAnonymous),
                                QString::number(line.results.totalVotes),
                                option.text,
                                QString::number(option.votes),
                                percentCell(option.percentage)};
    }
    return rows;
}

} // namespace lectern::reports
