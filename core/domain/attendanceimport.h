#pragma once

#include "domain/enums.h"
#include "domain/user.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace lectern {

// A line of a platform's attendance report that could not be read, and why.
struct PlatformReportProblem {
    int line = 0;
    QString message;
};

struct AttendanceImportOptions {
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // of the times in the report
    // Report names the instructor matched by hand: a name as the report writes it -> the email
    // of an enrolled student.
    QHash<QString, QString> assignments;
    bool skipBadLines = false; // otherwise a report with bad lines imports nothing
    bool apply = false;        // otherwise a preview: nothing is written
};

// An enrolled student the report names, and what merging it does to their attendance.
struct ImportedAttendance {
    User student;
    QList<int> lines;         // of the report
    qint64 reportSeconds = 0; // covered by the report's stints within the session
    qint64 secondsBefore = 0; // what attendance counted before the import
    qint64 secondsAfter = 0;  // the union of the hub's and every platform's stints
    double percentageBefore = 0.0;
    double percentageAfter = 0.0;
    AttendanceStatus statusBefore = AttendanceStatus::Absent;
    AttendanceStatus statusAfter = AttendanceStatus::Absent;
    bool verified = false; // a person's verification keeps the status; the figure moves
};

// A name in the report that is no enrolled student (a guest, a nickname, a phone number).
struct UnmatchedAttendance {
    QString name;
    QString email;
    QList<int> lines;
    qint64 reportSeconds = 0;
    QString reason;
};

struct AttendanceImport {
    StintSource source = StintSource::Zoom;
    QList<ImportedAttendance> matched;
    QList<UnmatchedAttendance> unmatched;
    QList<PlatformReportProblem> problems;
    int staffLines = 0;   // the instructor's and TAs' own lines, which count for nobody
    QList<User> students; // everyone enrolled as a student, by name: whom a name can be assigned
    bool applied = false;
};

} // namespace lectern
