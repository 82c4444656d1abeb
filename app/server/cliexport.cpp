#include "cliexport.h"

#include "clioutput.h"
#include "reports/attendancepdf.h"
#include "reports/attendancereport.h"
#include "reports/courseattendance.h"
#include "reports/csv.h"
#include "reports/icalendar.h"
#include "reports/pdf.h"
#include "reports/xlsx.h"
#include "servercli.h"
#include "services/sessionservice.h"
#include "services/userservice.h"

#include <QSaveFile>

namespace lectern::cli {
namespace {

// The command line acts for the installation: as its first admin.
Result<User> actingAdmin(const ServiceContext& services) {
    auto users = UserService(services).listUsers();
    if (!users)
        return std::unexpected(users.error());
    const auto admin = std::ranges::find_if(*users, [](const User& u) { return u.isAdmin(); });
    if (admin == users->end())
        return std::unexpected(Error::forbidden(
            QStringLiteral("Exports are made as an admin; add one with: lectern-server users add "
                           "--role admin ...")));
    return *admin;
}

// The database, and the admin the command acts as.
Result<std::pair<ServiceContext, User>> openAsAdmin(CommandLine& command) {
    auto services = command.openServices();
    if (!services)
        return std::unexpected(services.error());
    auto admin = actingAdmin(*services);
    if (!admin)
        return std::unexpected(admin.error());
    return std::pair{*services, *admin};
}

// Written whole, then put in place: a failed export never leaves half a file.
Status writeFile(const QString& path, const QByteArray& content) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) < 0 || !file.commit())
        return std::unexpected(
            Error::storage(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString())));
    return {};
}

std::optional<Id> idOption(const QCommandLineParser& parser, const QString& name) {
    bool isNumber = false;
    const Id id = parser.value(name).toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        usageError(QStringLiteral("--%1 takes an id, a number").arg(name));
        return std::nullopt;
    }
    return id;
}

enum class ExportFormat { Csv, Xlsx, Pdf };

std::optional<ExportFormat> formatOption(const QCommandLineParser& parser) {
    const QString format = parser.value(QStringLiteral("format"));
    if (format == u"csv")
        return ExportFormat::Csv;
    if (format == u"xlsx")
        return ExportFormat::Xlsx;
    if (format == u"pdf")
        return ExportFormat::Pdf;
    usageError(QStringLiteral("--format takes csv, xlsx or pdf"));
    return std::nullopt;
}

std::optional<reports::DateRange> rangeOption(const QCommandLineParser& parser) {
    reports::DateRange range;
    for (const auto& [name, date] : {std::pair{QStringLiteral("from"), &range.from},
                                     std::pair{QStringLiteral("to"), &range.to}}) {
        if (!parser.isSet(name))
            continue;
        *date = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!date->isValid()) {
            usageError(QStringLiteral("--%1 takes a day as YYYY-MM-DD").arg(name));
            return std::nullopt;
        }
    }
    if (range.from.isValid() && range.to.isValid() && range.from > range.to) {
        usageError(QStringLiteral("--from is after --to"));
        return std::nullopt;
    }
    return range;
}

std::optional<double> shareOption(const QCommandLineParser& parser) {
    bool isNumber = false;
    const double percent = parser.value(QStringLiteral("required-share")).toDouble(&isNumber);
    if (!isNumber || !(percent > 0.0 && percent <= 100.0)) {
        usageError(QStringLiteral("--required-share takes a percentage above 0 and at most 100"));
        return std::nullopt;
    }
    return percent / 100.0;
}

// What an export writes, in each format's terms.
struct ExportTables {
    QList<reports::Sheet> sheets; // the first one is also the CSV
    reports::PdfDocument pdf;
    QString summary; // "the attendance of 12 people"
};

ExportTables sessionTables(const LiveSession& session, const QString& courseTitle,
                           const QList<reports::AttendanceLine>& lines, const QDateTime& now) {
    QList<QStringList> rows;
    for (const reports::AttendanceLine& line : lines)
        rows << reports::AttendanceReport::cells(line);
    return {{{QStringLiteral("Attendance"), reports::AttendanceReport::columns(), rows}},
            reports::sessionAttendancePdf(session, courseTitle, lines, now),
            QStringLiteral("the attendance of %1 people").arg(lines.size())};
}

ExportTables courseTables(const reports::CourseAttendance& report, const QDateTime& now) {
    using reports::CourseAttendance;
    return {{{QStringLiteral("Attendance"), CourseAttendance::columns(), report.rows()},
             {QStringLiteral("Totals"), CourseAttendance::totalsColumns(), report.totalsRows()}},
            reports::courseAttendancePdf(report, now),
            QStringLiteral("%1 sessions and the totals of %2 students")
                .arg(report.sessions.size())
                .arg(report.totals.size())};
}

Status writeTables(const QString& path, ExportFormat format, const ExportTables& tables) {
    switch (format) {
    case ExportFormat::Csv: {
        const reports::Sheet& table = tables.sheets.first();
        return writeFile(path, reports::toCsv(table.header, table.rows));
    }
    case ExportFormat::Xlsx:
        return reports::writeXlsx(path, tables.sheets);
    case ExportFormat::Pdf:
        return reports::writePdf(path, tables.pdf);
    }
    return {};
}

} // namespace

