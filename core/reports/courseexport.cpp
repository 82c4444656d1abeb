#include "courseexport.h"

#include "calendarexport.h"
#include "domain/try.h"
#include "exportfile.h"
#include "pollreport.h"

namespace lectern::reports {

Result<ExportedFile> exportCourse(const ServiceContext& context, const User& actor,
                                  const CourseExport& request, const ReportProgress& watch) {
    ExportedFile file;
    if (request.kind == CourseExport::Kind::Calendar) {
        LECTERN_TRY(const SessionCalendar calendar,
                    courseCalendar(context, actor, request.courseId, context.now()));
        file.content = calendar.content;
        file.sessions = static_cast<int>(calendar.sessions);
        file.summary = QStringLiteral("%1 sessions").arg(calendar.sessions);
        return file;
    }
    ExportTables tables;
    if (request.kind == CourseExport::Kind::Attendance) {
        LECTERN_TRY(const CourseAttendance report,
                    CourseAttendanceReport(context).forCourse(
                        actor, request.courseId, request.range, request.requiredShare, watch));
        tables = courseAttendanceTables(report, context.now());
        file.sessions = static_cast<int>(report.sessions.size());
    } else {
        if (request.format == ExportFormat::Pdf)
            return std::unexpected(Error::invalid(
                QStringLiteral("format"), QStringLiteral("Poll results come as .xlsx or .csv")));
        LECTERN_TRY(const QList<PollResultsLine> lines,
                    PollReport(context).forCourse(actor, request.courseId, request.range));
        tables = pollTables(lines);
    }
    if (watch.stop.stop_requested())
        return std::unexpected(Error::cancelled(QStringLiteral("The export was cancelled")));
    LECTERN_TRY(file.content, tablesContent(request.format, tables));
    file.summary = tables.summary;
    return file;
}

} // namespace lectern::reports
