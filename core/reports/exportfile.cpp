#include "exportfile.h"

#include "attendancepdf.h"
#include "csv.h"
#include "domain/try.h"

#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

namespace lectern::reports {

ExportTables sessionAttendanceTables(const LiveSession& session, const QString& courseTitle,
                                     const QList<AttendanceLine>& lines, const QDateTime& now) {
    QList<QStringList> rows;
    for (const AttendanceLine& line : lines)
        rows << AttendanceReport::cells(line);
    return {{{QStringLiteral("Attendance"), AttendanceReport::columns(), rows},
             {QStringLiteral("History"), AttendanceReport::historyColumns(),
              AttendanceReport::historyRows(lines)}},
            sessionAttendancePdf(session, courseTitle, lines, now),
            QStringLiteral("the attendance of %1 people").arg(lines.size())};
}

ExportTables courseAttendanceTables(const CourseAttendance& report, const QDateTime& now) {
    return {{{QStringLiteral("Attendance"), CourseAttendance::columns(), report.rows()},
             {QStringLiteral("Totals"), CourseAttendance::totalsColumns(), report.totalsRows()}},
            courseAttendancePdf(report, now),
            QStringLiteral("%1 sessions and the totals of %2 students")
                .arg(report.sessions.size())
                .arg(report.totals.size())};
}

ExportTables pollTables(const QList<PollResultsLine>& lines) {
    return {{{QStringLiteral("Polls"), PollReport::columns(), PollReport::rows(lines)}},
            {},
            QStringLiteral("the results of %1 polls").arg(lines.size())};
}

Status writeTables(const QString& path, ExportFormat format, const ExportTables& tables) {
    switch (format) {
    case ExportFormat::Csv: {
        const Sheet& table = tables.sheets.first();
        return writeFile(path, toCsv(table.header, table.rows));
    }
    case ExportFormat::Xlsx:
        return writeXlsx(path, tables.sheets);
    case ExportFormat::Pdf:
        if (tables.pdf.title.isEmpty())
            return std::unexpected(Error::invalid(QStringLiteral("format"),
                                                  QStringLiteral("This report has no PDF form")));
        return writePdf(path, tables.pdf);
    }
    return {};
}

Result<QByteArray> tablesContent(ExportFormat format, const ExportTables& tables) {
    // libxlsxwriter and QPdfWriter write files: the report is written in a folder of its own
    // and read back.
    const QTemporaryDir folder;
    if (!folder.isValid())
        return std::unexpected(Error::storage(
            QStringLiteral("Cannot make a folder for the export: %1").arg(folder.errorString())));
    const QString path = folder.filePath(QStringLiteral("export"));
    LECTERN_CHECK(writeTables(path, format, tables));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::storage(
            QStringLiteral("Cannot read the export back: %1").arg(file.errorString())));
    return file.readAll();
}

Status writeFile(const QString& path, const QByteArray& content) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) < 0 || !file.commit())
        return std::unexpected(
            Error::storage(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString())));
    return {};
}

} // namespace lectern::reports
