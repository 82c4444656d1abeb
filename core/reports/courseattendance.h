#pragma once

#include "attendancereport.h"
#include "domain/course.h"
#include "domain/livesession.h"

#include <QDate>

#include <functional>
#include <stop_token>

namespace lectern::reports {

inline constexpr double defaultRequiredShare = 0.75;

// Which of a course's sessions a report covers: those starting on `from` .. `to` (local dates,
// both included); an invalid date leaves that end open.
struct DateRange {
    QDate from;
    QDate to;

    bool contains(const QDateTime& start) const;
    // Invalid (naming "to") when the first day is after the last.
    Status check() const;
    // "1 Sep 2026 – 20 Dec 2026", "from 1 Sep 2026", "all dates".
    QString describe() const;
};

// One held session of the course and everyone's line in it.
struct HeldSession {
    LiveSession session;
    QList<AttendanceLine> lines;
};

// A student's record over the range: what certification is decided on.
struct StudentTotals {
    User person;
    int sessionsHeld = 0;
    int sessionsAttended = 0; // marked present (Present or Late once verified)
    int sessionsExcused = 0;
    qint64 secondsAttended = 0;
    qint64 chatMessages = 0;
    qint64 questions = 0;
    qint64 pollAnswers = 0;
    bool eligible = false;

    double attendedShare() const {
        return sessionsHeld ? double(sessionsAttended) / sessionsHeld : 0.0;
    }
};

struct CourseAttendance {
    Course course;
    DateRange range;
    double requiredShare = defaultRequiredShare;
    QList<HeldSession> sessions; // ended sessions in the range, oldest first
    QList<StudentTotals> totals; // by name

    // The course export's table: every session's lines with the session in front and the
    // student's totals behind, so one sheet sorts and filters as a whole.
    static QStringList columns();
    QList<QStringList> rows() const;
    static QStringList totalsColumns();
    QList<QStringList> totalsRows() const;
};

// How a long report tells its progress and hears it is no longer wanted: `progress(done,
// total)` after each session read (on the report's thread); a stop request ends it with
// ErrorCode::Cancelled at the next session.
struct ReportProgress {
    std::function<void(int done, int total)> progress;
    std::stop_token stop;
};

// A course's attendance over a date range, for its instructor and admins. The students are
// those enrolled and any who came to one of its sessions; each has a line in every session
// held (Absent where they did not come), so every student is counted against every session.
class CourseAttendanceReport {
public:
    explicit CourseAttendanceReport(ServiceContext context)
        : m_context(std::move(context)) {}

    Result<CourseAttendance> forCourse(const User& actor, Id courseId, const DateRange& range,
                                       double requiredShare = defaultRequiredShare,
                                       const ReportProgress& watch = {});

private:
    ServiceContext m_context;
};

} // namespace lectern::reports
