#pragma once

#include "domain/sessionattendance.h"
#include "domain/sessionrecording.h"
#include "domain/sessionrights.h"
#include "domain/user.h"

#include <QHash>
#include <QList>

namespace lectern {

// An ended session's recordings and attendance, as the Recordings tab shows them.
struct SessionRecords {
    SessionRights rights;
    QList<SessionRecording> recordings;
    QHash<Id, qint64> completions; // recording id -> people who finished it (managers only)
    QList<SessionAttendance> attendance;
    QHash<Id, User> people;    // the attendees and whoever verified them
    QString attendanceProblem; // why there is no attendance to show (not a manager)
};

} // namespace lectern
