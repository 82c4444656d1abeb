#pragma once

#include "domain/error.h"
#include "domain/livesession.h"
#include "domain/page.h"
#include "storage/databaseurl.h"
#include "storage/participantrepository.h"

#include <QSqlDatabase>

#include <optional>

namespace lectern {

struct SessionFilter {
    std::optional<Id> courseId;
    std::optional<SessionStatus> status;
    std::optional<Id> instructorId;
    // Only sessions this user hosts, or of courses they are enrolled in or teach.
    std::optional<Id> memberId;
    QDateTime startsFrom; // scheduled_start >= this, when valid
    QDateTime startsBefore;
    // Archived sessions (ended with attendance, then deleted) are out of schedules; reports
    // ask for them.
    bool withArchived = false;
    // Only these sessions, when given.
    std::optional<QList<Id>> ids;
    // Only sessions live or still to come at this time (scheduled, not yet over), when valid.
    QDateTime upcomingAt;
    // In the list's order (by start): a page goes on after the cursor's session.
    Page page;
};

struct SessionWithStanding {
    LiveSession session;
    SessionStanding standing;
};

class SessionRepository {
public:
    SessionRepository(QSqlDatabase connection, Dialect dialect)
        : m_connection(std::move(connection))
        , m_dialect(dialect) {}

    Result<Id> insert(const LiveSession& session);
    Status update(const LiveSession& session);
    Status remove(Id id);
    // Takes an ended session out of schedules, keeping it and its attendance for reports.
    Status archive(Id id, const QDateTime& at);
    Result<bool> isArchived(Id id);
    // What deleting the session would take with it: attendance records and participants.
    Result<std::pair<qint64, qint64>> attendanceAndParticipants(Id id);
    // The session's row; participantTotal and joinedNow stay 0.
    Result<LiveSession> find(Id id);
    // The session and the user's standing in it, in one statement: almost every service call
    // needs both.
    Result<SessionWithStanding> findWithStanding(Id sessionId, Id userId);
    // Serialises changes to one instructor's timetable until the transaction ends (PostgreSQL
    // advisory lock; SQLite's write lock already does it), so two overlapping sessions cannot
    // both pass the overlap check.
    Status lockTimetable(Id instructorId);
    // As find(), with the roster counts filled in.
    Result<LiveSession> findWithCounts(Id id);
    // Reads the row and, on PostgreSQL, locks it until the transaction ends so that joins
    // and status changes of one session take turns. SQLite's write lock already does that.
    Result<LiveSession> findForUpdate(Id id);
    // With roster counts.
    Result<QList<LiveSession>> list(const SessionFilter& filter);
    // Non-cancelled sessions of `instructorId` whose scheduled time overlaps [start, end).
    Result<QList<LiveSession>> overlapping(Id instructorId, const QDateTime& start,
                                           const QDateTime& end, std::optional<Id> excluding);

private:
    Result<LiveSession> findWith(Id id, bool counts, const QString& suffix);

    QSqlDatabase m_connection;
    Dialect m_dialect;
};

} // namespace lectern
