#pragma once

#include "domain/course.h"
#include "domain/livesession.h"
#include "domain/user.h"

#include <QList>
#include <QSet>

#include <optional>

namespace lectern {

// The Schedule tab: the sessions asked for, and what the user may do with them.
struct Schedule {
    QList<LiveSession> sessions;
    QList<Course> courses;     // the user's courses: the filter, and the sessions' course titles
    QList<Course> schedulable; // those the user may schedule sessions for
    QList<User> hosts;         // for admins: who may host a session
    QSet<Id> runs;             // the sessions listed that the user runs (may change, start)
    std::optional<LiveSession> next; // the user's running or next session, for the banner
};

} // namespace lectern
