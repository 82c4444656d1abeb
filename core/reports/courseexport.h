#pragma once

#include "courseattendance.h"
#include "domain/views/courseexport.h"

namespace lectern::reports {

// The file `request` asks for, read as `actor` may: the course's attendance (PDF, Excel or
// CSV), its poll results (Excel or CSV) or its sessions (iCalendar). `watch` as for
// CourseAttendanceReport; a stop request ends it with ErrorCode::Cancelled.
Result<ExportedFile> exportCourse(const ServiceContext& context, const User& actor,
                                  const CourseExport& request, const ReportProgress& watch = {});

} // namespace lectern::reports
