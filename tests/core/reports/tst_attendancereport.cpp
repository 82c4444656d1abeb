#include "exportreaders.h"
#include "reports/attendancereport.h"
#include "reports/csv.h"
#include "reports/exportfile.h"
#include "reports/xlsx.h"
#include "servicefixture.h"
#include "services/attendanceservice.h"
#include "services/chatservice.h"
#include "services/participationservice.h"
#include "services/sessionservice.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lectern;
using namespace lectern::reports;

// A session's attendance for certification, and the CSV it is exported as.
class TestAttendanceReport : public QObject {
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> f;

private Q_SLOTS:
    void init() { LECTERN_OPEN_FIXTURE(f); }
    void cleanup() { f.reset(); }

    void everyPersonWithWhatTheyDidAndWhatWasVerified() {
        auto live = f->liveClass(2);
        ChatDraft draft;
        draft.content = QStringLiteral("hello");
        LECTERN_VERIFY_OK(
            ChatService(f->context()).sendChatMessage(live.students[1], live.session.id, draft));
        f->clock().set(live.session.actualStart.addSecs(10 * 60));
        LECTERN_VERIFY_OK(
            ParticipationService(f->context()).leaveSession(live.students[0], live.session.id));
        f->clock().set(live.session.actualStart.addSecs(40 * 60));
        LECTERN_VERIFY_OK(
            SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        AttendanceService attendance(f->context());
        const auto records = attendance.getAttendance(live.instructor, live.session.id).value();
        const auto early = std::ranges::find_if(
            records, [&](const SessionAttendance& r) { return r.userId == live.students[0].id; });
        // A note that a spreadsheet would run as a formula, and one with commas and quotes.
        LECTERN_VERIFY_OK(attendance.verifyAttendance(live.instructor, early->id,
                                                      AttendanceStatus::Excused,
                                                      QStringLiteral("=HYPERLINK(\"x\")")));

        AttendanceReport report(f->context());
        const auto lines = report.forSession(live.instructor, live.session.id);
        LECTERN_VERIFY_OK(lines);
        QCOMPARE(lines->size(), 2);
        const QStringList first = AttendanceReport::cells(lines->first());
        const QStringList columns = AttendanceReport::columns();
        QCOMPARE(first.size(), columns.size());
        const auto cell = [&](const QStringList& row, const char* column) {
            return row.at(columns.indexOf(QString::fromLatin1(column)));
        };
        QCOMPARE(cell(first, "name"), live.students[0].name);
        QCOMPARE(cell(first, "role"), QStringLiteral("student"));
        QCOMPARE(cell(first, "duration"), QStringLiteral("00:10:00"));
        QCOMPARE(cell(first, "attendance_percentage"), QStringLiteral("25.0"));
        QCOMPARE(cell(first, "present"), QStringLiteral("no"));
        QCOMPARE(cell(first, "status"), QStringLiteral("excused"));
        QCOMPARE(cell(first, "verified_by"), live.instructor.name);
        QVERIFY(!cell(first, "verified_at").isEmpty());
        const QStringList second = AttendanceReport::cells(lines->at(1));
        QCOMPARE(cell(second, "chat_messages"), QStringLiteral("1"));
        QCOMPARE(cell(second, "present"), QStringLiteral("yes"));

        // The verification is in the history, with who made it and what it was before.
        QCOMPARE(lines->first().changes.size(), 1);
        QVERIFY(lines->at(1).changes.isEmpty());
        const QList<QStringList> history = AttendanceReport::historyRows(*lines);
        QCOMPARE(history.size(), 1);
        const QStringList historyColumns = AttendanceReport::historyColumns();
        QCOMPARE(history.first().size(), historyColumns.size());
        const auto changed = [&](const char* column) {
            return history.first().at(historyColumns.indexOf(QString::fromLatin1(column)));
        };
        QCOMPARE(changed("name"), live.students[0].name);
        QCOMPARE(changed("changed_by"), live.instructor.name);
        QCOMPARE(changed("kind"), QStringLiteral("verify"));
        QCOMPARE(changed("status_before"), QStringLiteral("absent"));
        QCOMPARE(changed("status_after"), QStringLiteral("excused"));
        QCOMPARE(changed("percentage_after"), QStringLiteral("25.0"));
        QCOMPARE(changed("notes_after"), QStringLiteral("=HYPERLINK(\"x\")"));

        // The workbook carries it as a second sheet; the CSV stays the one table.
        QTemporaryDir folder;
        const QString workbook = folder.filePath(QStringLiteral("week.xlsx"));
        LECTERN_VERIFY_OK(
            writeTables(workbook, ExportFormat::Xlsx,
                        sessionAttendanceTables(live.session, QStringLiteral("Django 101"), *lines,
                                                f->clock().now())));
        const QList<test::WorkbookSheet> sheets = test::readXlsxWithPython(workbook);
        QCOMPARE(sheets.size(), 2);
        QCOMPARE(sheets.at(1).name, QStringLiteral("History"));
        QCOMPARE(sheets.at(1).rows.size(), 2);
        QCOMPARE(sheets.at(1).rows.at(0), historyColumns);

        // Written as CSV and read back by a reader that is not ours.
        QList<QStringList> rows;
        for (const AttendanceLine& line : *lines)
            rows << AttendanceReport::cells(line);
        const QList<QStringList> read = test::csvRoundTrip(columns, rows);
        QCOMPARE(read.size(), 3);
        QCOMPARE(read.at(0), columns);
        QCOMPARE(cell(read.at(1), "name"), live.students[0].name);
        // The formula is neutralised; the quotes survive.
        QCOMPARE(cell(read.at(1), "notes"), QStringLiteral("'=HYPERLINK(\"x\")"));
        QCOMPARE(read.at(2), second);
    }

    void aWorkbookHoldsTheSameTable() {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("attendance.xlsx"));
        const QStringList header{QStringLiteral("name"), QStringLiteral("attendance_percentage")};
        LECTERN_VERIFY_OK(writeXlsx(path, {{QStringLiteral("Attendance"),
                                            header,
                                            {{QStringLiteral("Zoë Ünal"), QStringLiteral("87.5")},
                                             {QStringLiteral("李雷"), QStringLiteral("12")}}}}));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        // Read back with Python's zipfile and XML reader: the names as text, the
        // percentages as numbers.
        const QList<test::WorkbookSheet> sheets = test::readXlsxWithPython(path);
        QCOMPARE(sheets.size(), 1);
        QCOMPARE(sheets.first().name, QStringLiteral("Attendance"));
        QCOMPARE(sheets.first().rows,
                 (QList<QStringList>{header,
                                     {QStringLiteral("Zoë Ünal"), QStringLiteral("87.5")},
                                     {QStringLiteral("李雷"), QStringLiteral("12")}}));
        QCOMPARE(sheets.first().numberCells, (QSet<std::pair<int, int>>{{1, 1}, {2, 1}}));
        // A folder that does not exist is a clear error, and leaves nothing behind.
        const auto refused = writeXlsx(folder.filePath(QStringLiteral("no/such/dir.xlsx")),
                                       {{QStringLiteral("A"), header, {}}});
        QVERIFY(!refused.has_value());
        QVERIFY(refused.error().message.contains(QStringLiteral("no/such")));
    }

