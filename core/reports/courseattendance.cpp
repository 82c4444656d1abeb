#include "courseattendance.h"

#include "cells.h"
#include "courseaccess.h"
#include "domain/rules.h"
#include "domain/try.h"
#include "services/sessionservice.h"
#include "services/userservice.h"
#include "storage/userrepository.h"

#include <QLocale>

#include <algorithm>

namespace lectern::reports {
namespace {

// The line of a student who did not come: absent, nothing done.
AttendanceLine absentLine(const User& student, const LiveSession& session) {
    AttendanceLine line;
    line.person = student;
    line.participant.sessionId = session.id;
    line.participant.userId = student.id;
    line.attendance.sessionId = session.id;
    line.attendance.userId = student.id;
    line.attendance.status = AttendanceStatus::Absent;
    return line;
}

} // namespace

Result<CourseAttendance> CourseAttendanceReport::forCourse(const User& actor, Id courseId,
                                                           const DateRange& range,
                                                           double requiredShare,
                                                           const ReportProgress& watch) {
    if (!(requiredShare > 0.0 && requiredShare <= 1.0))
        return std::unexpected(Error::invalid(
            QStringLiteral("required_share"),
            QStringLiteral("The required share of sessions must be above 0 % and at most 100 %")));
    LECTERN_CHECK(range.check());
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_CHECK(requireCourseStanding(connection, actor, courseId, CourseStanding::Manager,
                                        QStringLiteral("see its attendance")));
    CourseRepository courses(connection);
    CourseAttendance report;
    LECTERN_TRY(report.course, courses.find(courseId));
    report.range = range;
    report.requiredShare = requiredShare;

    SessionFilter filter;
    filter.courseId = courseId;
    filter.withArchived = true; // archived sessions still count
    filter.status = SessionStatus::Ended;
    LECTERN_TRY(QList<LiveSession> sessions, SessionService(m_context).listSessions(actor, filter));
    sessions.removeIf([&range](const LiveSession& s) { return !range.contains(s.scheduledStart); });
    std::ranges::sort(sessions, [](const LiveSession& a, const LiveSession& b) {
        return a.scheduledStart < b.scheduledStart;
    });

    LECTERN_TRY(const QList<Id> enrolledIds, courses.enrolledUserIds(courseId));
    using UsersById = QHash<Id, User>;
    LECTERN_TRY(const UsersById enrolled, UserService(m_context).usersById(enrolledIds));

    AttendanceReport sessionReport(m_context);
    QHash<Id, StudentTotals> totalsById;
    for (const User& person : enrolled)
        if (person.role == Role::Student)
            totalsById[person.id].person = person;
    for (const LiveSession& session : std::as_const(sessions)) {
        if (watch.stop.stop_requested())
            return std::unexpected(Error::cancelled(QStringLiteral("The export was cancelled")));
        HeldSession held{session, {}};
        LECTERN_TRY(held.lines, sessionReport.forSession(actor, session.id));
        // Students who came without being enrolled (a public session) are counted too.
        for (const AttendanceLine& line : std::as_const(held.lines))
            if (line.person.role == Role::Student && !totalsById.contains(line.person.id))
                totalsById[line.person.id].person = line.person;
        report.sessions << held;
        if (watch.progress)
            watch.progress(static_cast<int>(report.sessions.size()),
                           static_cast<int>(sessions.size()));
    }
    // Each counted student has a line in each session: Absent where they did not come.
    for (HeldSession& held : report.sessions) {
        QSet<Id> came;
        for (const AttendanceLine& line : std::as_const(held.lines))
            came.insert(line.person.id);
        for (const StudentTotals& totals : std::as_const(totalsById))
            if (!came.contains(totals.person.id))
                held.lines << absentLine(totals.person, held.session);
        std::ranges::sort(held.lines, [](const AttendanceLine& a, const AttendanceLine& b) {
            return byName(a.person, b.person);
        });
    }

    // Every student is counted against every session held, came or not.
    for (StudentTotals& totals : totalsById)
        totals.sessionsHeld = static_cast<int>(report.sessions.size());
    for (const HeldSession& held : std::as_const(report.sessions)) {
        for (const AttendanceLine& line : held.lines) {
            auto totals = totalsById.find(line.person.id);
            if (totals == totalsById.end())
                continue;
            totals->sessionsAttended += line.attendance.markedPresent ? 1 : 0;
            totals->sessionsExcused += line.attendance.status == AttendanceStatus::Excused;
            totals->secondsAttended += line.participant.countedSeconds();
            totals->chatMessages += line.participant.chatMessagesCount;
            totals->questions += line.participant.questionsAsked;
            totals->pollAnswers += line.participant.pollsAnswered;
        }
    }
    for (StudentTotals& totals : totalsById) {
        // Compared in whole tenths of a percent, so 3 of 4 meets 75 % exactly.
        totals.eligible = totals.sessionsHeld > 0 && std::lround(totals.attendedShare() * 1000.0) >=
                                                         std::lround(requiredShare * 1000.0);
        report.totals << totals;
    }
    std::ranges::sort(report.totals, [](const StudentTotals& a, const StudentTotals& b) {
        return byName(a.person, b.person);
    });
    return report;
}

QStringList CourseAttendance::columns() {
    QStringList columns = {QStringLiteral("session_id"), QStringLiteral("session_title"),
                           QStringLiteral("session_start")};
    columns << AttendanceReport::columns();
    columns << QStringLiteral("sessions_held") << QStringLiteral("sessions_attended")
            << QStringLiteral("attended_percentage") << QStringLiteral("eligible");
    return columns;
}

QList<QStringList> CourseAttendance::rows() const {
    QHash<Id, const StudentTotals*> totalsById;
    for (const StudentTotals& totals : totals)
        totalsById.insert(totals.person.id, &totals);
    QList<QStringList> rows;
    for (const HeldSession& held : sessions) {
        for (const AttendanceLine& line : held.lines) {
            QStringList cells = {QString::number(held.session.id), held.session.title,
                                 held.session.scheduledStart.toUTC().toString(Qt::ISODate)};
            cells << AttendanceReport::cells(line);
            if (const StudentTotals* totals = totalsById.value(line.person.id))
                cells << QString::number(totals->sessionsHeld)
                      << QString::number(totals->sessionsAttended)
                      << percentCell(totals->attendedShare() * 100.0)
                      << yesNoCell(totals->eligible);
            else // staff: not certified
                cells << QString() << QString() << QString() << QString();
            rows << cells;
        }
    }
    return rows;
}

QStringList CourseAttendance::totalsColumns() {
    return {QStringLiteral("name"),
            QStringLiteral("email"),
            QStringLiteral("sessions_held"),
            QStringLiteral("sessions_attended"),
            QStringLiteral("sessions_excused"),
            QStringLiteral("attended_percentage"),
            QStringLiteral("time_attended"),
            QStringLiteral("chat_messages"),
            QStringLiteral("questions"),
            QStringLiteral("poll_answers"),
            QStringLiteral("eligible")};
}

QList<QStringList> CourseAttendance::totalsRows() const {
    QList<QStringList> rows;
    for (const StudentTotals& t : totals)
        rows << QStringList{t.person.name,
                            t.person.email,
                            QString::number(t.sessionsHeld),
                            QString::number(t.sessionsAttended),
                            QString::number(t.sessionsExcused),
                            percentCell(t.attendedShare() * 100.0),
                            rules::formatDuration(t.secondsAttended),
                            QString::number(t.chatMessages),
                            QString::number(t.questions),
                            QString::number(t.pollAnswers),
                            yesNoCell(t.eligible)};
    return rows;
}

Result<CourseDashboard> readCourseDashboard(const ServiceContext& context, const User& actor,
                                            Id courseId, const DateRange& range,
                                            double requiredShare) {
    LECTERN_TRY(const CourseAttendance report,
                CourseAttendanceReport(context).forCourse(actor, courseId, range, requiredShare));
    return CourseDashboard{static_cast<int>(report.sessions.size()), report.totals};
}

} // namespace lectern::reports
