#include "exportreaders.h"
#include "reports/courseattendance.h"
#include "reports/csv.h"
#include "reports/xlsx.h"
#include "servicefixture.h"
#include "services/attendanceservice.h"
#include "services/participationservice.h"
#include "services/sessionservice.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lectern;
using namespace lectern::reports;

// A course's attendance over a range of days: every session held, every enrolled student
// counted against each, and who reaches the share certification needs.
class TestCourseAttendance : public QObject {
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> f;
    User instructor;
    Course course;
    QList<User> students; // Анна (all four), 王小明 (three), Zoë (two)
    QList<LiveSession> held;

    // A one-hour class `day` days after the fixture's first day, held with `attendees` there
    // throughout.
    LiveSession holdClass(int day, const QList<User>& attendees) {
        const QDateTime start = test::ServiceFixture::startOfDay().addDays(day).addSecs(3600);
        f->clock().set(start.addSecs(-3600));
        LiveSession session = f->addSession(course, instructor, start);
        f->clock().set(start);
        SessionService sessions(f->context());
        test::required(sessions.startLiveSession(instructor, session.id), "go live");
        for (const User& student : attendees)
            test::required(ParticipationService(f->context()).joinSession(student, session.id),
                           "join");
        f->clock().set(start.addSecs(3600));
        return test::required(sessions.endLiveSession(instructor, session.id), "end the class");
    }

    static QDate dayOf(const LiveSession& session) {
        return session.scheduledStart.toLocalTime().date();
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        instructor = f->addUser(Role::Instructor, QStringLiteral("Ada Instructor"));
        course = f->addCourse(instructor, QStringLiteral("Django 101"));
        students = {f->addUser(Role::Student, QStringLiteral("Анна Петрова")),
                    f->addUser(Role::Student, QStringLiteral("王小明")),
                    f->addUser(Role::Student, QStringLiteral("Zoë Ünal"))};
        for (const User& student : students)
            f->enroll(course, student);
        const User& anna = students[0];
        const User& xiaoming = students[1];
        const User& zoe = students[2];
        held = {holdClass(0, {anna, xiaoming, zoe}), holdClass(7, {anna, xiaoming}),
                holdClass(14, {anna, xiaoming, zoe}), holdClass(21, {anna})};
    }
    void cleanup() {
        f.reset();
        held.clear();
        students.clear();
    }

    void everyStudentAgainstEverySessionHeld() {
        // A cancelled class and one still to come are not held.
        f->clock().set(held.last().actualEnd);
        const LiveSession cancelled =
            f->addSession(course, instructor, held.last().scheduledStart.addDays(1));
        LECTERN_VERIFY_OK(SessionService(f->context()).cancelLiveSession(instructor, cancelled.id));
        f->addSession(course, instructor, held.last().scheduledStart.addDays(2));

        const auto report =
            CourseAttendanceReport(f->context()).forCourse(instructor, course.id, {});
        LECTERN_VERIFY_OK(report);
        QCOMPARE(report->course.title, QStringLiteral("Django 101"));
        QCOMPARE(report->sessions.size(), 4);
        for (const HeldSession& session : report->sessions)
            QCOMPARE(session.lines.size(), 3); // the absent ones too
        const HeldSession& second = report->sessions.at(1);
        const auto zoeLine = std::ranges::find_if(second.lines, [&](const AttendanceLine& line) {
            return line.person.id == students[2].id;
        });
        QVERIFY(zoeLine != second.lines.end());
        QCOMPARE(zoeLine->attendance.status, AttendanceStatus::Absent);
        QVERIFY(!zoeLine->attendance.markedPresent);

        QCOMPARE(report->totals.size(), 3);
        QHash<QString, StudentTotals> byName;
        for (const StudentTotals& totals : report->totals)
            byName.insert(totals.person.name, totals);
        const StudentTotals anna = byName.value(QStringLiteral("Анна Петрова"));
        QCOMPARE(anna.sessionsHeld, 4);
        QCOMPARE(anna.sessionsAttended, 4);
        QCOMPARE(anna.secondsAttended, 4 * 3600);
        QVERIFY(anna.eligible);
        // Three of four is exactly the 75 % required.
        QCOMPARE(byName.value(QStringLiteral("王小明")).sessionsAttended, 3);
        QVERIFY(byName.value(QStringLiteral("王小明")).eligible);
        QCOMPARE(byName.value(QStringLiteral("Zoë Ünal")).sessionsAttended, 2);
        QVERIFY(!byName.value(QStringLiteral("Zoë Ünal")).eligible);

        // The share is the admin's to set.
        const auto lenient =
            CourseAttendanceReport(f->context()).forCourse(instructor, course.id, {}, 0.5);
        LECTERN_VERIFY_OK(lenient);
        QVERIFY(std::ranges::all_of(lenient->totals, &StudentTotals::eligible));
    }

