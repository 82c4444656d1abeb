// Zoom's participants report (Reports > Usage > Participants > Export): a header naming
// "Name (Original Name)", "User Email", "Join Time", "Leave Time" and "Duration (Minutes)",
// one line per stint. "Export with meeting data" puts the meeting's own header and line
// first, or (newer exports) the meeting's columns before the participant's on every line.
#include "platformreportparts.h"

namespace lectern::reports::platform {

void readZoom(const QList<CsvLine>& lines, qsizetype header, const PlatformReportContext& context,
              PlatformReport& report) {
    const Columns columns(lines.at(header).cells);
    forEachRow(lines, header, report, [&](const CsvLine& line) {
        const QString joined = columns.cell(line.cells, {u"join time"});
        const QString left = columns.cell(line.cells, {u"leave time"});
        addStint(report, line.number,
                 columns.cell(line.cells, {u"name (original name)", u"name", u"participant"}),
                 columns.cell(line.cells, {u"user email", u"email"}), readDateTime(joined, context),
                 readDateTime(left, context), joined, left);
        return true;
    });
}

} // namespace lectern::reports::platform
