#include "servicefixture.h"
#include "storage/attendancerepository.h"
#include "storage/participantrepository.h"

#include <QTest>

using namespace lectern;

class TestAttendanceRepository : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    test::ServiceFixture::LiveClass live;

    AttendanceRepository repository() {
        return AttendanceRepository(*f->context().database->connection());
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        live = f->liveClass(2);
    }
    void cleanup() { f.reset(); }

    void computesOneRecordPerParticipantAndRecomputesInPlace() {
        const QDateTime end = f->clock().now().addSecs(400);
        LECTERN_VERIFY_OK(ParticipantRepository(*f->context().database->connection())
                              .closeOpenStints(live.session.id, end));
        LECTERN_VERIFY_OK(repository().computeForSession(live.session.id, 400, end));
        auto records = repository().listBySession(live.session.id);
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->first().attendancePercentage, 100.0);
        QVERIFY(records->first().markedPresent);

        // Against a longer session the same seconds are 40 %: the rows change, none are added.
        LECTERN_VERIFY_OK(repository().computeForSession(live.session.id, 1000, end));
        records = repository().listBySession(live.session.id);
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->first().attendancePercentage, 40.0);
        QVERIFY(!records->first().markedPresent);
        QCOMPARE(records->first().status, AttendanceStatus::Absent);
    }

    void sessionOfNoLengthGivesZeroNotADivisionError() {
        LECTERN_VERIFY_OK(repository().computeForSession(live.session.id, 0, f->clock().now()));
        const auto records = repository().listBySession(live.session.id);
        QCOMPARE(records->size(), 2);
        for (const SessionAttendance& record : *records) {
            QCOMPARE(record.attendancePercentage, 0.0);
            QVERIFY(!record.markedPresent);
        }
    }

    void verificationIsKept() {
        LECTERN_VERIFY_OK(repository().computeForSession(live.session.id, 100, f->clock().now()));
        SessionAttendance record = repository().listBySession(live.session.id)->first();
        record.status = AttendanceStatus::Excused;
        record.markedPresent = false;
        record.verifiedBy = live.instructor.id;
        record.verifiedAt = f->clock().now();
        record.notes = QStringLiteral("Doctor's note");
        LECTERN_VERIFY_OK(repository().saveVerification(record));
        LECTERN_VERIFY_OK(repository().computeForSession(live.session.id, 100, f->clock().now()));
        const SessionAttendance kept = *repository().find(record.id);
        QCOMPARE(kept.status, AttendanceStatus::Excused);
        QCOMPARE(kept.notes, QStringLiteral("Doctor's note"));
        QCOMPARE(kept.verifiedBy, std::optional<Id>(live.instructor.id));
    }
};

QTEST_GUILESS_MAIN(TestAttendanceRepository)
#include "tst_attendancerepository.moc"
