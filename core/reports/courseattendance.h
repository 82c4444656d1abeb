#pragma once

#include "attendancereport.h"
#include "domain/course.h"
#include "domain/livesession.h"
#include "domain/views/coursedashboard.h"

#include <QDate>

#include <functional>
#include <stop_token>

namespace lectern::reports {

// One held session of the course and everyone's line in it.
struct HeldSession {
    LiveSession session;
    QList<AttendanceLine> lines;
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

// The dashboard of CourseAttendanceReport::forCourse.
Result<CourseDashboard> readCourseDashboard(const ServiceContext& context, const User& actor,
                                            Id courseId, const DateRange& range,
                                            double requiredShare);

} // namespace lectern::reports
