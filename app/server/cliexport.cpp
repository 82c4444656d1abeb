#include "cliexport.h"

#include "clioutput.h"
#include "reports/calendarexport.h"
#include "reports/exportfile.h"
#include "servercli.h"
#include "services/sessionservice.h"
#include "services/userservice.h"

namespace lectern::cli {
namespace {

std::optional<Id> idOption(const QCommandLineParser& parser, const QString& name) {
    bool isNumber = false;
    const Id id = parser.value(name).toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        usageError(QStringLiteral("--%1 takes an id, a number").arg(name));
        return std::nullopt;
    }
    return id;
}

using reports::ExportTables;

std::optional<ExportFormat> formatOption(const QCommandLineParser& parser) {
    const auto format = exportFormatNamed(parser.value(QStringLiteral("format")));
    if (!format)
        usageError(QStringLiteral("--format takes csv, xlsx or pdf"));
    return format;
}

std::optional<DateRange> rangeOption(const QCommandLineParser& parser) {
    DateRange range;
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

// What an export covers: one session, or a course's sessions over a range of days.
struct ExportScope {
    bool wholeCourse = false;
    Id id = 0;
    DateRange range;
    QString output;
};

// Whether a course's export can be narrowed to a range of days (--from, --to).
enum class DayRange { Offered, NotOffered };

void addScopeOptions(QCommandLineParser& parser, const QString& courseDescription,
                     DayRange days = DayRange::Offered) {
    parser.addOptions({
        {QStringLiteral("session"), QStringLiteral("One session, by id."), QStringLiteral("ID")},
        {QStringLiteral("course"), courseDescription, QStringLiteral("ID")},
        {QStringLiteral("output"), QStringLiteral("The file to write."), QStringLiteral("FILE")},
    });
    if (days == DayRange::Offered)
        parser.addOptions({
            {QStringLiteral("from"),
             QStringLiteral("With --course: sessions starting on or after this day."),
             QStringLiteral("YYYY-MM-DD")},
            {QStringLiteral("to"),
             QStringLiteral("With --course: sessions starting on or before this day."),
             QStringLiteral("YYYY-MM-DD")},
        });
}

// The scope the options name, or nullopt after a usage error. `courseOnly` are further
// options that make sense only with --course.
std::optional<ExportScope> scopeOptions(CommandLine& command, const QStringList& courseOnly,
                                        DayRange days = DayRange::Offered) {
    const QCommandLineParser& parser = command.parser();
    if (parser.isSet(QStringLiteral("course")) == parser.isSet(QStringLiteral("session"))) {
        usageError(QStringLiteral("give --course or --session (one of them)"));
        return std::nullopt;
    }
    ExportScope scope;
    scope.wholeCourse = parser.isSet(QStringLiteral("course"));
    QStringList rangeOptions = courseOnly;
    if (days == DayRange::Offered)
        rangeOptions = QStringList{QStringLiteral("from"), QStringLiteral("to")} + courseOnly;
    if (!scope.wholeCourse && std::ranges::any_of(rangeOptions, [&](const QString& option) {
            return parser.isSet(option);
        })) {
        usageError(QStringLiteral("--%1 go with --course").arg(rangeOptions.join(u", --")));
        return std::nullopt;
    }
    const auto output = command.required(QStringLiteral("output"));
    const auto id = output ? idOption(parser, scope.wholeCourse ? QStringLiteral("course")
                                                                : QStringLiteral("session"))
                           : std::nullopt;
    const auto range = !id                         ? std::nullopt
                       : days == DayRange::Offered ? rangeOption(parser)
                                                   : std::optional(DateRange{});
    if (!range)
        return std::nullopt;
    scope.id = *id;
    scope.output = *output;
    scope.range = *range;
    return scope;
}

// Writes the file and says what it holds: the command's exit code.
int writeExport(const QString& path, ExportFormat format, const ExportTables& tables) {
    if (auto written = reports::writeTables(path, format, tables); !written)
        return fail(written.error());
    printLine(QStringLiteral("Wrote %1 to %2").arg(tables.summary, path));
    return exitOk;
}

} // namespace

int exportAttendance(const QStringList& arguments) {
    CommandLine command(
        QStringLiteral("export attendance"),
        QStringLiteral("Writes the attendance of one session, or of a course's sessions over a "
                       "range of dates with each student's totals and certification, to a file, "
                       "as an admin sees it."));
    addScopeOptions(command.parser(), QStringLiteral("A course's ended sessions, by course id."));
    command.parser().addOptions({
        {QStringLiteral("required-share"),
         QStringLiteral("With --course: the percentage of sessions a student must attend to be "
                        "eligible for certification."),
         QStringLiteral("PERCENT"), QStringLiteral("75")},
        {QStringLiteral("format"), QStringLiteral("The file's format: csv, xlsx or pdf."),
         QStringLiteral("FORMAT"), QStringLiteral("csv")},
    });
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser& parser = command.parser();
    const auto scope = scopeOptions(command, {QStringLiteral("required-share")});
    const auto format = scope ? formatOption(parser) : std::nullopt;
    const auto share = format ? shareOption(parser) : std::nullopt;
    if (!share)
        return exitUsage;

    const auto acting = command.openAsAdmin();
    if (!acting)
        return fail(acting.error());
    const auto& [services, admin] = *acting;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ExportTables tables;
    if (scope->wholeCourse) {
        auto report = reports::CourseAttendanceReport(services).forCourse(admin, scope->id,
                                                                          scope->range, *share);
        if (!report)
            return fail(report.error());
        tables = reports::courseAttendanceTables(*report, now);
    } else {
        auto session = SessionService(services).getSession(admin, scope->id);
        if (!session)
            return fail(session.error());
        auto lines = reports::AttendanceReport(services).forSession(admin, scope->id);
        if (!lines)
            return fail(lines.error());
        auto course = CourseService(services).findCourse(session->courseId);
        if (!course)
            return fail(course.error());
        tables = reports::sessionAttendanceTables(*session, course->title, *lines, now);
    }
    return writeExport(scope->output, *format, tables);
}

int exportPolls(const QStringList& arguments) {
    CommandLine command(QStringLiteral("export polls"),
                        QStringLiteral("Writes the results of a session's polls, or of every "
                                       "poll of a course over a range of dates, one line per "
                                       "option, as an admin sees them."));
    addScopeOptions(command.parser(), QStringLiteral("A course's sessions, by course id."));
    command.parser().addOption({QStringLiteral("format"),
                                QStringLiteral("The file's format: csv or xlsx."),
                                QStringLiteral("FORMAT"), QStringLiteral("csv")});
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto scope = scopeOptions(command, {});
    const auto format = scope ? formatOption(command.parser()) : std::nullopt;
    if (!format)
        return exitUsage;
    if (*format == ExportFormat::Pdf)
        return usageError(QStringLiteral("poll results are written as csv or xlsx"));

    const auto acting = command.openAsAdmin();
    if (!acting)
        return fail(acting.error());
    const auto& [services, admin] = *acting;
    reports::PollReport report(services);
    auto lines = scope->wholeCourse ? report.forCourse(admin, scope->id, scope->range)
                                    : report.forSession(admin, scope->id);
    if (!lines)
        return fail(lines.error());
    const ExportTables tables = reports::pollTables(*lines);
    return writeExport(scope->output, *format, tables);
}

int exportCalendar(const QStringList& arguments) {
    CommandLine command(QStringLiteral("export calendar"),
                        QStringLiteral("Writes a course's sessions, or one session, as an "
                                       "iCalendar (.ics) file for people's calendars."));
    addScopeOptions(command.parser(), QStringLiteral("Every session of this course."),
                    DayRange::NotOffered);
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto scope = scopeOptions(command, {}, DayRange::NotOffered);
    if (!scope)
        return exitUsage;

    const auto acting = command.openAsAdmin();
    if (!acting)
        return fail(acting.error());
    const auto& [services, admin] = *acting;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto calendar = scope->wholeCourse
                              ? reports::courseCalendar(services, admin, scope->id, now)
                              : reports::sessionCalendar(services, admin, scope->id, now);
    if (!calendar)
        return fail(calendar.error());
    if (auto written = reports::writeFile(scope->output, calendar->content); !written)
        return fail(written.error());
    printLine(QStringLiteral("Wrote %1 sessions to %2").arg(calendar->sessions).arg(scope->output));
    return exitOk;
}

} // namespace lectern::cli
