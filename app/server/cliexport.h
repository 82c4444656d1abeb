#pragma once

#include <QStringList>

namespace lectern::cli {

// lectern-server export attendance: a session's attendance as a file, for certification.
int exportAttendance(const QStringList& arguments);

} // namespace lectern::cli
