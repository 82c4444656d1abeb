#include "domain/events.h"
#include "servicefixture.h"
#include "services/participationservice.h"
#include "services/sessionservice.h"
#include "storage/attendancerepository.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <latch>
#include <thread>

using namespace lectern;

class TestSessionService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    User instructor;
    Course course;

    LiveSession draftAt(QDateTime start, qint64 minutes = 60) const {
        LiveSession draft;
        draft.courseId = course.id;
        draft.title = QStringLiteral("Introduction to Django");
        draft.scheduledStart = start;
        draft.scheduledEnd = start.addSecs(minutes * 60);
        draft.maxParticipants = 50;
        return draft;
    }
    QDateTime nine() const { return test::ServiceFixture::startOfDay().addSecs(3600); }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        instructor = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        course = f->addCourse(instructor);
    }
    void cleanup() { f.reset(); }

    void meetingLinksFillTheirIdAndPasswordAndAgoraGetsAChannel() {
        LiveSession zoom = draftAt(nine().addSecs(2 * 3600), 60);
        zoom.platform = Platform::Zoom;
        zoom.meetingLink = QStringLiteral("https://us02web.zoom.us/j/85746372819?pwd=aBc123");
        auto created = SessionService(f->context()).createLiveSession(instructor, zoom);
        LECTERN_VERIFY_OK(created);
        QCOMPARE(created->session.meetingId, QStringLiteral("85746372819"));
        QCOMPARE(created->session.meetingPassword, QStringLiteral("aBc123"));

        LiveSession wrong = draftAt(nine().addSecs(4 * 3600), 60);
        wrong.platform = Platform::Zoom;
        wrong.meetingLink = QStringLiteral("https://meet.google.com/abc-defg-hij");
        auto refused = SessionService(f->context()).createLiveSession(instructor, wrong);
        LECTERN_VERIFY_ERROR(refused, ErrorCode::Invalid);
        QCOMPARE(refused.error().field, QStringLiteral("meeting_link"));

        LiveSession agora = draftAt(nine().addSecs(6 * 3600), 60);
        agora.platform = Platform::Agora;
        auto withChannel = SessionService(f->context()).createLiveSession(instructor, agora);
        LECTERN_VERIFY_OK(withChannel);
        QVERIFY(withChannel->session.channelName.startsWith(QStringLiteral("lectern-")));
    }

    void createStoresEveryFieldAndPublishes() {
        QSignalSpy published(&f->events(), &EventBus::published);
        LiveSession draft = draftAt(nine().addSecs(2 * 3600), 90);
        draft.description = QStringLiteral("Learn Django basics");
        draft.sessionType = SessionType::OfficeHours;
        draft.platform = Platform::Teams;
        draft.meetingLink = QStringLiteral("https://teams.microsoft.com/meet/123?p=abc");
        draft.meetingId = QStringLiteral("123");
        draft.meetingPassword = QStringLiteral("abc");
        draft.streamKey = QStringLiteral("key");
        draft.channelName = QStringLiteral("django-101");
        draft.enableRecording = true;
        draft.enablePolls = false;
        auto created = SessionService(f->context()).createLiveSession(instructor, draft);
        LECTERN_VERIFY_OK(created);
        QVERIFY(created->warnings.isEmpty());

        auto read = SessionService(f->context()).getSession(instructor, created->session.id);
        LECTERN_VERIFY_OK(read);
        QCOMPARE(read->title, draft.title);
        QCOMPARE(read->description, draft.description);
        QCOMPARE(read->sessionType, SessionType::OfficeHours);
        QCOMPARE(read->platform, Platform::Teams);
        QCOMPARE(read->meetingLink, draft.meetingLink);
        QCOMPARE(read->meetingPassword, draft.meetingPassword);
        QCOMPARE(read->channelName, draft.channelName);
        QCOMPARE(read->scheduledStart, draft.scheduledStart);
        QCOMPARE(read->durationMinutes(), qint64(90));
        QCOMPARE(read->instructorId, instructor.id);
        QCOMPARE(read->status, SessionStatus::Scheduled);
        QVERIFY(read->enableRecording);
        QVERIFY(!read->enablePolls);
        QVERIFY(read->isUpcoming(f->clock().now()));
        QCOMPARE(published.count(), 1);
        QCOMPARE(published.first().first().value<DomainEvent>().type, events::sessionCreated);
    }

    void startingWithinAnHourWarns() {
        auto created = SessionService(f->context())
                           .createLiveSession(instructor, draftAt(f->clock().now().addSecs(1800)));
        LECTERN_VERIFY_OK(created);
        QCOMPARE(created->warnings.size(), 1);
        QVERIFY(created->warnings.first().contains(QStringLiteral("less than an hour")));
    }

    void overlappingSessionIsConflict() {
        SessionService sessions(f->context());
        LECTERN_VERIFY_OK(sessions.createLiveSession(instructor, draftAt(nine())));
        auto clash = sessions.createLiveSession(instructor, draftAt(nine().addSecs(1800)));
        LECTERN_VERIFY_ERROR(clash, ErrorCode::Conflict);
        QCOMPARE(clash.error().field, QStringLiteral("scheduled_start"));
        // Back to back is fine.
        LECTERN_VERIFY_OK(sessions.createLiveSession(instructor, draftAt(nine().addSecs(3600))));
    }

    void cancelledSessionFreesItsSlot() {
        SessionService sessions(f->context());
        auto first = sessions.createLiveSession(instructor, draftAt(nine()));
        LECTERN_VERIFY_OK(first);
        LECTERN_VERIFY_OK(sessions.cancelLiveSession(instructor, first->session.id));
        LECTERN_VERIFY_OK(sessions.createLiveSession(instructor, draftAt(nine())));
    }

    void badFieldsAreInvalidAndNameTheField_data() {
        QTest::addColumn<QString>("field");
        QTest::newRow("empty title") << QStringLiteral("title");
        QTest::newRow("long title") << QStringLiteral("title");
        QTest::newRow("end before start") << QStringLiteral("scheduled_end");
        QTest::newRow("no seats") << QStringLiteral("max_participants");
        QTest::newRow("too many seats") << QStringLiteral("max_participants");
        QTest::newRow("bad link") << QStringLiteral("meeting_link");
    }
    void badFieldsAreInvalidAndNameTheField() {
        QFETCH(QString, field);
        LiveSession draft = draftAt(nine());
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        if (row == u"empty title")
            draft.title = QStringLiteral("   ");
        else if (row == u"long title")
            draft.title = QString(201, u'x');
        else if (row == u"end before start")
            draft.scheduledEnd = draft.scheduledStart;
        else if (row == u"no seats")
            draft.maxParticipants = 0;
        else if (row == u"too many seats")
            draft.maxParticipants = 100001;
        else if (row == u"bad link")
            draft.meetingLink = QStringLiteral("javascript:alert(1)");
        auto created = SessionService(f->context()).createLiveSession(instructor, draft);
        LECTERN_VERIFY_ERROR(created, ErrorCode::Invalid);
        QCOMPARE(created.error().field, field);
        auto all = SessionService(f->context()).listSessions(instructor, {});
        LECTERN_VERIFY_OK(all);
        QVERIFY(all->isEmpty());
    }

    void onlyTheCoursesInstructorOrAnAdminSchedules() {
        const User other = f->addUser(Role::Instructor, QStringLiteral("Other"));
        const User student = f->addUser(Role::Student, QStringLiteral("Sam"));
        const User admin = f->addUser(Role::Admin, QStringLiteral("Root"));
        SessionService sessions(f->context());
        LECTERN_VERIFY_ERROR(sessions.createLiveSession(other, draftAt(nine())),
                             ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(sessions.createLiveSession(student, draftAt(nine())),
                             ErrorCode::Forbidden);
        LiveSession forInstructor = draftAt(nine());
        forInstructor.instructorId = instructor.id;
        auto byAdmin = sessions.createLiveSession(admin, forInstructor);
        LECTERN_VERIFY_OK(byAdmin);
        QCOMPARE(byAdmin->session.instructorId, instructor.id);
    }

    void unknownCourseIsNotFound() {
        LiveSession draft = draftAt(nine());
        draft.courseId = 9999;
        LECTERN_VERIFY_ERROR(SessionService(f->context()).createLiveSession(instructor, draft),
                             ErrorCode::NotFound);
    }

    void statusFlowScheduledLiveEnded() {
        SessionService sessions(f->context());
        const LiveSession session = f->addSession(course, instructor);
        f->clock().set(nine());
        auto live = sessions.startLiveSession(instructor, session.id);
        LECTERN_VERIFY_OK(live);
        QVERIFY(live->isLive());
        QCOMPARE(live->actualStart, nine());
        LECTERN_VERIFY_ERROR(sessions.startLiveSession(instructor, session.id),
                             ErrorCode::Conflict);
        LECTERN_VERIFY_ERROR(sessions.cancelLiveSession(instructor, session.id),
                             ErrorCode::Conflict);
        LECTERN_VERIFY_ERROR(sessions.deleteLiveSession(instructor, session.id),
                             ErrorCode::Conflict);
        f->clock().advance(90);
        auto ended = sessions.endLiveSession(instructor, session.id);
        LECTERN_VERIFY_OK(ended);
        QCOMPARE(ended->status, SessionStatus::Ended);
        QCOMPARE(ended->actualDurationSeconds(f->clock().now()), qint64(90));
        LECTERN_VERIFY_ERROR(sessions.startLiveSession(instructor, session.id),
                             ErrorCode::Conflict);
        LECTERN_VERIFY_ERROR(sessions.endLiveSession(instructor, session.id), ErrorCode::Conflict);
        LECTERN_VERIFY_ERROR(sessions.updateLiveSession(instructor, session.id, *ended),
                             ErrorCode::Conflict);
    }

    void cancelledSessionCannotStart() {
        SessionService sessions(f->context());
        const LiveSession session = f->addSession(course, instructor);
        LECTERN_VERIFY_OK(sessions.cancelLiveSession(instructor, session.id));
        LECTERN_VERIFY_ERROR(sessions.startLiveSession(instructor, session.id),
                             ErrorCode::Conflict);
    }

    void studentsCannotManageSessions() {
        const User student = f->addUser(Role::Student, QStringLiteral("Sam"));
        f->enroll(course, student);
        const User ta = f->addUser(Role::Ta, QStringLiteral("Tia"));
        f->enroll(course, ta);
        const LiveSession session = f->addSession(course, instructor);
        SessionService sessions(f->context());
        for (const User& user : {student, ta}) {
            LECTERN_VERIFY_ERROR(sessions.startLiveSession(user, session.id), ErrorCode::Forbidden);
            LECTERN_VERIFY_ERROR(sessions.cancelLiveSession(user, session.id),
                                 ErrorCode::Forbidden);
            LECTERN_VERIFY_ERROR(sessions.deleteLiveSession(user, session.id),
                                 ErrorCode::Forbidden);
            LECTERN_VERIFY_ERROR(sessions.updateLiveSession(user, session.id, session),
                                 ErrorCode::Forbidden);
        }
        LECTERN_VERIFY_OK(sessions.getSession(student, session.id));
        const User outsider = f->addUser(Role::Student, QStringLiteral("Out"));
        LECTERN_VERIFY_ERROR(sessions.getSession(outsider, session.id), ErrorCode::Forbidden);
        // The live channel's lighter check agrees with getSession.
        for (const User& member : {student, ta, instructor})
            LECTERN_VERIFY_OK(sessions.requireMembership(member, session.id));
        LECTERN_VERIFY_ERROR(sessions.requireMembership(outsider, session.id),
                             ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(sessions.requireMembership(student, session.id + 1000),
                             ErrorCode::NotFound);
    }

    void updateChangesFieldsAndChecksOverlap() {
        SessionService sessions(f->context());
        const LiveSession first = f->addSession(course, instructor, nine());
        const LiveSession second = f->addSession(course, instructor, nine().addSecs(7200));
        LiveSession changes = second;
        changes.title = QStringLiteral("Django REST");
        changes.maxParticipants = 10;
        auto updated = sessions.updateLiveSession(instructor, second.id, changes);
        LECTERN_VERIFY_OK(updated);
        QCOMPARE(updated->session.title, QStringLiteral("Django REST"));
        QCOMPARE(updated->session.maxParticipants, 10);
        changes.scheduledStart = first.scheduledStart.addSecs(600);
        changes.scheduledEnd = changes.scheduledStart.addSecs(3600);
        LECTERN_VERIFY_ERROR(sessions.updateLiveSession(instructor, second.id, changes),
                             ErrorCode::Conflict);
        auto unchanged = sessions.getSession(instructor, second.id);
        QCOMPARE(unchanged->scheduledStart, second.scheduledStart);
    }

    void deleteRemovesTheSession() {
        SessionService sessions(f->context());
        const LiveSession session = f->addSession(course, instructor);
        LECTERN_VERIFY_OK(sessions.deleteLiveSession(instructor, session.id));
        LECTERN_VERIFY_ERROR(sessions.getSession(instructor, session.id), ErrorCode::NotFound);
        LECTERN_VERIFY_ERROR(sessions.deleteLiveSession(instructor, session.id),
                             ErrorCode::NotFound);
    }

    // Seen in the code: deleting an ended session cascaded into the attendance admins certify.
    void anEndedSessionWithAttendanceIsArchivedNotDestroyed() {
        auto live = f->liveClass(2);
        SessionService sessions(f->context());
        f->clock().advance(60 * 60);
        LECTERN_VERIFY_OK(sessions.endLiveSession(live.instructor, live.session.id));

        // The question first: it says what will happen, and changes nothing.
        LECTERN_VERIFY_ERROR(sessions.previewRemoval(live.students[0], live.session.id),
                             ErrorCode::Forbidden);
        auto preview = sessions.previewRemoval(live.instructor, live.session.id);
        LECTERN_VERIFY_OK(preview);
        QVERIFY(preview->archived);
        QCOMPARE(preview->attendanceRecords, qint64(2));
        const LiveSession upcoming =
            f->addSession(live.course, live.instructor, live.session.scheduledStart.addDays(1));
        auto plainDelete = sessions.previewRemoval(live.instructor, upcoming.id);
        LECTERN_VERIFY_OK(plainDelete);
        QVERIFY(!plainDelete->archived);
        LECTERN_VERIFY_OK(sessions.getSession(live.instructor, upcoming.id));

        auto removed = sessions.removeLiveSession(live.instructor, live.session.id, false);
        LECTERN_VERIFY_OK(removed);
        QVERIFY(removed->archived);
        // Out of the schedule, still readable for its reports, attendance kept.
        SessionFilter filter;
        filter.courseId = live.course.id;
        filter.startsBefore = upcoming.scheduledStart;
        auto listed = sessions.listSessions(live.instructor, filter);
        LECTERN_VERIFY_OK(listed);
        QVERIFY(listed->isEmpty());
        LECTERN_VERIFY_OK(sessions.getSession(live.instructor, live.session.id));
        auto connection = f->context().database->connection();
        auto records = AttendanceRepository(*connection).listBySession(live.session.id);
        LECTERN_VERIFY_OK(records);
        QCOMPARE(records->size(), qsizetype(2));

        // Only an admin destroys it, asking to, and is told what went.
        LECTERN_VERIFY_ERROR(sessions.removeLiveSession(live.instructor, live.session.id, false),
                             ErrorCode::Conflict);
        LECTERN_VERIFY_ERROR(sessions.previewRemoval(live.instructor, live.session.id),
                             ErrorCode::Conflict);
        LECTERN_VERIFY_ERROR(sessions.removeLiveSession(live.instructor, live.session.id, true),
                             ErrorCode::Forbidden);
        const User admin = f->addUser(Role::Admin, QStringLiteral("Root"));
        auto purged = sessions.removeLiveSession(admin, live.session.id, true);
        LECTERN_VERIFY_OK(purged);
        QVERIFY(!purged->archived);
        QCOMPARE(purged->attendanceRecords, qint64(2));
        QCOMPARE(purged->participants, qint64(2));
        LECTERN_VERIFY_ERROR(sessions.getSession(admin, live.session.id), ErrorCode::NotFound);
    }

    void endingCountsPeopleStillConnected() {
        auto live = f->liveClass(2);
        ParticipationService participation(f->context());
        f->clock().advance(30 * 60);
        LECTERN_VERIFY_OK(participation.leaveSession(live.students[1], live.session.id));
        f->clock().advance(30 * 60);
        auto ended = SessionService(f->context()).endLiveSession(live.instructor, live.session.id);
        LECTERN_VERIFY_OK(ended);

        auto participants = participation.listParticipants(live.instructor, live.session.id);
        LECTERN_VERIFY_OK(participants);
        for (const SessionParticipant& p : *participants) {
            QCOMPARE(p.status, ParticipantStatus::Left);
            QVERIFY(!p.stintStartedAt.isValid());
        }
        auto connection = f->context().database->connection();
        auto records = AttendanceRepository(*connection).listBySession(live.session.id);
        LECTERN_VERIFY_OK(records);
        QCOMPARE(records->size(), 2);
        for (const SessionAttendance& record : *records) {
            if (record.userId == live.students[0].id) {
                QCOMPARE(record.attendancePercentage, 100.0);
                QVERIFY(record.markedPresent);
                QCOMPARE(record.status, AttendanceStatus::Present);
            } else {
                QCOMPARE(record.attendancePercentage, 50.0);
                QVERIFY(!record.markedPresent);
                QCOMPARE(record.status, AttendanceStatus::Absent);
            }
        }
    }

    void upcomingListsOnlyMyCoursesNotYetOver() {
        const User student = f->addUser(Role::Student, QStringLiteral("Sam"));
        f->enroll(course, student);
        const User otherInstructor = f->addUser(Role::Instructor, QStringLiteral("Bo"));
        const Course otherCourse = f->addCourse(otherInstructor, QStringLiteral("Other"));
        const LiveSession mine = f->addSession(course, instructor, nine());
        f->addSession(otherCourse, otherInstructor, nine());
        const LiveSession past = f->addSession(course, instructor, nine().addSecs(-3 * 3600));
        SessionService sessions(f->context());
        auto upcoming = sessions.upcomingSessions(student);
        LECTERN_VERIFY_OK(upcoming);
        QCOMPARE(upcoming->size(), 1);
        QCOMPARE(upcoming->first().id, mine.id);
        Q_UNUSED(past);
    }

    void historyListsMyParticipations() {
        auto live = f->liveClass(1);
        auto history = SessionService(f->context()).sessionHistory(live.students[0]);
        LECTERN_VERIFY_OK(history);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().session.id, live.session.id);
        QCOMPARE(history->first().participant.status, ParticipantStatus::Joined);
    }

    // Pages follow the list's order and go on from their cursor, ties on the start included.
    void upcomingAndHistoryComeInPages() {
        const User sam = f->addUser(Role::Student, QStringLiteral("Sam"));
        f->enroll(course, sam);
        QList<LiveSession> mine;
        for (int i = 0; i < 5; ++i)
            mine << f->addSession(course, instructor, nine().addSecs(i * 2 * 3600));
        const User bo = f->addUser(Role::Instructor, QStringLiteral("Bo"));
        const Course other = f->addCourse(bo, QStringLiteral("Other"));
        f->enroll(other, sam);
        const LiveSession sameTime = f->addSession(other, bo, mine[1].scheduledStart);
        const QList<Id> soonestFirst{mine[0].id, mine[1].id, sameTime.id,
                                     mine[2].id, mine[3].id, mine[4].id};

        SessionService sessions(f->context());
        QList<Id> seen;
        std::optional<Id> cursor;
        for (int page = 0; page < 3; ++page) {
            auto upcoming = sessions.upcomingSessions(sam, Page{2, cursor});
            LECTERN_VERIFY_OK(upcoming);
            QCOMPARE(upcoming->size(), 2);
            for (const LiveSession& session : *upcoming)
                seen << session.id;
            cursor = upcoming->last().id;
        }
        QCOMPARE(seen, soonestFirst);
        QVERIFY(sessions.upcomingSessions(sam, Page{2, cursor})->isEmpty());

        ParticipationService participation(f->context());
        for (Id id : soonestFirst)
            LECTERN_VERIFY_OK(participation.joinSession(sam, id));
        auto newest = sessions.sessionHistory(sam, Page{4, std::nullopt});
        LECTERN_VERIFY_OK(newest);
        QCOMPARE(newest->size(), 4);
        QCOMPARE(newest->first().session.id, mine[4].id);
        auto older = sessions.sessionHistory(sam, Page{4, newest->last().participant.id});
        LECTERN_VERIFY_OK(older);
        QCOMPARE(older->size(), 2);
        QCOMPARE(older->at(0).session.id, mine[1].id);
        QCOMPARE(older->at(1).session.id, mine[0].id);
        QCOMPARE(sessions.sessionHistory(sam)->size(), 6);
    }

    void credentialsAreForThoseWhoRunTheSession() {
        const User sam = f->addUser(Role::Student, QStringLiteral("Sam"));
        f->enroll(course, sam);
        LiveSession draft = draftAt(nine());
        draft.meetingPassword = QStringLiteral("s3cret");
        draft.streamKey = QStringLiteral("live_key");
        auto created = SessionService(f->context()).createLiveSession(instructor, draft);
        LECTERN_VERIFY_OK(created);
        const Id id = created->session.id;
        SessionService sessions(f->context());

        auto seenByStudent = sessions.getSession(sam, id);
        QVERIFY(seenByStudent->meetingPassword.isEmpty());
        QVERIFY(seenByStudent->streamKey.isEmpty());
        QVERIFY(sessions.listSessions(sam, {})->first().meetingPassword.isEmpty());
        QVERIFY(sessions.upcomingSessions(sam)->first().streamKey.isEmpty());
        auto seenByHost = sessions.getSession(instructor, id);
        QCOMPARE(seenByHost->meetingPassword, QStringLiteral("s3cret"));
        QCOMPARE(sessions.listSessions(instructor, {})->first().streamKey,
                 QStringLiteral("live_key"));

        // Once let in with the password, a student may see it again, never the stream key.
        f->clock().set(nine());
        LECTERN_VERIFY_OK(sessions.startLiveSession(instructor, id));
        LECTERN_VERIFY_OK(
            ParticipationService(f->context()).joinSession(sam, id, QStringLiteral("s3cret")));
        auto afterJoining = sessions.getSession(sam, id);
        QCOMPARE(afterJoining->meetingPassword, QStringLiteral("s3cret"));
        QVERIFY(afterJoining->streamKey.isEmpty());
        QVERIFY(sessions.sessionHistory(sam)->first().session.streamKey.isEmpty());
    }

    void hostSeesTheSessionsTheyHost() {
        const User admin = f->addUser(Role::Admin, QStringLiteral("Root"));
        const User guest = f->addUser(Role::Instructor, QStringLiteral("Guest lecturer"));
        LiveSession draft = draftAt(nine());
        draft.instructorId = guest.id;
        auto created = SessionService(f->context()).createLiveSession(admin, draft);
        LECTERN_VERIFY_OK(created);
        auto hosted = SessionService(f->context()).listSessions(guest, {});
        LECTERN_VERIFY_OK(hosted);
        QCOMPARE(hosted->size(), 1);
        QCOMPARE(hosted->first().streamKey, created->session.streamKey);
        QCOMPARE(SessionService(f->context()).upcomingSessions(guest)->size(), 1);
    }

    void concurrentOverlappingSchedulesLetOneThrough() {
        constexpr int threads = 8;
        std::latch start(threads);
        std::atomic<int> created{0};
        std::atomic<int> conflicts{0};
        const ServiceContext context = f->context();
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                SessionService sessions(context);
                const LiveSession draft = draftAt(nine().addSecs(t * 60));
                start.arrive_and_wait();
                auto result = sessions.createLiveSession(instructor, draft);
                if (result)
                    ++created;
                else if (result.error().code == ErrorCode::Conflict)
                    ++conflicts;
                else
                    qWarning("create failed: %s", qPrintable(result.error().message));
            });
        }
        for (std::thread& worker : workers)
            worker.join();
        QCOMPARE(created.load(), 1);
        QCOMPARE(conflicts.load(), threads - 1);
    }

    void listFiltersByCourseStatusAndInstructor() {
        const User admin = f->addUser(Role::Admin, QStringLiteral("Root"));
        const LiveSession a = f->addSession(course, instructor, nine());
        const LiveSession b = f->addSession(course, instructor, nine().addSecs(7200));
        LECTERN_VERIFY_OK(SessionService(f->context()).cancelLiveSession(instructor, b.id));
        SessionFilter filter;
        filter.status = SessionStatus::Cancelled;
        auto cancelled = SessionService(f->context()).listSessions(admin, filter);
        LECTERN_VERIFY_OK(cancelled);
        QCOMPARE(cancelled->size(), 1);
        QCOMPARE(cancelled->first().id, b.id);
        filter = {};
        filter.courseId = course.id;
        filter.instructorId = instructor.id;
        QCOMPARE(SessionService(f->context()).listSessions(admin, filter)->size(), 2);
        Q_UNUSED(a);
    }
};

QTEST_GUILESS_MAIN(TestSessionService)
#include "tst_sessionservice.moc"
