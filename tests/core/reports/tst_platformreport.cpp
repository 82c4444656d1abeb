#include "reports/platformreport.h"

#include <QFile>
#include <QTest>

using namespace lectern;
using namespace lectern::reports;

// Meeting platforms' attendance reports, in each vendor's documented layout (the files in
// data/), read into stints in the organiser's time zone.
class TestPlatformReport : public QObject {
    Q_OBJECT

    // The session ran 10:00-11:00 in New York on 25 November 2026 (15:00-16:00 UTC).
    static PlatformReportContext newYork() {
        const QTimeZone zone("America/New_York");
        return {zone, QDateTime(QDate(2026, 11, 25), QTime(10, 0), zone),
                QDateTime(QDate(2026, 11, 25), QTime(11, 0), zone)};
    }
    static QDateTime utc(int hour, int minute, int second = 0) {
        return QDateTime(QDate(2026, 11, 25), QTime(hour, minute, second), Qt::UTC);
    }
    static PlatformReport read(const QString& name) {
        // The sources' folder, as the build names it (ctest may run from anywhere).
        QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/reports/data/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("no test file %s", qPrintable(name));
        return readPlatformReport(file.readAll(), newYork());
    }
    static QString problems(const PlatformReport& report) {
        QStringList lines;
        for (const auto& problem : report.problems)
            lines << QStringLiteral("%1: %2").arg(problem.line).arg(problem.message);
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void zoomParticipantsReport() {
        const PlatformReport report = read(QStringLiteral("zoom-participants.csv"));
        QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
        QCOMPARE(report.source, StintSource::Zoom);
        QCOMPARE(report.stints.size(), 6);
        const PlatformStintLine& sam = report.stints.at(1);
        QCOMPARE(sam.line, 3);
        QCOMPARE(sam.name, QStringLiteral("Sam"));
        QCOMPARE(sam.otherName, QStringLiteral("Samuel Student"));
        QCOMPARE(sam.email, QStringLiteral("sam@lectern.test"));
        QCOMPARE(sam.joined, utc(15, 2));
        QCOMPARE(sam.left, utc(15, 30));
        QCOMPARE(report.stints.at(0).joined, utc(14, 58, 12));
        QCOMPARE(report.stints.at(3).otherName, QStringLiteral("Kim Student"));
        QCOMPARE(report.stints.at(3).email, QString());
        QCOMPARE(report.stints.at(4).name, QStringLiteral("Lovelace, Ada")); // quoted comma
    }

    void zoomReportWithMeetingData() {
        const PlatformReport report = read(QStringLiteral("zoom-with-meeting-data.csv"));
        QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
        QCOMPARE(report.source, StintSource::Zoom);
        QCOMPARE(report.stints.size(), 2); // the meeting's own line is not a participant
        QCOMPARE(report.stints.at(0).line, 5);
        QCOMPARE(report.stints.at(1).email, QStringLiteral("kim@lectern.test")); // lower case
        QCOMPARE(report.stints.at(1).left, utc(15, 50));
    }

    void badLinesAreReportedByNumber() {
        const PlatformReport report = read(QStringLiteral("zoom-bad-lines.csv"));
        QCOMPARE(report.stints.size(), 1);
        QCOMPARE(report.problems.size(), 3);
        QCOMPARE(report.problems.at(0).line, 3);
        QVERIFY(report.problems.at(0).message.contains(u"\"yesterday\" is not a join time"));
        QCOMPARE(report.problems.at(1).line, 4);
        QVERIFY(report.problems.at(1).message.contains(u"leaves before joining"));
        QCOMPARE(report.problems.at(2).line, 5);
        QVERIFY(report.problems.at(2).message.contains(u"not valid CSV"));
    }

    void teamsAttendanceReportInSections() {
        const PlatformReport report = read(QStringLiteral("teams-attendance.csv"));
        QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
        QCOMPARE(report.source, StintSource::Teams);
        // From "3. In-Meeting Activities", one line per stint (UTF-16, tabs, "9:58 AM" with
        // a narrow no-break space, two-digit years).
        QCOMPARE(report.stints.size(), 4);
        QCOMPARE(report.stints.at(1).name, QStringLiteral("Samuel Student"));
        QCOMPARE(report.stints.at(1).line, 18);
        QCOMPARE(report.stints.at(1).joined, utc(15, 2));
        QCOMPARE(report.stints.at(2).joined, utc(15, 23));
        QCOMPARE(report.stints.at(3).email, QString());
    }

    void teamsAttendanceListOf2020() {
        const PlatformReport report = read(QStringLiteral("teams-attendance-list-2020.csv"));
        QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
        QCOMPARE(report.source, StintSource::Teams);
        QCOMPARE(report.stints.size(), 4);
        // Kim never left: her stint lasts to the end of the session.
        const auto kim = std::find_if(report.stints.begin(), report.stints.end(),
                                      [](const auto& s) { return s.name.startsWith(u"Kim"); });
        QVERIFY(kim != report.stints.end());
        QCOMPARE(kim->joined, utc(15, 0));
        QCOMPARE(kim->left, utc(16, 0));
    }

    void meetAttendanceReportWithTimesOfDay() {
        const PlatformReport report = read(QStringLiteral("meet-attendance.csv"));
        QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
        QCOMPARE(report.source, StintSource::Meet);
        QCOMPARE(report.stints.size(), 4);
        QCOMPARE(report.stints.at(1).name, QStringLiteral("Samuel Student"));
        QCOMPARE(report.stints.at(1).joined, utc(15, 2));
        QCOMPARE(report.stints.at(1).left, utc(15, 55));
        QCOMPARE(report.stints.at(3).name, QStringLiteral("Zoë Ñúñez"));
    }

    void meetTimesPastMidnight() {
        const QTimeZone zone("Europe/Berlin");
        const PlatformReportContext lateClass{zone,
                                              QDateTime(QDate(2026, 11, 25), QTime(23, 30), zone),
                                              QDateTime(QDate(2026, 11, 26), QTime(0, 30), zone)};
        const PlatformReport report =
            readPlatformReport("First name,Last name,Email,Duration,Time joined,Time exited\n"
                               "Sam,Student,sam@lectern.test,50 min,23:35,00:25\n"
                               "Kim,Student,kim@lectern.test,20 min,00:05,00:25\n",
                               lateClass);
        QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
        QCOMPARE(report.stints.at(0).joined.secsTo(report.stints.at(0).left), qint64(50 * 60));
        QCOMPARE(report.stints.at(1).joined, QDateTime(QDate(2026, 11, 26), QTime(0, 5), zone));
    }

    void timesOfAnotherDayAreRefused() {
        const PlatformReport report = readPlatformReport(
            "Name (Original Name),User Email,Join Time,Leave Time\n"
            "Sam,sam@lectern.test,11/02/2026 10:02:00 AM,11/02/2026 10:55:00 AM\n",
            newYork());
        QCOMPARE(report.stints.size(), 0);
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.at(0).line, 2);
    }

    void dayAndMonthAreReadTheWayNearestTheSession() {
        // 25/11 can only be day first; 11/25 only month first; both land on the session.
        const PlatformReport report =
            readPlatformReport("Name,Email,Join Time,Leave Time\n"
                               "Sam,sam@lectern.test,25/11/2026 10:02,25/11/2026 10:55\n"
                               "Kim,kim@lectern.test,2026-11-25 10:00:00,2026-11-25 10:50:00\n",
                               newYork());
        QVERIFY2(report.problems.isEmpty(), qPrintable(problems(report)));
        QCOMPARE(report.stints.at(0).joined, utc(15, 2));
        QCOMPARE(report.stints.at(1).left, utc(15, 50));
    }

    void somethingElseIsNotAReport() {
        const PlatformReport report =
            readPlatformReport("email,name\nsam@lectern.test,Sam\n", newYork());
        QCOMPARE(report.stints.size(), 0);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.at(0).message.contains(u"not a Zoom participants report"));
    }
};

QTEST_GUILESS_MAIN(TestPlatformReport)
#include "tst_platformreport.moc"
