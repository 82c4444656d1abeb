#include "cliimport.h"

#include "clioutput.h"
#include "reports/roster.h"
#include "servercli.h"

#include <QFile>

namespace lectern::cli {

int importRoster(const QStringList& arguments) {
    CommandLine command(
        QStringLiteral("import"),
        QStringLiteral("Enrols the people of a roster file (email,name[,role] per line; role "
                       "student or ta) in a course, creating the accounts that do not exist "
                       "yet. A file with bad lines imports nothing, unless --skip-bad-lines."));
    command.parser().addOptions({
        {QStringLiteral("course"), QStringLiteral("The course's id."), QStringLiteral("ID")},
        // --skip-bad is the name ARCHITECTURE.md gives it; both work.
        {{QStringLiteral("skip-bad-lines"), QStringLiteral("skip-bad")},
         QStringLiteral("Import the good lines of a file that also has bad ones.")},
    });
    command.addPositionalArgument(QStringLiteral("roster.csv"),
                                  QStringLiteral("The roster file (UTF-8 CSV)."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto courseText = command.required(QStringLiteral("course"));
    if (!courseText)
        return exitUsage;
    bool isNumber = false;
    const Id courseId = courseText->toLongLong(&isNumber);
    if (!isNumber || courseId <= 0)
        return usageError(QStringLiteral("--course takes a course id, a number"));
    const QStringList files = command.parser().positionalArguments();
    if (files.size() != 1)
        return usageError(QStringLiteral("name one roster file"));
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::notFound(
            QStringLiteral("Cannot read %1: %2").arg(files.first(), file.errorString())));

    const Roster roster = reports::readRoster(file.readAll());
    for (const RosterProblem& problem : roster.problems)
        printWarning(QStringLiteral("line %1: %2").arg(problem.line).arg(problem.message));
    auto services = command.openServices();
    if (!services)
        return fail(services.error());
    QHash<QString, QString> passwords;
    auto imported = reports::importRoster(
        *services, courseId, roster, command.parser().isSet(QStringLiteral("skip-bad-lines")),
        [&passwords](const QString& email) {
            return passwords[email] = reports::newAccountPassword();
        });
    if (!imported) {
        if (!roster.problems.isEmpty())
            return fail(Error::invalid(
                {}, QStringLiteral("%1 bad lines; nothing was imported (fix them, or add "
                                   "--skip-bad-lines)")
                        .arg(roster.problems.size())));
        return fail(imported.error());
    }
    for (const User& user : std::as_const(imported->created))
        printLine(QStringLiteral("created %1\t%2").arg(user.email, passwords.value(user.email)));
    printLine(QStringLiteral("Enrolled %1 (%2 new accounts, %3 already enrolled, %4 lines skipped)")
                  .arg(imported->enrolled.size())
                  .arg(imported->created.size())
                  .arg(imported->alreadyEnrolled)
                  .arg(roster.problems.size()));
    return exitOk;
}

} // namespace lectern::cli
