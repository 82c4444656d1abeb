#pragma once

#include "courseattendance.h"
#include "domain/views/courseexport.h"
#include "pdf.h"
#include "pollreport.h"
#include "xlsx.h"

namespace lectern::reports {

// A report ready to be written in each format's terms.
struct ExportTables {
    QList<Sheet> sheets; // the first one is also the CSV
    PdfDocument pdf;     // empty where PDF is not offered
    QString summary;     // "the attendance of 12 people"
};

ExportTables sessionAttendanceTables(const LiveSession& session, const QString& courseTitle,
                                     const QList<AttendanceLine>& lines, const QDateTime& now);
ExportTables courseAttendanceTables(const CourseAttendance& report, const QDateTime& now);
ExportTables pollTables(const QList<PollResultsLine>& lines);

// Writes `tables` to `path` in `format`, whole or not at all.
Status writeTables(const QString& path, ExportFormat format, const ExportTables& tables);
// The bytes writeTables() would write.
Result<QByteArray> tablesContent(ExportFormat format, const ExportTables& tables);
// Writes `content` whole, then puts it in place (QSaveFile).
Status writeFile(const QString& path, const QByteArray& content);

} // namespace lectern::reports
