#include "cliimportattendance.h"

#include "clioutput.h"
#include "domain/rules.h"
#include "reports/attendanceimport.h"
#include "servercli.h"

#include <QFile>

namespace lectern::cli {

namespace {
QString lineList(const QList<int>& lines) {
    QStringList numbers;
    for (int line : lines)
        numbers << QString::number(line);
    return (lines.size() == 1 ? QStringLiteral("line ") : QStringLiteral("lines ")) +
           numbers.join(QStringLiteral(", "));
}

QString percent(double value) {
    return QString::number(rules::roundOneDecimal(value), 'f', 1) + u'%';
}

void printPreview(const AttendanceImport& import) {
    printLine(QStringLiteral("student\temail\treport lines\tbefore\tafter"));
    for (const ImportedAttendance& person : import.matched) {
        printLine(
            QStringLiteral("%1\t%2\t%3\t%4 %5\t%6 %7%8")
                .arg(person.student.name, person.student.email, lineList(person.lines),
                     enumName(person.statusBefore), percent(person.percentageBefore),
                     enumName(person.statusAfter), percent(person.percentageAfter),
                     person.verified ? QStringLiteral(" (verified: status kept)") : QString()));
    }
    for (const UnmatchedAttendance& person : import.unmatched)
        printWarning(QStringLiteral("not matched: %1%2 (%3, %4): %5")
                         .arg(person.name,
                              person.email.isEmpty() ? QString() : u" <" + person.email + u'>',
                              lineList(person.lines), rules::formatDuration(person.reportSeconds),
                              person.reason));
    for (const PlatformReportProblem& problem : import.problems)
        printWarning(QStringLiteral("line %1: %2").arg(problem.line).arg(problem.message));
}
} // namespace

int importAttendance(const QStringList& arguments) {
    CommandLine command(
        QStringLiteral("import attendance"),
        QStringLiteral(
            "Merges a meeting platform's attendance report into an ended session's attendance: "
            "Zoom's participants report (CSV), Microsoft Teams' attendance report (the "
            "downloaded .csv) or Google Meet's attendance report (CSV). People are matched to "
            "enrolled students by email, then by name; stints on the platform and on the page "
            "count once where they overlap. Without --apply it only shows what would change."));
    command.parser().addOptions({
        {QStringLiteral("session"), QStringLiteral("The session's id."), QStringLiteral("ID")},
        {QStringLiteral("time-zone"),
         QStringLiteral("The time zone of the report's times (the meeting organiser's), e.g. "
                        "Europe/Berlin; this computer's by default."),
         QStringLiteral("ZONE")},
        {QStringLiteral("assign"),
         QStringLiteral("Counts the report's NAME as the enrolled student with EMAIL (for the "
                        "names it could not match; may be given again)."),
         QStringLiteral("NAME=EMAIL")},
        {QStringLiteral("apply"), QStringLiteral("Write the merge (after checking the preview).")},
        {QStringLiteral("skip-bad-lines"),
         QStringLiteral("Apply the good lines of a report that also has bad ones.")},
    });
    command.addPositionalArgument(QStringLiteral("report.csv"),
                                  QStringLiteral("The platform's attendance report."));
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser& parser = command.parser();
    const auto sessionText = command.required(QStringLiteral("session"));
    if (!sessionText)
        return exitUsage;
    bool isNumber = false;
    const Id sessionId = sessionText->toLongLong(&isNumber);
    if (!isNumber || sessionId <= 0)
        return usageError(QStringLiteral("--session takes a session id, a number"));
    AttendanceImportOptions options;
    if (parser.isSet(QStringLiteral("time-zone"))) {
        options.timeZone = QTimeZone(parser.value(QStringLiteral("time-zone")).toUtf8());
        if (!options.timeZone.isValid())
            return usageError(QStringLiteral("--time-zone takes a zone such as Europe/Berlin, "
                                             "not \"%1\"")
                                  .arg(parser.value(QStringLiteral("time-zone"))));
    }
    for (const QString& assignment : parser.values(QStringLiteral("assign"))) {
        const qsizetype equals = assignment.lastIndexOf(u'=');
        if (equals <= 0 || equals == assignment.size() - 1)
            return usageError(
                QStringLiteral("--assign takes NAME=EMAIL, not \"%1\"").arg(assignment));
        options.assignments.insert(assignment.left(equals).trimmed(),
                                   assignment.mid(equals + 1).trimmed());
    }
    options.apply = parser.isSet(QStringLiteral("apply"));
    options.skipBadLines = parser.isSet(QStringLiteral("skip-bad-lines"));
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(QStringLiteral("name one report file"));
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::notFound(
            QStringLiteral("Cannot read %1: %2").arg(files.first(), file.errorString())));

    const auto acting = command.openAsAdmin();
    if (!acting)
        return fail(acting.error());
    const auto& [services, admin] = *acting;
    // Previewed first, always: the preview is printed even when applying fails on bad lines.
    AttendanceImportOptions preview = options;
    preview.apply = false;
    auto previewed =
        reports::importPlatformAttendance(services, admin, sessionId, file.readAll(), preview);
    if (!previewed)
        return fail(previewed.error());
    printPreview(*previewed);
    if (previewed->matched.isEmpty() && !previewed->problems.isEmpty())
        return fail(Error::invalid({}, QStringLiteral("Nothing in the file could be read")));
    if (!options.apply) {
        printLine(QStringLiteral("Preview only: %1 students matched, %2 names not matched, %3 bad "
                                 "lines. Add --apply to write it.")
                      .arg(previewed->matched.size())
                      .arg(previewed->unmatched.size())
                      .arg(previewed->problems.size()));
        return exitOk;
    }
    if (!previewed->problems.isEmpty() && !options.skipBadLines)
        return fail(Error::invalid(
            {}, QStringLiteral("%1 bad lines; nothing was imported (fix them, or add "
                               "--skip-bad-lines)")
                    .arg(previewed->problems.size())));
    file.seek(0);
    auto applied =
        reports::importPlatformAttendance(services, admin, sessionId, file.readAll(), options);
    if (!applied)
        return fail(applied.error());
    printLine(QStringLiteral("Merged the %1 report: %2 students' attendance worked out again "
                             "(%3 names not matched).")
                  .arg(enumName(applied->source))
                  .arg(applied->matched.size())
                  .arg(applied->unmatched.size()));
    return exitOk;
}

} // namespace lectern::cli
