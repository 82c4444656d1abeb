// Microsoft Teams' attendance report (the meeting's Attendance tab > Download, or Participants
// > Download attendance list): UTF-16 text, tab-separated, in sections "1. Summary",
// "2. Participants" (first join and last leave per person) and "3. In-Meeting Activities"
// (one line per stint: Name, Join Time, Leave Time, Duration, Email, Role). The stints are read
// from section 3, or from section 2 when a report has no section 3. The attendance list of
// 2020-2021 (Full Name, User Action "Joined"/"Left", Timestamp) is read too.
#include "platformreportparts.h"

namespace lectern::reports::platform {

namespace {
bool isSectionHeading(const CsvLine& line) {
    const QString first = line.cells.value(0).trimmed();
    return line.cells.size() <= 1 && first.size() > 3 && first.at(0).isDigit() &&
           first.at(1) == u'.';
}

std::optional<qsizetype> sectionStart(const QList<CsvLine>& lines, QStringView heading) {
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).cells.value(0).trimmed().compare(heading, Qt::CaseInsensitive) == 0)
            return i;
    }
    return std::nullopt;
}

void readSection(const QList<CsvLine>& lines, qsizetype header, QStringView joinColumn,
                 QStringView leaveColumn, const PlatformReportContext& context,
                 PlatformReport& report) {
    const Columns columns(lines.at(header).cells);
    forEachRow(lines, header, report, [&](const CsvLine& line) {
        if (isSectionHeading(line))
            return false;
        const QString joined = columns.cell(line.cells, {joinColumn});
        const QString left = columns.cell(line.cells, {leaveColumn});
        addStint(report, line.number, columns.cell(line.cells, {u"name", u"full name"}),
                 columns.cell(line.cells, {u"email", u"participant id (upn)"}),
                 readDateTime(joined, context), readDateTime(left, context), joined, left);
        return true;
    });
}

// The old list: "Joined" (or "Joined before" the list was made) opens a stint, "Left" ends it;
// one still open at the end of the file lasted to the end of the session.
void readActions(const QList<CsvLine>& lines, qsizetype header,
                 const PlatformReportContext& context, PlatformReport& report) {
    const Columns columns(lines.at(header).cells);
    struct Open {
        int line;
        QDateTime joined;
        QString joinedText;
    };
    QHash<QString, Open> open;
    QStringList order;
    forEachRow(lines, header, report, [&](const CsvLine& line) {
        const QString name = columns.cell(line.cells, {u"full name"});
        const QString action = columns.cell(line.cells, {u"user action"}).toLower();
        const QString stamp = columns.cell(line.cells, {u"timestamp"});
        const auto time = readDateTime(stamp, context);
        if (!time) {
            report.problems << PlatformReportProblem{
                line.number,
                QStringLiteral("\"%1\" is not a time on the session's day").arg(stamp)};
            return true;
        }
        if (action.startsWith(u"joined")) {
            if (!open.contains(name)) {
                open.insert(name, Open{line.number, *time, stamp});
                order << name;
            }
        } else if (action == u"left") {
            const auto found = open.constFind(name);
            if (found == open.cend()) {
                report.problems << PlatformReportProblem{
                    line.number, QStringLiteral("%1 leaves without having joined").arg(name)};
                return true;
            }
            addStint(report, found->line, name, {}, found->joined, *time, found->joinedText, stamp);
            open.remove(name);
            order.removeOne(name);
        } else {
            report.problems << PlatformReportProblem{
                line.number, QStringLiteral("\"%1\" is neither Joined nor Left")
                                 .arg(columns.cell(line.cells, {u"user action"}))};
        }
        return true;
    });
    for (const QString& name : order) {
        const Open& stint = open.value(name);
        addStint(report, stint.line, name, {}, stint.joined, context.sessionEnd, stint.joinedText,
                 {});
    }
}
} // namespace

void readTeams(const QList<CsvLine>& lines, const PlatformReportContext& context,
               PlatformReport& report) {
    if (const auto legacy = findHeader(lines, 0, {u"full name", u"user action", u"timestamp"}))
        return readActions(lines, *legacy, context, report);
    if (const auto activities = sectionStart(lines, u"3. In-Meeting Activities")) {
        if (const auto header = findHeader(lines, *activities + 1, {u"join time", u"leave time"}))
            return readSection(lines, *header, u"join time", u"leave time", context, report);
    }
    if (const auto participants = sectionStart(lines, u"2. Participants")) {
        if (const auto header =
                findHeader(lines, *participants + 1, {u"first join", u"last leave"}))
            return readSection(lines, *header, u"first join", u"last leave", context, report);
    }
    report.problems << PlatformReportProblem{
        1, QStringLiteral("This Teams report has neither an \"In-Meeting Activities\" nor a "
                          "\"Participants\" section with join and leave times")};
}

} // namespace lectern::reports::platform
