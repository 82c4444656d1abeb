#pragma once

#include "courseattendance.h"
#include "pdf.h"

namespace lectern::reports {

// Attendance laid out for people to read and sign off: local times, headings in words, the
// course and the range under the title.
PdfDocument sessionAttendancePdf(const LiveSession& session, const QString& courseTitle,
                                 const QList<AttendanceLine>& lines, const QDateTime& generatedAt);
// The course's totals and certification first, then each session held.
PdfDocument courseAttendancePdf(const CourseAttendance& report, const QDateTime& generatedAt);

} // namespace lectern::reports
