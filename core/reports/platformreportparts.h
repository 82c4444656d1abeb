#pragma once

// What the readers of each platform's report share (platformreport.cpp); not for other code.

#include "csvlines.h"
#include "platformreport.h"

#include <QHash>

#include <functional>

#include <optional>

namespace lectern::reports::platform {

// A header row's columns by name (lower case, trimmed); a name given twice (Zoom's meeting and
// participant "User Email") maps to its last column, the participant's.
class Columns {
public:
    explicit Columns(const QStringList& header);
    bool has(QStringView name) const { return m_index.contains(name.toString()); }
    // The cell of the first of `names` the header has; empty when it has none of them.
    QString cell(const QStringList& cells, std::initializer_list<QStringView> names) const;

private:
    QHash<QString, qsizetype> m_index;
};

// The index of the first line at or after `from` whose cells include every one of `names`
// (compared trimmed, without case), or nullopt.
std::optional<qsizetype> findHeader(const QList<CsvLine>& lines, qsizetype from,
                                    std::initializer_list<QStringView> names);

// A date and time as the platforms write them ("11/25/2026 09:58:12 AM", "11/25/26, 9:58:12
// AM", "25.11.2026, 09:58:12", "2026-11-25 09:58:12"), read in the context's time zone. Where
// day and month could be either way round, the reading nearest the session wins.
std::optional<QDateTime> readDateTime(const QString& text, const PlatformReportContext& context);
// A time of day ("9:58 AM", "09:58:12") on the session's day in the context's time zone.
std::optional<QDateTime> readTimeOfDay(const QString& text, const PlatformReportContext& context);

// Calls `read` with each line after `header` that has cells, in order, until it returns false;
// a line that is not valid CSV becomes a problem instead.
void forEachRow(const QList<CsvLine>& lines, qsizetype header, PlatformReport& report,
                const std::function<bool(const CsvLine&)>& read);

// Adds a stint line, or a problem naming what is wrong with it.
void addStint(PlatformReport& report, int line, const QString& name, const QString& email,
              const std::optional<QDateTime>& joined, const std::optional<QDateTime>& left,
              const QString& joinedText, const QString& leftText);

void readZoom(const QList<CsvLine>& lines, qsizetype header, const PlatformReportContext& context,
              PlatformReport& report);
void readTeams(const QList<CsvLine>& lines, const PlatformReportContext& context,
               PlatformReport& report);
void readMeet(const QList<CsvLine>& lines, qsizetype header, const PlatformReportContext& context,
              PlatformReport& report);

} // namespace lectern::reports::platform
