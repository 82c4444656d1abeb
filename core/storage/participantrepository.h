#pragma once

#include "domain/error.h"
#include "domain/page.h"
#include "domain/sessionparticipant.h"
#include "sql.h"

#include <QSqlDatabase>

#include <optional>

namespace lectern {

// The engagement counters a participant row keeps, bumped with the rows they count.
enum class EngagementCounter { ChatMessages, QuestionsAsked, PollsAnswered };

// A user's place in a session's course and roster, read in one statement because every
// chat message, question and vote needs it.
struct SessionStanding {
    Id courseInstructorId = 0;
    bool enrolled = false;
    std::optional<SessionParticipant> participant;
};

class ParticipantRepository {
public:
    explicit ParticipantRepository(QSqlDatabase connection)
        : m_connection(std::move(connection)) {}

    // The columns read() expects, each prefixed with `alias.` when one is given.
    static QString columns(const QString& alias = {});
    // Reads a participant whose columns start at column `first`.
    static SessionParticipant read(const sql::Rows& row, int first = 0);

    Result<Id> insert(const SessionParticipant& participant);
    Status update(const SessionParticipant& participant);
    Result<std::optional<SessionParticipant>> find(Id sessionId, Id userId);
    Result<SessionStanding> standing(Id courseId, Id sessionId, Id userId);
    Result<SessionParticipant> findById(Id id);
    // In the order they first joined; a page goes on after the cursor's row.
    Result<QList<SessionParticipant>> listBySession(Id sessionId, const Page& page = Page::all());
    // Newest first; a page goes on with the rows older than the cursor's.
    Result<QList<SessionParticipant>> listByUser(Id userId, const Page& page = Page::all());
    Result<qint64> countJoined(Id sessionId);
    // Participants of live sessions whose stint is open, oldest first: who a hub that has just
    // started should expect back on its live channel.
    Result<QList<SessionParticipant>> listOpenStintsInLiveSessions();
    // Ends every open stint of the session at `end`, adding it to duration_seconds.
    Status closeOpenStints(Id sessionId, const QDateTime& end);
    // The seconds attendance counts once a platform's report was merged (schema version 4);
    // nullopt when no report names the participant and their own duration counts.
    Status setMergedSeconds(Id participantId, std::optional<qint64> seconds, const QDateTime& now);
    // Adds one to a counter of the user's participant row, if the user has one.
    Status increment(Id sessionId, Id userId, EngagementCounter counter, const QDateTime& now);

private:
    QSqlDatabase m_connection;
};

} // namespace lectern
