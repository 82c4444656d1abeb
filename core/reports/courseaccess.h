#pragma once

#include "domain/error.h"
#include "domain/user.h"

#include <QSqlDatabase>

namespace lectern::reports {

// Who may read a report over a whole course, as the per-session checks would have it:
// managers are the course's instructor and admins; staff are those and the course's TAs.
enum class CourseStanding { Manager, Staff };

// Refuses (Forbidden, naming `action`) anyone below `needed`; NotFound for no such course.
Status requireCourseStanding(const QSqlDatabase& connection, const User& actor, Id courseId,
                             CourseStanding needed, const QString& action);

} // namespace lectern::reports
