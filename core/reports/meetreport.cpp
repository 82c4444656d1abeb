// Google Meet's attendance report (Workspace editions with attendance tracking; the Sheet
// sent to the organiser, downloaded as CSV): "First name", "Last name", "Email", "Duration",
// "Time joined", "Time exited", one line per person, times of day on the meeting's day.
#include "platformreportparts.h"

namespace lectern::reports::platform {

void readMeet(const QList<CsvLine>& lines, qsizetype header, const PlatformReportContext& context,
              PlatformReport& report) {
    const Columns columns(lines.at(header).cells);
    const auto readTime = [&context](const QString& text) {
        if (auto full = readDateTime(text, context))
            return full;
        return readTimeOfDay(text, context);
    };
    forEachRow(lines, header, report, [&](const CsvLine& line) {
        QString name = QString(columns.cell(line.cells, {u"first name"}) + u' ' +
                               columns.cell(line.cells, {u"last name"}))
                           .trimmed();
        if (name.isEmpty())
            name = columns.cell(line.cells, {u"name", u"full name", u"participant"});
        const QString joinedText = columns.cell(line.cells, {u"time joined"});
        const QString leftText = columns.cell(line.cells, {u"time exited"});
        const auto joined = readTime(joinedText);
        auto left = readTime(leftText);
        // Times of day only: an exit before the join is after midnight.
        if (joined && left && *left < *joined && !readDateTime(leftText, context))
            left = left->addDays(1);
        addStint(report, line.number, name, columns.cell(line.cells, {u"email"}), joined, left,
                 joinedText, leftText);
        return true;
    });
}

} // namespace lectern::reports::platform
