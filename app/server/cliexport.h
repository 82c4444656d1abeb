#pragma once

#include <QStringList>

namespace lectern::cli {

// lectern-server export attendance: a session's or a course's attendance, for certification.
int exportAttendance(const QStringList& arguments);
// lectern-server export polls: poll results, one line per option.
int exportPolls(const QStringList& arguments);
// lectern-server export calendar: a course's schedule, or one session, as an iCalendar file.
int exportCalendar(const QStringList& arguments);

} // namespace lectern::cli
