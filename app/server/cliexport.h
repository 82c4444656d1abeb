#pragma once

#include <QStringList>

namespace lectern::cli {

// lectern-server export attendance: a session's attendance as a file, for certification.
int exportAttendance(const QStringList& arguments);
// lectern-server export calendar: a course's schedule, or one session, as an iCalendar file.
int exportCalendar(const QStringList& arguments);

} // namespace lectern::cli
