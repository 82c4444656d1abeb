#pragma once

#include "domain/attendanceimport.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace lectern::reports {

// One stint of one person in a meeting platform's attendance report.
struct PlatformStintLine {
    int line = 0; // where it is in the file, counting from 1
    QString name;
    QString otherName; // Zoom's "Name (Original Name)": the original one
    QString email;     // may be empty (a guest, a phone caller)
    QDateTime joined;
    QDateTime left;
};

struct PlatformReport {
    StintSource source = StintSource::Zoom;
    QList<PlatformStintLine> stints;
    QList<PlatformReportProblem> problems;
};

// What the reader needs beyond the file: reports write local times without an offset, in
// the time zone of the meeting's organiser, and Google Meet writes times of day only.
struct PlatformReportContext {
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    QDateTime sessionStart; // the session's actual start and end, to read dates and times
    QDateTime sessionEnd;
};

// Reads a Zoom participants report, a Microsoft Teams attendance report or a Google Meet
// attendance report, whichever the file's headers say it is (README: "Platform attendance"
// names the layouts). A file that is none of them is one problem on line 1.
PlatformReport readPlatformReport(const QByteArray& file, const PlatformReportContext& context);

} // namespace lectern::reports
