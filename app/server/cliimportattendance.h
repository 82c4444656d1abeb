#pragma once

#include <QStringList>

namespace lectern::cli {

// lectern-server import attendance --session ID report.csv: a Zoom, Teams or Meet attendance
// report previewed, and merged into the session's attendance with --apply.
int importAttendance(const QStringList& arguments);

} // namespace lectern::cli