    // Deleting an ended class archives it: out of the schedule, still certified here.
    void anArchivedSessionStillCounts() {
        auto removed =
            SessionService(f->context()).removeLiveSession(instructor, held.at(1).id, false);
        LECTERN_VERIFY_OK(removed);
        QVERIFY(removed->archived);
        auto report = CourseAttendanceReport(f->context()).forCourse(instructor, course.id, {});
        LECTERN_VERIFY_OK(report);
        QCOMPARE(report->sessions.size(), 4);
    }

    void aRangeOfDaysCountsOnlyItsSessions() {
        // The middle two weeks: Zoë came to one of two, 王小明 to both.
        const DateRange range{dayOf(held.at(1)), dayOf(held.at(2))};
        const auto report =
            CourseAttendanceReport(f->context()).forCourse(instructor, course.id, range);
        LECTERN_VERIFY_OK(report);
        QCOMPARE(report->sessions.size(), 2);
        QCOMPARE(report->sessions.first().session.id, held.at(1).id);
        for (const StudentTotals& totals : report->totals) {
            QCOMPARE(totals.sessionsHeld, 2);
            QCOMPARE(totals.eligible, totals.person.id != students[2].id);
        }
        // An open end takes everything on that side.
        const auto fromThird = CourseAttendanceReport(f->context())
                                   .forCourse(instructor, course.id, {dayOf(held.at(2)), {}});
        LECTERN_VERIFY_OK(fromThird);
        QCOMPARE(fromThird->sessions.size(), 2);
        QCOMPARE(range.describe().count(QStringLiteral("–")), 1);
        QCOMPARE(DateRange{}.describe(), QStringLiteral("all dates"));
        // Backwards days are refused, not read as an empty course.
        const DateRange backwards{dayOf(held.at(2)), dayOf(held.at(1))};
        LECTERN_VERIFY_ERROR(
            CourseAttendanceReport(f->context()).forCourse(instructor, course.id, backwards),
            ErrorCode::Invalid);
    }

    void verificationDecidesWhoWasPresent() {
        // Zoë missed the second class with an excuse, and the instructor counts her late
        // arrival at the fourth: present after all.
        AttendanceService attendance(f->context());
        const auto records = attendance.getAttendance(instructor, held.at(0).id).value();
        const auto zoe = std::ranges::find_if(
            records, [&](const SessionAttendance& r) { return r.userId == students[2].id; });
        LECTERN_VERIFY_OK(
            attendance.verifyAttendance(instructor, zoe->id, AttendanceStatus::Excused, QString()));
        const auto report =
            CourseAttendanceReport(f->context()).forCourse(instructor, course.id, {});
        LECTERN_VERIFY_OK(report);
        const auto totals = std::ranges::find_if(
            report->totals, [&](const StudentTotals& t) { return t.person.id == students[2].id; });
        QCOMPARE(totals->sessionsAttended, 1);
        QCOMPARE(totals->sessionsExcused, 1);
    }

