#include "domain/importfile.h"
#include "reports/attendanceimport.h"
#include "reports/attendancereport.h"
#include "servicefixture.h"
#include "services/attendanceservice.h"
#include "services/participationservice.h"
#include "services/sessionservice.h"
#include "storage/stintrepository.h"

#include <QFile>
#include <QTest>

using namespace lectern;
using namespace lectern::reports;

// A platform's attendance report merged with the hub's own stints: matched, previewed without
// a write, applied with a history entry per changed record, and made again without counting
// twice.
class TestAttendanceImport : public QObject {
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> f;
    User ada, sam, kim, lou, tom;
    Course course;
    LiveSession session;

    static QByteArray file(const QString& name) {
        QFile data(QStringLiteral(QT_TESTCASE_SOURCEDIR "/reports/data/") + name);
        if (!data.open(QIODevice::ReadOnly))
            qFatal("no test file %s", qPrintable(name));
        return data.readAll();
    }
    static AttendanceImportOptions options(bool apply = false) {
        AttendanceImportOptions o;
        o.timeZone = QTimeZone("America/New_York");
        o.apply = apply;
        return o;
    }
    Result<AttendanceImport> import(const QString& name, const AttendanceImportOptions& o,
                                    const User* actor = nullptr) {
        return importPlatformAttendance(f->context(), actor ? *actor : ada, session.id, file(name),
                                        o);
    }
    std::optional<SessionAttendance> recordOf(const User& user) {
        auto records = AttendanceService(f->context()).getAttendance(ada, session.id);
        for (const SessionAttendance& record : *records) {
            if (record.userId == user.id)
                return record;
        }
        return std::nullopt;
    }
    qsizetype stintsFrom(StintSource source) {
        auto connection = f->context().database->connection();
        auto stints = StintRepository(*connection).listBySession(session.id);
        qsizetype count = 0;
        for (const auto& list : *stints)
            count += std::count_if(list.begin(), list.end(),
                                   [source](const auto& s) { return s.source == source; });
        return count;
    }
    static const ImportedAttendance* find(const AttendanceImport& import, const User& user) {
        for (const ImportedAttendance& person : import.matched) {
            if (person.student.id == user.id)
                return &person;
        }
        return nullptr;
    }

private Q_SLOTS:
    // The class ran 10:00-11:00 in New York on 25 November 2026; Sam had the page open from
    // 10:40 to 10:50 (inside his Zoom time) and Lou from 10:00 to 10:10 (not on Zoom at all).
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        ada = f->addUser(Role::Instructor, QStringLiteral("Ada Lovelace"),
                         QStringLiteral("ada@lectern.test"));
        sam = f->addUser(Role::Student, QStringLiteral("Samuel Student"),
                         QStringLiteral("sam@lectern.test"));
        kim = f->addUser(Role::Student, QStringLiteral("Kim Student"),
                         QStringLiteral("kim@lectern.test"));
        lou = f->addUser(Role::Student, QStringLiteral("Lou Student"),
                         QStringLiteral("lou@lectern.test"));
        tom = f->addUser(Role::Ta, QStringLiteral("Tom Assistant"));
        course = f->addCourse(ada);
        for (const User& user : {sam, kim, lou, tom})
            f->enroll(course, user);
        const QDateTime start(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC);
        session = f->addSession(course, ada, start);
        f->clock().set(start);
        LECTERN_VERIFY_OK(SessionService(f->context()).startLiveSession(ada, session.id));
        ParticipationService participation(f->context());
        LECTERN_VERIFY_OK(participation.joinSession(lou, session.id));
        f->clock().advance(600);
        LECTERN_VERIFY_OK(participation.leaveSession(lou, session.id));
        f->clock().set(start.addSecs(40 * 60));
        LECTERN_VERIFY_OK(participation.joinSession(sam, session.id));
        f->clock().advance(600);
        LECTERN_VERIFY_OK(participation.leaveSession(sam, session.id));
        f->clock().set(start.addSecs(3600));
        LECTERN_VERIFY_OK(SessionService(f->context()).endLiveSession(ada, session.id));
        f->clock().advance(3600);
    }
    void cleanup() { f.reset(); }

    void previewMatchesAndWritesNothing() {
        auto preview = import(QStringLiteral("zoom-participants.csv"), options());
        LECTERN_VERIFY_OK(preview);
        QVERIFY(!preview->applied);
        QCOMPARE(preview->source, StintSource::Zoom);
        QCOMPARE(preview->matched.size(), 2);
        QCOMPARE(preview->staffLines, 2); // Ada, and Ada again as "Lovelace, Ada" on the phone
        const ImportedAttendance* samRow = find(*preview, sam); // by email
        QVERIFY(samRow);
        QCOMPARE(samRow->lines, (QList<int>{3, 4}));
        QCOMPARE(samRow->reportSeconds, qint64(53 * 60)); // 10:02-10:55, the overlap once
        QCOMPARE(samRow->secondsBefore, qint64(600));
        QCOMPARE(samRow->secondsAfter, qint64(53 * 60)); // the page's 10 min are inside it
        QCOMPARE(samRow->statusBefore, AttendanceStatus::Absent);
        QCOMPARE(samRow->statusAfter, AttendanceStatus::Present);
        QVERIFY(qAbs(samRow->percentageAfter - 5300.0 / 60) < 0.01);
        const ImportedAttendance* kimRow = find(*preview, kim); // by her original name
        QVERIFY(kimRow);
        QCOMPARE(kimRow->secondsAfter, qint64(50 * 60));
        QCOMPARE(preview->unmatched.size(), 1);
        QCOMPARE(preview->unmatched.at(0).name, QStringLiteral("Guest Caller"));
        QCOMPARE(preview->unmatched.at(0).lines, (QList<int>{7}));
        QCOMPARE(preview->unmatched.at(0).reportSeconds, qint64(600));

        // Nothing was written.
        QCOMPARE(recordOf(sam)->status, AttendanceStatus::Absent);
        QVERIFY(!recordOf(kim));
        QCOMPARE(stintsFrom(StintSource::Zoom), 0);
        auto history = AttendanceService(f->context()).attendanceHistory(ada, session.id);
        QVERIFY(history->isEmpty());
    }

    void applyingMergesAndKeepsHistory() {
        auto applied = import(QStringLiteral("zoom-participants.csv"), options(true));
        LECTERN_VERIFY_OK(applied);
        QVERIFY(applied->applied);
        const SessionAttendance samRecord = *recordOf(sam);
        QCOMPARE(samRecord.status, AttendanceStatus::Present);
        QVERIFY(qAbs(samRecord.attendancePercentage - 5300.0 / 60) < 0.01);
        QCOMPARE(recordOf(kim)->status, AttendanceStatus::Present); // on Zoom only
        QCOMPARE(recordOf(lou)->status, AttendanceStatus::Absent);  // the page's 10 min
        QCOMPARE(stintsFrom(StintSource::Zoom), 3);

        auto history = AttendanceService(f->context()).attendanceHistory(ada, session.id);
        LECTERN_VERIFY_OK(history);
        QCOMPARE(history->size(), 2); // Sam and Kim; Lou did not change
        const AttendanceChange& samChange = history->at(0);
        QCOMPARE(samChange.kind, AttendanceChangeKind::Import);
        QCOMPARE(samChange.changedBy, std::optional<Id>(ada.id));
        QCOMPARE(samChange.attendanceId, samRecord.id);
        QCOMPARE(samChange.statusBefore, AttendanceStatus::Absent);
        QCOMPARE(samChange.statusAfter, AttendanceStatus::Present);
        QCOMPARE(samChange.detail, QStringLiteral("Zoom report: 2 stints, 53 min in the session"));

        // The export's time in class is the merged one, with the import in the record's history.
        auto lines = AttendanceReport(f->context()).forSession(ada, session.id);
        LECTERN_VERIFY_OK(lines);
        const auto samLine = std::ranges::find_if(
            *lines, [this](const AttendanceLine& line) { return line.person.id == sam.id; });
        QCOMPARE(AttendanceReport::cells(*samLine).at(5), QStringLiteral("00:53:00"));
        QCOMPARE(samLine->changes.size(), 1);

        // Worked out again, the merged figures stand.
        LECTERN_VERIFY_OK(AttendanceService(f->context()).processAttendance(ada, session.id));
        QCOMPARE(recordOf(kim)->status, AttendanceStatus::Present);
    }

    void importingAgainReplacesThatPlatformsStints() {
        LECTERN_VERIFY_OK(import(QStringLiteral("zoom-participants.csv"), options(true)));
        auto again = import(QStringLiteral("zoom-with-meeting-data.csv"), options(true));
        LECTERN_VERIFY_OK(again);
        QCOMPARE(stintsFrom(StintSource::Zoom), 2);
        QCOMPARE(find(*again, sam)->secondsAfter, qint64(53 * 60));
        auto history = AttendanceService(f->context()).attendanceHistory(ada, session.id);
        QCOMPARE(history->size(), 2); // the same figures: no new entries

        // Another platform's report is merged with it, overlaps once.
        auto teams = import(QStringLiteral("teams-attendance.csv"), options(true));
        LECTERN_VERIFY_OK(teams);
        QCOMPARE(teams->source, StintSource::Teams);
        QCOMPARE(find(*teams, sam)->secondsAfter, qint64(53 * 60));
        QCOMPARE(stintsFrom(StintSource::Teams), 3);
    }

    void aVerifiedStatusStandsAndTheFigureMoves() {
        LECTERN_VERIFY_OK(import(QStringLiteral("zoom-participants.csv"), options(true)));
        AttendanceService attendance(f->context());
        LECTERN_VERIFY_OK(attendance.verifyAttendance(
            ada, recordOf(lou)->id, AttendanceStatus::Excused, QStringLiteral("Doctor's note")));
        AttendanceImportOptions o = options(true);
        o.assignments.insert(QStringLiteral("Guest Caller"), QStringLiteral("LOU@lectern.test"));
        auto assigned = import(QStringLiteral("zoom-participants.csv"), o);
        LECTERN_VERIFY_OK(assigned);
        QVERIFY(assigned->unmatched.isEmpty());
        const ImportedAttendance* louRow = find(*assigned, lou);
        QVERIFY(louRow);
        QVERIFY(louRow->verified);
        QCOMPARE(louRow->secondsAfter, qint64(20 * 60)); // page 10:00-10:10, phone 10:10-10:20
        QCOMPARE(recordOf(lou)->status, AttendanceStatus::Excused);
        QCOMPARE(recordOf(lou)->notes, QStringLiteral("Doctor's note"));
    }

    void badLinesImportNothingUnlessSkipped() {
        auto preview = import(QStringLiteral("zoom-bad-lines.csv"), options());
        LECTERN_VERIFY_OK(preview);
        QCOMPARE(preview->problems.size(), 3);
        QCOMPARE(preview->matched.size(), 1);
        LECTERN_VERIFY_ERROR(import(QStringLiteral("zoom-bad-lines.csv"), options(true)),
                             ErrorCode::Invalid);
        QCOMPARE(stintsFrom(StintSource::Zoom), 0);
        AttendanceImportOptions skip = options(true);
        skip.skipBadLines = true;
        LECTERN_VERIFY_OK(import(QStringLiteral("zoom-bad-lines.csv"), skip));
        QCOMPARE(recordOf(sam)->status, AttendanceStatus::Present);
    }

    void refusals() {
        // Students, the course's TA, someone from outside it and a TA of another course:
        // none may import or read the history.
        const User outsider = f->addUser(Role::Student, QStringLiteral("Outsider"));
        const User otherTa = f->addUser(Role::Ta, QStringLiteral("Other TA"));
        f->enroll(f->addCourse(f->addUser(Role::Instructor, QStringLiteral("Bo"))), otherTa);
        AttendanceService attendance(f->context());
        for (const User* refused :
             std::initializer_list<const User*>{&outsider, &otherTa, &tom, &sam}) {
            LECTERN_VERIFY_ERROR(
                import(QStringLiteral("zoom-participants.csv"), options(), refused),
                ErrorCode::Forbidden);
            LECTERN_VERIFY_ERROR(attendance.attendanceHistory(*refused, session.id),
                                 ErrorCode::Forbidden);
        }
        AttendanceImportOptions stranger = options();
        stranger.assignments.insert(QStringLiteral("Guest Caller"),
                                    QStringLiteral("nobody@elsewhere.test"));
        LECTERN_VERIFY_ERROR(import(QStringLiteral("zoom-participants.csv"), stranger),
                             ErrorCode::Invalid);
        // Not a report: one problem, and nothing to apply.
        auto notAReport = importPlatformAttendance(f->context(), ada, session.id,
                                                   "email,name\nsam@lectern.test,Sam\n", options());
        LECTERN_VERIFY_OK(notAReport);
        QCOMPARE(notAReport->problems.size(), 1);
        LECTERN_VERIFY_ERROR(importPlatformAttendance(f->context(), ada, session.id,
                                                      "email,name\nsam@lectern.test,Sam\n",
                                                      options(true)),
                             ErrorCode::Invalid);
        // A session that has not ended has no attendance to merge with.
        const LiveSession later =
            f->addSession(course, ada, QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC));
        LECTERN_VERIFY_ERROR(importPlatformAttendance(f->context(), ada, later.id,
                                                      file(QStringLiteral("zoom-participants.csv")),
                                                      options()),
                             ErrorCode::Conflict);
        // Past the largest report: refused before it is read.
        LECTERN_VERIFY_ERROR(importPlatformAttendance(f->context(), ada, session.id,
                                                      QByteArray(maxImportFileBytes + 1, ' '),
                                                      options()),
                             ErrorCode::TooLarge);
    }
};

QTEST_GUILESS_MAIN(TestAttendanceImport)
#include "tst_attendanceimport.moc"
