#pragma once

#include "domain/sessionattendance.h"
#include "platformreport.h"
#include "services/servicecontext.h"

#include <QHash>

namespace lectern::reports {

// Reads a platform's attendance report for an ended session and merges it with the hub's
// stints: overlaps count once, and only time within the session's actual start and end.
// Students are matched by email, then by a name only one enrolled student has, then by the
// options' assignments. A preview works it all out in a transaction it rolls back; with
// `apply` it commits, replacing what an earlier report of the same platform said, and keeps a
// history entry for every record it changes. For the session's host, its course's instructor
// or an admin.
Result<AttendanceImport> importPlatformAttendance(const ServiceContext& context, const User& actor,
                                                  Id sessionId, const QByteArray& file,
                                                  const AttendanceImportOptions& options);

// How a name is compared: case, accents, punctuation and "Last, First" do not matter.
QString comparableName(const QString& name);

} // namespace lectern::reports
