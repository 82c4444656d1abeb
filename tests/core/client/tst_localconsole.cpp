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

    void theInstructorRunsTheirSessionsAndSchedulesForTheirCourse() {
        const auto schedule = answer(consoleOf(live.instructor).schedule({}));
        LECTERN_VERIFY_OK(schedule);
        QCOMPARE(schedule->sessions.size(), 1);
        QVERIFY(schedule->runs.contains(live.session.id));
        QCOMPARE(schedule->courses.size(), 1);
        QCOMPARE(schedule->schedulable.size(), 1);
        QCOMPARE(schedule->schedulable.first().id, live.course.id);
        QVERIFY(schedule->hosts.isEmpty());
        QVERIFY(schedule->next);
        QCOMPARE(schedule->next->id, live.session.id);
    }

    void aTaSeesTheScheduleButRunsNothing() {
        client::LocalConsole console = consoleOf(ta);
        const auto schedule = answer(console.schedule({}));
        LECTERN_VERIFY_OK(schedule);
        QCOMPARE(schedule->sessions.size(), 1);
        QVERIFY(schedule->runs.isEmpty());
        QVERIFY(schedule->schedulable.isEmpty());
        QVERIFY(schedule->hosts.isEmpty());
        const LiveSession later =
            f->addSession(live.course, live.instructor, live.session.scheduledStart.addDays(2));
        LECTERN_VERIFY_ERROR(answer(console.startSession(later.id)), ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(answer(console.cancelSession(later.id)), ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(answer(console.previewRemoval(later.id)), ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(answer(console.deleteSession(later.id)), ErrorCode::Forbidden);
        LiveSession retitled = later;
        retitled.title = QStringLiteral("Taken over");
        LECTERN_VERIFY_ERROR(answer(console.saveSession(retitled)), ErrorCode::Forbidden);
        LiveSession draft = later;
        draft.id = 0;
        draft.scheduledStart = later.scheduledStart.addDays(1);
        draft.scheduledEnd = later.scheduledEnd.addDays(1);
        LECTERN_VERIFY_ERROR(answer(console.saveSession(draft)), ErrorCode::Forbidden);
        QCOMPARE(SessionService(f->context()).getSession(live.instructor, later.id)->title,
                 later.title);
    }

    void aStudentSeesTheirSessionsAndRunsNone() {
        const auto schedule = answer(consoleOf(live.students[0]).schedule({}));
        LECTERN_VERIFY_OK(schedule);
        QCOMPARE(schedule->sessions.size(), 1);
        QVERIFY(schedule->runs.isEmpty());
        QVERIFY(schedule->schedulable.isEmpty());
        QVERIFY(schedule->hosts.isEmpty());
    }

    void anAdminRunsEverySessionAndChoosesItsHost() {
        const User admin = f->addUser(Role::Admin, QStringLiteral("Amira Admin"));
        const auto schedule = answer(consoleOf(admin).schedule({}));
        LECTERN_VERIFY_OK(schedule);
        QVERIFY(schedule->runs.contains(live.session.id));
        QVERIFY(!schedule->schedulable.isEmpty());
        QSet<Id> hosts;
        for (const User& host : schedule->hosts)
            hosts.insert(host.id);
        QCOMPARE(hosts, (QSet<Id>{live.instructor.id, admin.id}));
    }

    void theInstructorSchedulesChangesCancelsAndDeletesASession() {
        client::LocalConsole console = consoleOf(live.instructor);
        LiveSession draft;
        draft.courseId = live.course.id;
        draft.title = QStringLiteral("Forms and validation");
        draft.scheduledStart = live.session.scheduledStart.addDays(3);
        draft.scheduledEnd = draft.scheduledStart.addSecs(3600);
        draft.maxParticipants = 40;
        const auto created = answer(console.saveSession(draft));
        LECTERN_VERIFY_OK(created);
        QVERIFY(created->session.id != 0);
        LiveSession changes = created->session;
        changes.title = QStringLiteral("Forms, validation and CSRF");
        const auto updated = answer(console.saveSession(changes));
        LECTERN_VERIFY_OK(updated);
        QCOMPARE(updated->session.id, created->session.id);
        QCOMPARE(updated->session.title, changes.title);
        const auto cancelled = answer(console.cancelSession(created->session.id));
        LECTERN_VERIFY_OK(cancelled);
        QCOMPARE(cancelled->status, SessionStatus::Cancelled);
        const auto preview = answer(console.previewRemoval(created->session.id));
        LECTERN_VERIFY_OK(preview);
        QVERIFY(!preview->archived);
        const auto removed = answer(console.deleteSession(created->session.id));
        LECTERN_VERIFY_OK(removed);
        QVERIFY(!removed->archived);
        LECTERN_VERIFY_ERROR(answer(console.startSession(created->session.id)),
                             ErrorCode::NotFound);
    }

    void aSessionThatEndedWithAttendanceIsArchived() {
        QVERIFY(SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        client::LocalConsole console = consoleOf(live.instructor);
        const auto preview = answer(console.previewRemoval(live.session.id));
        LECTERN_VERIFY_OK(preview);
        QVERIFY(preview->archived);
        QCOMPARE(preview->attendanceRecords, qint64(2));
        const auto removed = answer(console.deleteSession(live.session.id));
        LECTERN_VERIFY_OK(removed);
        QVERIFY(removed->archived);
        QVERIFY(answer(console.schedule({}))->sessions.isEmpty());
    }

    void theInstructorStartsAScheduledSession() {
        QVERIFY(SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        const QDateTime start = live.session.scheduledEnd.addSecs(30 * 60);
        const LiveSession next = f->addSession(live.course, live.instructor, start);
        f->clock().set(start.addSecs(-5 * 60));
        const auto started = answer(consoleOf(live.instructor).startSession(next.id));
        LECTERN_VERIFY_OK(started);
        QCOMPARE(started->status, SessionStatus::Live);
    }

    void aScheduleQueryKeepsToItsRange() {
        f->addSession(live.course, live.instructor, live.session.scheduledStart.addDays(8));
        SessionQuery thisWeek;
        thisWeek.startsFrom = live.session.scheduledStart.addSecs(-3600);
        thisWeek.startsBefore = live.session.scheduledStart.addDays(7);
        const auto schedule = answer(consoleOf(live.instructor).schedule(thisWeek));
        LECTERN_VERIFY_OK(schedule);
        QCOMPARE(schedule->sessions.size(), 1);
        QCOMPARE(schedule->sessions.first().id, live.session.id);
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