    void onlyTheSessionsStaffMayExport() {
        auto live = f->liveClass(1);
        f->clock().set(live.session.actualStart.addSecs(60));
        LECTERN_VERIFY_OK(
            SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        LECTERN_VERIFY_ERROR(
            AttendanceReport(f->context()).forSession(live.students[0], live.session.id),
            ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(AttendanceReport(f->context()).forSession(live.instructor, 424242),
                             ErrorCode::NotFound);
    }

    void cellsThatLookLikeFormulasAreNeutralised_data() {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("plus") << QStringLiteral("+49 30") << QStringLiteral("'+49 30");
        QTest::newRow("minus") << QStringLiteral("-2") << QStringLiteral("'-2");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("carriage return") << QStringLiteral("\rx") << QStringLiteral("'\rx");
        QTest::newRow("plain") << QStringLiteral("Ada") << QStringLiteral("Ada");
        QTest::newRow("empty") << QString() << QString();
    }
    void cellsThatLookLikeFormulasAreNeutralised() {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(neutralisedCell(cell), written);
    }

    void csvQuotesWhatNeedsIt() {
        const QByteArray csv = toCsv({QStringLiteral("a"), QStringLiteral("b")},
                                     {{QStringLiteral("x,y"), QStringLiteral("say \"hi\"\nbye")}});
        QCOMPARE(csv, QByteArray("\xEF\xBB\xBF"
                                 "a,b\r\n\"x,y\",\"say \"\"hi\"\"\nbye\"\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestAttendanceReport)
#include "tst_attendancereport.moc"
