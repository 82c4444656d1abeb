#include "cliexport.h"

#include "clioutput.h"
#include "reports/attendancereport.h"
#include "reports/csv.h"
#include "servercli.h"
#include "services/userservice.h"

#include <QSaveFile>

namespace lectern::cli {

int exportAttendance(const QStringList& arguments) {
    CommandLine command(QStringLiteral("export attendance"),
                        QStringLiteral("Writes a session's attendance (one line per person) to a "
                                       "file, as an admin sees it."));
    command.parser().addOptions({
        {QStringLiteral("session"), QStringLiteral("The session's id."), QStringLiteral("ID")},
        {QStringLiteral("format"), QStringLiteral("The file's format: csv."),
         QStringLiteral("FORMAT"), QStringLiteral("csv")},
        {QStringLiteral("output"), QStringLiteral("The file to write."), QStringLiteral("FILE")},
    });
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto sessionText = command.required(QStringLiteral("session"));
    const auto output = sessionText ? command.required(QStringLiteral("output")) : std::nullopt;
    if (!output)
        return exitUsage;
    bool isNumber = false;
    const Id sessionId = sessionText->toLongLong(&isNumber);
    if (!isNumber || sessionId <= 0)
        return usageError(QStringLiteral("--session takes a session id, a number"));
    if (command.parser().value(QStringLiteral("format")) != u"csv")
        return usageError(QStringLiteral("--format takes csv"));

    auto services = command.openServices();
    if (!services)
        return fail(services.error());
    // The command line acts for the installation: as its first admin.
    auto users = UserService(*services).listUsers();
    if (!users)
        return fail(users.error());
    const auto admin = std::ranges::find_if(*users, [](const User& u) { return u.isAdmin(); });
    if (admin == users->end())
        return fail(Error::forbidden(
            QStringLiteral("Exports are made as an admin; add one with: lectern-server users add "
                           "--role admin ...")));
    auto lines = reports::AttendanceReport(*services).forSession(*admin, sessionId);
    if (!lines)
        return fail(lines.error());
    QList<QStringList> rows;
    for (const reports::AttendanceLine& line : std::as_const(*lines))
        rows << reports::AttendanceReport::cells(line);

    // Written whole, then put in place: a failed export never leaves half a file.
    QSaveFile file(*output);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(reports::toCsv(reports::AttendanceReport::columns(), rows)) < 0 ||
        !file.commit())
        return fail(
            Error::storage(QStringLiteral("Cannot write %1: %2").arg(*output, file.errorString())));
    printLine(
        QStringLiteral("Wrote the attendance of %1 people to %2").arg(rows.size()).arg(*output));
    return exitOk;
}

} // namespace lectern::cli
