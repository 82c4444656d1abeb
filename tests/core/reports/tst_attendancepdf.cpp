#include "reports/attendancepdf.h"
#include "servicefixture.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;
using namespace lectern::reports;

namespace {

// What poppler's tools (pdftotext, pdfinfo, pdffonts) say about a PDF: a reader not ours.
QString poppler(const char* tool, const QStringList& arguments) {
    const QString program = QStandardPaths::findExecutable(QString::fromLatin1(tool));
    if (program.isEmpty())
        qFatal("%s is missing: .ci/install-deps --tests installs poppler-utils", tool);
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30'000) || process.exitCode() != 0)
        qFatal("%s failed: %s", tool, process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString textOf(const QString& pdf) {
    return poppler("pdftotext", {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

int pageCount(const QString& pdf) {
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(poppler("pdfinfo", {pdf})).captured(1).toInt();
}

User person(Id id, const QString& name) {
    User user;
    user.id = id;
    user.name = name;
    user.email = QStringLiteral("student%1@example.edu").arg(id);
    return user;
}

AttendanceLine lineFor(const User& user, const LiveSession& session, bool present) {
    AttendanceLine line;
    line.person = user;
    line.participant.sessionId = session.id;
    line.participant.joinedAt = session.scheduledStart.addSecs(60);
    line.participant.leftAt = session.scheduledEnd;
    line.participant.durationSeconds = present ? 3540 : 600;
    line.attendance.markedPresent = present;
    line.attendance.attendancePercentage = present ? 98.3 : 16.7;
    line.attendance.status = present ? AttendanceStatus::Present : AttendanceStatus::Absent;
    return line;
}

} // namespace

// Attendance as PDF for people to read and sign: every script's names, page numbers, the
// course and range, read back with poppler.
class TestAttendancePdf : public QObject {
    Q_OBJECT

    // Names in scripts DejaVu Sans has and one it lacks (Chinese, Japanese: a fallback font).
    const QStringList names = {QStringLiteral("Анна Петрова"), QStringLiteral("王小明"),
                               QStringLiteral("Ζωή Παπαδοπούλου"), QStringLiteral("Zoë Ünal"),
                               QStringLiteral("さくら たなか")};

    CourseAttendance courseReport(int sessions, int studentsPerName) const {
        CourseAttendance report;
        report.course.title = QStringLiteral("Механика 101");
        report.range = {QDate(2026, 9, 1), QDate(2026, 12, 20)};
        QList<User> students;
        for (int copy = 0; copy < studentsPerName; ++copy)
            for (const QString& name : names)
                students << person(students.size() + 1, name);
        for (int s = 0; s < sessions; ++s) {
            HeldSession held;
            held.session.id = s + 1;
            held.session.title = QStringLiteral("Week %1").arg(s + 1);
            held.session.scheduledStart = QDateTime(QDate(2026, 9, 7 + 7 * s), QTime(9, 0));
            held.session.scheduledEnd = held.session.scheduledStart.addSecs(3600);
            for (const User& student : students)
                held.lines << lineFor(student, held.session, (student.id + s) % 4 != 0);
            report.sessions << held;
        }
        for (const User& student : students) {
            StudentTotals totals;
            totals.person = student;
            totals.sessionsHeld = sessions;
            totals.sessionsAttended = sessions - 1;
            totals.eligible = true;
            report.totals << totals;
        }
        return report;
    }

private Q_SLOTS:
    void aCourseRunsOverPagesWithEveryNameReadable() {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("course.pdf"));
        const CourseAttendance report = courseReport(4, 8); // 40 students, 4 sessions
        LECTERN_VERIFY_OK(
            writePdf(path, courseAttendancePdf(report, QDateTime::currentDateTime())));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

        const int pages = pageCount(path);
        QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
        const QString text = textOf(path);
        QVERIFY(text.contains(QStringLiteral("Attendance: Механика 101")));
        QVERIFY(text.contains(QStringLiteral("1 Sep 2026 – 20 Dec 2026")));
        QVERIFY(text.contains(QStringLiteral("Totals and certification"))); // no "fi" ligature
        QVERIFY(text.contains(QStringLiteral("Week 4")));
        for (const QString& name : names)
            QVERIFY2(text.contains(name), qPrintable(name));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        // A table's header repeats on each page it runs onto (pdftotext ends pages with \f).
        const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages);
        for (const QString& page : pageTexts)
            QVERIFY(page.contains(QStringLiteral("Poll answers")));
        // Every font is embedded, so the names show on any reader's machine.
        const QStringList fonts = poppler("pdffonts", {path}).split(QLatin1Char('\n')).mid(2);
        QVERIFY(fonts.size() >= 2);
        for (const QString& font : fonts)
            if (!font.trimmed().isEmpty())
                QVERIFY2(font.contains(QStringLiteral(" yes ")), qPrintable(font));
    }

    void oneSessionOnOnePage() {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("session.pdf"));
        const CourseAttendance report = courseReport(1, 1);
        const HeldSession& held = report.sessions.first();
        AttendanceLine verified = held.lines.first();
        verified.verifiedBy = QStringLiteral("Ada Instructor");
        verified.attendance.notes = QStringLiteral("Came late, with a note from the office");
        AttendanceChange change;
        change.changedAt = QDateTime::currentDateTime();
        change.changedByName = QStringLiteral("Ada Instructor");
        change.kind = AttendanceChangeKind::Import;
        change.statusBefore = AttendanceStatus::Absent;
        change.statusAfter = AttendanceStatus::Present;
        change.percentageBefore = 16.7;
        change.percentageAfter = 88.3;
        change.detail = QStringLiteral("Zoom report: 2 stints, 53 min in the session");
        verified.changes << change;
        LECTERN_VERIFY_OK(
            writePdf(path, sessionAttendancePdf(held.session, report.course.title, {verified},
                                                QDateTime::currentDateTime())));
        QCOMPARE(pageCount(path), 1);
        const QString text = textOf(path);
        QVERIFY(text.contains(QStringLiteral("Attendance: Week 1")));
        QVERIFY(text.contains(QStringLiteral("Механика 101")));
        QVERIFY(text.contains(QStringLiteral("Ada Instructor")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
        // The history of the record, below the table.
        QVERIFY2(text.contains(QStringLiteral("Changes to attendance")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Report merged")));
        QVERIFY(text.contains(QStringLiteral("16.7% → 88.3%")));
        QVERIFY(text.contains(QStringLiteral("Zoom report: 2 stints")));
    }

    void aFolderThatDoesNotExistIsAClearError() {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("no/such/report.pdf"));
        const auto written = writePdf(path, {QStringLiteral("Attendance"), {}, {}});
        QVERIFY(!written.has_value());
        QVERIFY(written.error().message.contains(QStringLiteral("no/such")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }
};

QTEST_MAIN(TestAttendancePdf)
#include "tst_attendancepdf.moc"
