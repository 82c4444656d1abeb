#include "client/local/localconsole.h"
#include "domain/events.h"
#include "servicefixture.h"
#include "services/sessionservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace lectern;

// The console's door on this computer: views come back with what the caller may do in them,
// refusals come back as errors, and the core's events reach the console.
class TestLocalConsole : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    test::ServiceFixture::LiveClass live;
    User ta;

    template <typename T> static T answer(QFuture<T> future) {
        future.waitForFinished();
        return future.result();
    }
    client::LocalConsole consoleOf(const User& user) { return {f->context(), user}; }

    void endWithARecording() {
        QVERIFY(SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        f->addRecording(live.session, live.instructor);
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        live = f->liveClass(2);
        ta = f->addUser(Role::Ta, QStringLiteral("Tariq TA"));
        f->enroll(live.course, ta);
    }
    void cleanup() { f.reset(); }

    void theInstructorSeesRecordingsAttendanceAndNames() {
        endWithARecording();
        client::LocalConsole console = consoleOf(live.instructor);
        const auto records = answer(console.sessionRecords(live.session.id));
        LECTERN_VERIFY_OK(records);
        QVERIFY(records->rights.manages);
        QVERIFY(records->rights.staffs);
        QCOMPARE(records->recordings.size(), 1);
        QCOMPARE(records->completions.value(records->recordings[0].id, -1), qint64(0));
        QCOMPARE(records->attendance.size(), 2);
        QVERIFY(records->attendanceProblem.isEmpty());
        for (const SessionAttendance& record : records->attendance)
            QVERIFY(!records->people.value(record.userId).name.isEmpty());
    }

    void aTaSeesTheRecordingsButNotTheAttendance() {
        endWithARecording();
        client::LocalConsole console = consoleOf(ta);
        const auto records = answer(console.sessionRecords(live.session.id));
        LECTERN_VERIFY_OK(records);
        QVERIFY(!records->rights.manages);
        QVERIFY(records->rights.staffs);
        QVERIFY(records->rights.moderates);
        QCOMPARE(records->recordings.size(), 1);
        QVERIFY(records->completions.isEmpty());
        QVERIFY(records->attendance.isEmpty());
        QVERIFY(records->people.isEmpty());
        QVERIFY(!records->attendanceProblem.isEmpty());
    }

    void aStudentHasNoRightsInTheSession() {
        endWithARecording();
        client::LocalConsole console = consoleOf(live.students[0]);
        const auto records = answer(console.sessionRecords(live.session.id));
        LECTERN_VERIFY_OK(records);
        QVERIFY(!records->rights.manages);
        QVERIFY(!records->rights.staffs);
        QVERIFY(!records->rights.moderates);
        QVERIFY(records->attendance.isEmpty());
    }

    void someoneOutsideTheCourseIsRefused() {
        endWithARecording();
        const User outsider = f->addUser(Role::Student, QStringLiteral("Olga Outsider"));
        client::LocalConsole console = consoleOf(outsider);
        const auto records = answer(console.sessionRecords(live.session.id));
        QVERIFY(!records);
        QVERIFY(records.error().code == ErrorCode::NotFound ||
                records.error().code == ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(answer(console.attendanceHistory(live.session.id)),
                             records.error().code);
    }

    void aTaCannotVerifyAttendance() {
        endWithARecording();
        const auto records = answer(consoleOf(live.instructor).sessionRecords(live.session.id));
        LECTERN_VERIFY_OK(records);
        client::LocalConsole console = consoleOf(ta);
        LECTERN_VERIFY_ERROR(
            answer(console.verifyAttendance(records->attendance[0].id, AttendanceStatus::Excused,
                                            QStringLiteral("Doctor's note"))),
            ErrorCode::Forbidden);
    }

    void aMissingSessionIsNotFound() {
        client::LocalConsole console = consoleOf(live.instructor);
        LECTERN_VERIFY_ERROR(answer(console.sessionRecords(987654)), ErrorCode::NotFound);
    }

    void sessionsHostedByMeAreOnlyTheUsersOwn() {
        const User other = f->addUser(Role::Instructor, QStringLiteral("Otto Other"));
        const Course course = f->addCourse(other, QStringLiteral("Statistics"));
        f->enroll(course, live.instructor);
        f->addSession(course, other, test::ServiceFixture::startOfDay().addDays(1));
        client::LocalConsole console = consoleOf(live.instructor);
        SessionQuery mine;
        mine.hostedByMe = true;
        const auto own = answer(console.sessions(mine));
        LECTERN_VERIFY_OK(own);
        QCOMPARE(own->size(), 1);
        QCOMPARE(own->first().id, live.session.id);
        const auto all = answer(console.sessions({}));
        LECTERN_VERIFY_OK(all);
        QCOMPARE(all->size(), 2);
        SessionQuery liveOnly;
        liveOnly.status = SessionStatus::Live;
        QCOMPARE(answer(console.sessions(liveOnly))->size(), 1);
    }

    void theCoresEventsReachTheConsole() {
        client::LocalConsole console = consoleOf(live.instructor);
        QSignalSpy changed(&console, &client::ConsoleApi::changed);
        QVERIFY(SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        QTRY_VERIFY(!changed.isEmpty());
        bool ended = false;
        for (const QList<QVariant>& arguments : std::as_const(changed)) {
            const auto event = arguments.first().value<DomainEvent>();
            ended =
                ended || (event.type == events::sessionEnded && event.sessionId == live.session.id);
        }
        QVERIFY(ended);
    }
};

QTEST_GUILESS_MAIN(TestLocalConsole)
#include "tst_localconsole.moc"
