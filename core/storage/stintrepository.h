#pragma once

#include "domain/enums.h"
#include "domain/error.h"
#include "domain/user.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace lectern {

// One span of presence of a participant, as the hub or a meeting platform saw it.
struct AttendanceStint {
    Id participantId = 0;
    StintSource source = StintSource::Hub;
    QDateTime startedAt;
    QDateTime endedAt;
};

// Every stint kept, so that a platform's report can be merged with the hub's own and overlaps
// count once.
class StintRepository {
public:
    explicit StintRepository(QSqlDatabase connection)
        : m_connection(std::move(connection)) {}

    Status add(const AttendanceStint& stint);
    // Keeps the session's open stints, ended at `end`, before ParticipantRepository closes them.
    Status addOpenStintsOfSession(Id sessionId, const QDateTime& end);
    // Replaces what `source` said about the session with `stints` (an import made again).
    Status replaceFromSource(Id sessionId, StintSource source,
                             const QList<AttendanceStint>& stints);
    // Every stint of the session's participants, by participant.
    Result<QHash<Id, QList<AttendanceStint>>> listBySession(Id sessionId);

private:
    QSqlDatabase m_connection;
};

} // namespace lectern
