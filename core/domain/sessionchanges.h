#pragma once

#include "domain/livesession.h"

#include <QStringList>

namespace lectern {

// A saved session and what the instructor should be told about it.
struct ScheduledSession {
    LiveSession session;
    QStringList warnings; // e.g. it starts less than an hour from now
};

// What removing a session did, or would do.
struct SessionRemoval {
    bool archived = false;        // kept for reports, out of schedules
    qint64 attendanceRecords = 0; // kept with it when archived; deleted with it otherwise
    qint64 participants = 0;      // deleted with it
};

} // namespace lectern