    void theTablesReadBackWithOtherReaders() {
        const auto report =
            CourseAttendanceReport(f->context()).forCourse(instructor, course.id, {});
        LECTERN_VERIFY_OK(report);
        const QStringList columns = CourseAttendance::columns();
        const QList<QStringList> rows = report->rows();
        QCOMPARE(rows.size(), 12);
        const QList<QStringList> read = test::csvRoundTrip(columns, rows);
        QCOMPARE(read.size(), 13);
        QCOMPARE(read.first(), columns);
        const auto cell = [&](const QStringList& row, const char* column) {
            return row.at(columns.indexOf(QString::fromLatin1(column)));
        };
        const auto zoeRow = std::ranges::find_if(read, [&](const QStringList& row) {
            return row.first() != u"session_id" && cell(row, "name") == u"Zoë Ünal";
        });
        QCOMPARE(cell(*zoeRow, "session_id"), QString::number(held.first().id));
        QCOMPARE(cell(*zoeRow, "sessions_held"), QStringLiteral("4"));
        QCOMPARE(cell(*zoeRow, "attended_percentage"), QStringLiteral("50.0"));
        QCOMPARE(cell(*zoeRow, "eligible"), QStringLiteral("no"));

        QTemporaryDir folder;
        const QString xlsxPath = folder.filePath(QStringLiteral("course.xlsx"));
        LECTERN_VERIFY_OK(writeXlsx(
            xlsxPath,
            {{QStringLiteral("Attendance"), columns, rows},
             {QStringLiteral("Totals"), CourseAttendance::totalsColumns(), report->totalsRows()}}));
        const QList<test::WorkbookSheet> sheets = test::readXlsxWithPython(xlsxPath);
        QCOMPARE(sheets.size(), 2);
        QCOMPARE(sheets.at(0).rows.size(), 13);
        QCOMPARE(sheets.at(1).name, QStringLiteral("Totals"));
        QCOMPARE(sheets.at(1).rows.first(), CourseAttendance::totalsColumns());
        QCOMPARE(sheets.at(1).rows.at(1).first(), QStringLiteral("Zoë Ünal"));
        QCOMPARE(sheets.at(1).rows.at(1).last(), QStringLiteral("no"));
        QVERIFY(sheets.at(1).numberCells.contains({1, 2})); // sessions_held, a number
    }

    void tellsItsProgressAndStopsWhenAsked() {
        QList<std::pair<int, int>> steps;
        std::stop_source stop;
        ReportProgress watch;
        watch.stop = stop.get_token();
        watch.progress = [&](int done, int total) {
            steps << std::pair{done, total};
            if (done == 2)
                stop.request_stop();
        };
        CourseAttendanceReport report(f->context());
        LECTERN_VERIFY_ERROR(report.forCourse(instructor, course.id, {}, 0.75, watch),
                             ErrorCode::Cancelled);
        QCOMPARE(steps, (QList<std::pair<int, int>>{{1, 4}, {2, 4}}));
        steps.clear();
        watch.stop = {};
        LECTERN_VERIFY_OK(report.forCourse(instructor, course.id, {}, 0.75, watch));
        QCOMPARE(steps.size(), 4);
        QCOMPARE(steps.last(), (std::pair{4, 4}));
    }

    void onlyTheCoursesStaffMayExport() {
        CourseAttendanceReport report(f->context());
        LECTERN_VERIFY_ERROR(report.forCourse(students[0], course.id, {}), ErrorCode::Forbidden);
        const User otherInstructor = f->addUser(Role::Instructor, QStringLiteral("Grace"));
        LECTERN_VERIFY_ERROR(report.forCourse(otherInstructor, course.id, {}),
                             ErrorCode::Forbidden);
        const User ta = f->addUser(Role::Ta, QStringLiteral("Tom Assistant"));
        LECTERN_VERIFY_ERROR(report.forCourse(ta, course.id, {}), ErrorCode::Forbidden);
        f->enroll(course, ta); // TAs moderate; attendance is the instructor's, as per session
        LECTERN_VERIFY_ERROR(report.forCourse(ta, course.id, {}), ErrorCode::Forbidden);
        const User admin = f->addUser(Role::Admin, QStringLiteral("Root"));
        const auto asAdmin = report.forCourse(admin, course.id, {});
        LECTERN_VERIFY_OK(asAdmin);
        // The TA is enrolled, but not a student: not counted for certification.
        QCOMPARE(asAdmin->totals.size(), 3);
        LECTERN_VERIFY_ERROR(report.forCourse(admin, 424242, {}), ErrorCode::NotFound);
        LECTERN_VERIFY_ERROR(report.forCourse(admin, course.id, {}, 0.0), ErrorCode::Invalid);
        LECTERN_VERIFY_ERROR(report.forCourse(admin, course.id, {}, 1.5), ErrorCode::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestCourseAttendance)
#include "tst_courseattendance.moc"