int exportAttendance(const QStringList& arguments) {
    CommandLine command(
        QStringLiteral("export attendance"),
        QStringLiteral("Writes the attendance of one session, or of a course's sessions over a "
                       "range of dates with each student's totals and certification, to a file, "
                       "as an admin sees it."));
    command.parser().addOptions({
        {QStringLiteral("session"), QStringLiteral("One session, by id."), QStringLiteral("ID")},
        {QStringLiteral("course"), QStringLiteral("A course's ended sessions, by course id."),
         QStringLiteral("ID")},
        {QStringLiteral("from"),
         QStringLiteral("With --course: sessions starting on or after this day."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("to"),
         QStringLiteral("With --course: sessions starting on or before this day."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("required-share"),
         QStringLiteral("With --course: the percentage of sessions a student must attend to be "
                        "eligible for certification."),
         QStringLiteral("PERCENT"), QStringLiteral("75")},
        {QStringLiteral("format"), QStringLiteral("The file's format: csv, xlsx or pdf."),
         QStringLiteral("FORMAT"), QStringLiteral("csv")},
        {QStringLiteral("output"), QStringLiteral("The file to write."), QStringLiteral("FILE")},
    });
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser& parser = command.parser();
    if (parser.isSet(QStringLiteral("course")) == parser.isSet(QStringLiteral("session")))
        return usageError(QStringLiteral("give --course or --session (one of them)"));
    const bool wholeCourse = parser.isSet(QStringLiteral("course"));
    if (!wholeCourse &&
        (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to")) ||
         parser.isSet(QStringLiteral("required-share"))))
        return usageError(QStringLiteral("--from, --to and --required-share go with --course"));
    const auto output = command.required(QStringLiteral("output"));
    if (!output)
        return exitUsage;
    const auto id =
        idOption(parser, wholeCourse ? QStringLiteral("course") : QStringLiteral("session"));
    if (!id)
        return exitUsage;
    const auto format = formatOption(parser);
    if (!format)
        return exitUsage;

    const auto acting = openAsAdmin(command);
    if (!acting)
        return fail(acting.error());
    const auto& [services, admin] = *acting;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ExportTables tables;
    if (wholeCourse) {
        const auto range = rangeOption(parser);
        const auto share = range ? shareOption(parser) : std::nullopt;
        if (!share)
            return exitUsage;
        auto report =
            reports::CourseAttendanceReport(services).forCourse(admin, *id, *range, *share);
        if (!report)
            return fail(report.error());
        tables = courseTables(*report, now);
    } else {
        auto session = SessionService(services).getSession(admin, *id);
        if (!session)
            return fail(session.error());
        auto lines = reports::AttendanceReport(services).forSession(admin, *id);
        if (!lines)
            return fail(lines.error());
        auto course = CourseService(services).findCourse(session->courseId);
        if (!course)
            return fail(course.error());
        tables = sessionTables(*session, course->title, *lines, now);
    }
    if (auto written = writeTables(*output, *format, tables); !written)
        return fail(written.error());
    printLine(QStringLiteral("Wrote %1 to %2").arg(tables.summary, *output));
    return exitOk;
}

int exportCalendar(const QStringList& arguments) {
    CommandLine command(QStringLiteral("export calendar"),
                        QStringLiteral("Writes a course's sessions, or one session, as an "
                                       "iCalendar (.ics) file for people's calendars."));
    command.parser().addOptions({
        {QStringLiteral("course"), QStringLiteral("Every session of this course."),
         QStringLiteral("ID")},
        {QStringLiteral("session"), QStringLiteral("Only this session."), QStringLiteral("ID")},
        {QStringLiteral("output"), QStringLiteral("The file to write."), QStringLiteral("FILE")},
    });
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser& parser = command.parser();
    if (parser.isSet(QStringLiteral("course")) == parser.isSet(QStringLiteral("session")))
        return usageError(QStringLiteral("give --course or --session (one of them)"));
    const auto output = command.required(QStringLiteral("output"));
    if (!output)
        return exitUsage;
    const bool wholeCourse = parser.isSet(QStringLiteral("course"));
    const auto id =
        idOption(parser, wholeCourse ? QStringLiteral("course") : QStringLiteral("session"));
    if (!id)
        return exitUsage;

    const auto acting = openAsAdmin(command);
    if (!acting)
        return fail(acting.error());
    const auto& [services, admin] = *acting;
    SessionService sessions(services);
    QList<LiveSession> chosen;
    if (wholeCourse) {
        SessionFilter filter;
        filter.courseId = *id;
        auto found = sessions.listSessions(admin, filter);
        if (!found)
            return fail(found.error());
        chosen = *found;
    } else {
        auto found = sessions.getSession(admin, *id);
        if (!found)
            return fail(found.error());
        chosen << *found;
    }
    QHash<Id, QString> courseTitles;
    for (const Course& course : CourseService(services).listCourses().value_or(QList<Course>{}))
        courseTitles.insert(course.id, course.title);
    const QByteArray calendar =
        reports::iCalendar(chosen, courseTitles, QDateTime::currentDateTimeUtc());
    if (auto written = writeFile(*output, calendar); !written)
        return fail(written.error());
    printLine(QStringLiteral("Wrote %1 sessions to %2").arg(chosen.size()).arg(*output));
    return exitOk;
}

} // namespace lectern::cli
