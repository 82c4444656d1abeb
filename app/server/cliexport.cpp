#include "cliexport.h"

#include "clioutput.h"
#include "reports/attendancereport.h"
#include "reports/csv.h"
#include "reports/icalendar.h"
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

} // namespace

int exportAttendance(const QStringList& arguments) {
    CommandLine command(QStringLiteral("export attendance"),
                        QStringLiteral("Writes a session's attendance (one line per person) to a "
                                       "file, as an admin sees it."));
    command.parser().addOptions({
        {QStringLiteral("session"), QStringLiteral("The session's id."), QStringLiteral("ID")},
        {QStringLiteral("format"), QStringLiteral("The file's format: csv or xlsx."),
         QStringLiteral("FORMAT"), QStringLiteral("csv")},
        {QStringLiteral("output"), QStringLiteral("The file to write."), QStringLiteral("FILE")},
    });
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto sessionText = command.required(QStringLiteral("session"));
    const auto output = sessionText ? command.required(QStringLiteral("output")) : std::nullopt;
    if (!output)
        return exitUsage;
    const auto sessionId = idOption(command.parser(), QStringLiteral("session"));
    if (!sessionId)
        return exitUsage;
    const QString format = command.parser().value(QStringLiteral("format"));
    if (format != u"csv" && format != u"xlsx")
        return usageError(QStringLiteral("--format takes csv or xlsx"));

    const auto acting = openAsAdmin(command);
    if (!acting)
        return fail(acting.error());
    const auto& [services, admin] = *acting;
    auto lines = reports::AttendanceReport(services).forSession(admin, *sessionId);
    if (!lines)
        return fail(lines.error());
    QList<QStringList> rows;
    for (const reports::AttendanceLine& line : std::as_const(*lines))
        rows << reports::AttendanceReport::cells(line);

    const QStringList columns = reports::AttendanceReport::columns();
    const Status written =
        format == u"xlsx" ? reports::writeXlsx(*output, QStringLiteral("Attendance"), columns, rows)
                          : writeFile(*output, reports::toCsv(columns, rows));
    if (!written)
        return fail(written.error());
    printLine(
        QStringLiteral("Wrote the attendance of %1 people to %2").arg(rows.size()).arg(*output));
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
