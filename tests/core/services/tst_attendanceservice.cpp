#include "servicefixture.h"
#include "services/attendanceservice.h"
#include "services/participationservice.h"
#include "services/sessionservice.h"

#include <QTest>

using namespace lectern;

class TestAttendanceService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    test::ServiceFixture::LiveClass live;

    SessionAttendance recordOf(const User& user) {
        auto records =
            AttendanceService(f->context()).getAttendance(live.instructor, live.session.id);
        for (const SessionAttendance& record : *records) {
            if (record.userId == user.id)
                return record;
        }
        qFatal("no attendance record for %s", qPrintable(user.name));
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        live = f->liveClass(0);
    }
    void cleanup() { f.reset(); }

    // A 90-second session: whole seconds give exact shares of it.
    void presenceBoundaries_data() {
        QTest::addColumn<qint64>("attended");
        QTest::addColumn<double>("percentage");
        QTest::addColumn<bool>("present");
        QTest::newRow("all") << qint64(90) << 100.0 << true;
        QTest::newRow("75 % exactly") << qint64(68) << 68 * 100.0 / 90 << true;
        QTest::newRow("just under") << qint64(67) << 67 * 100.0 / 90 << false;
        QTest::newRow("none") << qint64(0) << 0.0 << false;
    }
    void presenceBoundaries() {
        QFETCH(qint64, attended);
        QFETCH(double, percentage);
        QFETCH(bool, present);
        const User sam = f->addUser(Role::Student, QStringLiteral("Sam"));
        f->enroll(live.course, sam);
        ParticipationService participation(f->context());
        f->clock().advance(90 - attended);
        LECTERN_VERIFY_OK(participation.joinSession(sam, live.session.id));
        f->clock().advance(attended);
        LECTERN_VERIFY_OK(
            SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        const SessionAttendance record = recordOf(sam);
        QVERIFY(qAbs(record.attendancePercentage - percentage) < 1e-9);
        QCOMPARE(record.markedPresent, present);
        QCOMPARE(record.status, present ? AttendanceStatus::Present : AttendanceStatus::Absent);
    }

    void exactlySeventyFivePercentOfAnHourIsPresent() {
        const User sam = f->addUser(Role::Student, QStringLiteral("Sam"));
        const User kim = f->addUser(Role::Student, QStringLiteral("Kim"));
        f->enroll(live.course, sam);
        f->enroll(live.course, kim);
        ParticipationService participation(f->context());
        f->clock().advance(900);
        LECTERN_VERIFY_OK(participation.joinSession(sam, live.session.id));
        f->clock().advance(1);
        LECTERN_VERIFY_OK(participation.joinSession(kim, live.session.id));
        f->clock().advance(2699);
        LECTERN_VERIFY_OK(
            SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        QCOMPARE(recordOf(sam).attendancePercentage, 75.0);
        QVERIFY(recordOf(sam).markedPresent);
        QVERIFY(recordOf(kim).attendancePercentage < 75.0);
        QVERIFY(!recordOf(kim).markedPresent);
    }

    void registeredButAbsentGetsARecord() {
        const User sam = f->addUser(Role::Student, QStringLiteral("Sam"));
        f->enroll(live.course, sam);
        const LiveSession later =
            f->addSession(live.course, live.instructor, live.session.scheduledEnd.addDays(1));
        LECTERN_VERIFY_OK(ParticipationService(f->context()).joinSession(sam, later.id));
        LECTERN_VERIFY_OK(
            SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        f->clock().set(later.scheduledStart);
        LECTERN_VERIFY_OK(SessionService(f->context()).startLiveSession(live.instructor, later.id));
        f->clock().advance(600);
        LECTERN_VERIFY_OK(SessionService(f->context()).endLiveSession(live.instructor, later.id));
        auto records = AttendanceService(f->context()).getAttendance(live.instructor, later.id);
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->first().attendancePercentage, 0.0);
        QVERIFY(!records->first().markedPresent);
    }

    void manualVerificationOverridesAndSurvivesRecomputing() {
        const User sam = f->addUser(Role::Student, QStringLiteral("Sam"));
        f->enroll(live.course, sam);
        ParticipationService participation(f->context());
        f->clock().advance(1800);
        LECTERN_VERIFY_OK(participation.joinSession(sam, live.session.id));
        f->clock().advance(600);
        LECTERN_VERIFY_OK(
            SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        const SessionAttendance computed = recordOf(sam);
        QVERIFY(!computed.markedPresent);

        AttendanceService attendance(f->context());
        LECTERN_VERIFY_ERROR(
            attendance.verifyAttendance(sam, computed.id, AttendanceStatus::Present, {}),
            ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(attendance.verifyAttendance(live.instructor, computed.id,
                                                         AttendanceStatus::Late,
                                                         QString(2001, u'n')),
                             ErrorCode::Invalid);
        f->clock().advance(60);
        auto late =
            attendance.verifyAttendance(live.instructor, computed.id, AttendanceStatus::Late,
                                        QStringLiteral("Network trouble, joined by phone"));
        LECTERN_VERIFY_OK(late);
        QVERIFY(late->markedPresent);
        QCOMPARE(late->verifiedBy, std::optional<Id>(live.instructor.id));
        QCOMPARE(late->verifiedAt, f->clock().now());

        auto recomputed = attendance.processAttendance(live.instructor, live.session.id);
        LECTERN_VERIFY_OK(recomputed);
        const SessionAttendance kept = recordOf(sam);
        QCOMPARE(kept.status, AttendanceStatus::Late);
        QVERIFY(kept.markedPresent);
        QCOMPARE(kept.notes, QStringLiteral("Network trouble, joined by phone"));

        auto excused = attendance.verifyAttendance(live.instructor, computed.id,
                                                   AttendanceStatus::Excused, {});
        QVERIFY(!excused->markedPresent);

        // Each change is kept: who, when, before and after; the refused ones are not.
        auto history = attendance.attendanceHistory(live.instructor, live.session.id);
        LECTERN_VERIFY_OK(history);
        QCOMPARE(history->size(), 2);
        const AttendanceChange& first = history->at(0);
        QCOMPARE(first.attendanceId, computed.id);
        QCOMPARE(first.kind, AttendanceChangeKind::Verify);
        QCOMPARE(first.changedBy, std::optional<Id>(live.instructor.id));
        QCOMPARE(first.changedByName, live.instructor.name);
        QCOMPARE(first.statusBefore, AttendanceStatus::Absent);
        QCOMPARE(first.statusAfter, AttendanceStatus::Late);
        QCOMPARE(first.notesBefore, QString());
        QCOMPARE(first.notesAfter, QStringLiteral("Network trouble, joined by phone"));
        QCOMPARE(first.percentageBefore, computed.attendancePercentage);
        const AttendanceChange& second = history->at(1);
        QCOMPARE(second.statusBefore, AttendanceStatus::Late);
        QCOMPARE(second.statusAfter, AttendanceStatus::Excused);
        QCOMPARE(second.notesBefore, QStringLiteral("Network trouble, joined by phone"));
        QCOMPARE(second.notesAfter, QString());
        LECTERN_VERIFY_ERROR(attendance.attendanceHistory(sam, live.session.id),
                             ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(
            attendance.verifyAttendance(live.instructor, 9999, AttendanceStatus::Present, {}),
            ErrorCode::NotFound);
    }

    void attendanceIsForManagers() {
        const User sam = f->addUser(Role::Student, QStringLiteral("Sam"));
        f->enroll(live.course, sam);
        AttendanceService attendance(f->context());
        LECTERN_VERIFY_ERROR(attendance.getAttendance(sam, live.session.id), ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(attendance.processAttendance(live.instructor, live.session.id),
                             ErrorCode::Conflict);
        const User admin = f->addUser(Role::Admin, QStringLiteral("Root"));
        LECTERN_VERIFY_OK(attendance.getAttendance(admin, live.session.id));
    }
};

QTEST_GUILESS_MAIN(TestAttendanceService)
#include "tst_attendanceservice.moc"
