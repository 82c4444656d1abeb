#include "servicefixture.h"
#include "services/participationservice.h"
#include "services/sessionservice.h"
#include "services/userservice.h"
#include "storage/stintrepository.h"

#include <QTest>

#include <atomic>
#include <latch>
#include <thread>

using namespace lectern;

class TestParticipationService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    User instructor;
    Course course;
    LiveSession session;

    User enrolledStudent(const QString& name) {
        User student = f->addUser(Role::Student, name);
        f->enroll(course, student);
        return student;
    }
    void goLive() {
        f->clock().set(session.scheduledStart);
        auto live = SessionService(f->context()).startLiveSession(instructor, session.id);
        QVERIFY(live.has_value());
        session = *live;
    }
    void setSeats(int seats) {
        LiveSession changes = session;
        changes.maxParticipants = seats;
        auto updated =
            SessionService(f->context()).updateLiveSession(instructor, session.id, changes);
        QVERIFY(updated.has_value());
        session = updated->session;
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        instructor = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        course = f->addCourse(instructor);
        session = f->addSession(course, instructor);
    }
    void cleanup() { f.reset(); }

    void joiningBeforeTheStartRegisters() {
        const User sam = enrolledStudent(QStringLiteral("Sam"));
        auto joined = ParticipationService(f->context()).joinSession(sam, session.id);
        LECTERN_VERIFY_OK(joined);
        QCOMPARE(joined->status, ParticipantStatus::Registered);
        QVERIFY(!joined->stintStartedAt.isValid());
        QVERIFY(!joined->joinedAt.isValid());
    }

    // What the live channel's presence may change: only a joined participant's stint, only
    // while the session is live; a leave, a ban or a registration stays as it is.
    void presenceEndsAndResumesOnlyJoinedStintsOfLiveSessions() {
        ParticipationService participation(f->context());
        const auto changed = [](const Result<bool>& result, bool expected) {
            return result.has_value() && *result == expected;
        };
        const User sam = enrolledStudent(QStringLiteral("Sam"));
        const User kim = enrolledStudent(QStringLiteral("Kim"));
        LECTERN_VERIFY_OK(participation.joinSession(kim, session.id)); // registers
        QVERIFY(changed(participation.presenceResumed(kim.id, session.id), false));
        goLive();
        LECTERN_VERIFY_OK(participation.joinSession(sam, session.id));
        const QDateTime nine = f->clock().now();
        f->clock().advance(20 * 60);
        QVERIFY(
            changed(participation.presenceLost(sam.id, session.id, nine.addSecs(12 * 60)), true));
        auto open = participation.openStintsInLiveSessions();
        LECTERN_VERIFY_OK(open);
        QVERIFY(open->isEmpty());
        auto roster = participation.listParticipants(instructor, session.id);
        const auto samRow = std::find_if(roster->begin(), roster->end(),
                                         [&](const auto& p) { return p.userId == sam.id; });
        QCOMPARE(samRow->durationSeconds, qint64(12 * 60));
        QCOMPARE(samRow->status, ParticipantStatus::Joined);
        // Ended already: nothing more to end; a socket starts a new stint now.
        QVERIFY(changed(participation.presenceLost(sam.id, session.id, f->clock().now()), false));
        QVERIFY(changed(participation.presenceResumed(sam.id, session.id), true));
        QVERIFY(changed(participation.presenceResumed(sam.id, session.id), false));
        QCOMPARE(participation.openStintsInLiveSessions()->size(), qsizetype(1));
        // A drop from before this stint began does not end it.
        QVERIFY(changed(participation.presenceLost(sam.id, session.id, nine), false));

        LECTERN_VERIFY_OK(participation.leaveSession(sam, session.id));
        QVERIFY(changed(participation.presenceResumed(sam.id, session.id), false));
        QVERIFY(changed(participation.presenceResumed(instructor.id, session.id), false));
        LECTERN_VERIFY_OK(SessionService(f->context()).endLiveSession(instructor, session.id));
        QVERIFY(changed(participation.presenceResumed(sam.id, session.id), false));
    }

    void everyClosedStintIsKeptForMergingLater() {
        goLive();
        const QDateTime start = f->clock().now();
        const User sam = enrolledStudent(QStringLiteral("Sam"));
        const User kim = enrolledStudent(QStringLiteral("Kim"));
        const User lou = enrolledStudent(QStringLiteral("Lou"));
        ParticipationService participation(f->context());
        for (const User& student : {sam, kim, lou})
            LECTERN_VERIFY_OK(participation.joinSession(student, session.id));
        f->clock().advance(300);
        LECTERN_VERIFY_OK(participation.leaveSession(sam, session.id));
        LECTERN_VERIFY_OK(participation.presenceLost(kim.id, session.id, start.addSecs(120)));
        auto lousRow = participation.listParticipants(instructor, session.id);
        const auto lou_ = std::find_if(lousRow->begin(), lousRow->end(),
                                       [&](const auto& p) { return p.userId == lou.id; });
        LECTERN_VERIFY_OK(participation.setBanned(instructor, lou_->id, true));
        LECTERN_VERIFY_OK(participation.presenceResumed(kim.id, session.id));
        f->clock().advance(100);
        LECTERN_VERIFY_OK(SessionService(f->context()).endLiveSession(instructor, session.id));

        auto connection = f->context().database->connection();
        LECTERN_VERIFY_OK(connection);
        auto stints = StintRepository(*connection).listBySession(session.id);
        LECTERN_VERIFY_OK(stints);
        auto roster = participation.listParticipants(instructor, session.id);
        QHash<Id, QList<std::pair<qint64, qint64>>> secondsAfterStart; // by user
        for (const SessionParticipant& p : *roster) {
            for (const AttendanceStint& stint : stints->value(p.id)) {
                QCOMPARE(stint.source, StintSource::Hub);
                secondsAfterStart[p.userId].append(
                    {start.secsTo(stint.startedAt), start.secsTo(stint.endedAt)});
            }
        }
        using Spans = QList<std::pair<qint64, qint64>>;
        QCOMPARE(secondsAfterStart.value(sam.id), (Spans{{0, 300}}));             // left
        QCOMPARE(secondsAfterStart.value(kim.id), (Spans{{0, 120}, {300, 400}})); // dropped, back
        QCOMPARE(secondsAfterStart.value(lou.id), (Spans{{0, 300}}));             // removed
        QVERIFY(!secondsAfterStart.contains(instructor.id));
    }

    void joiningALiveSessionStartsAStintOnce() {
        const User sam = enrolledStudent(QStringLiteral("Sam"));
        ParticipationService participation(f->context());
        LECTERN_VERIFY_OK(participation.joinSession(sam, session.id));
        goLive();
        auto joined = participation.joinSession(sam, session.id);
        LECTERN_VERIFY_OK(joined);
        QCOMPARE(joined->status, ParticipantStatus::Joined);
        QCOMPARE(joined->joinedAt, session.scheduledStart);
        f->clock().advance(60);
        auto again = participation.joinSession(sam, session.id);
        LECTERN_VERIFY_OK(again);
        QCOMPARE(again->id, joined->id);
        QCOMPARE(again->stintStartedAt, joined->stintStartedAt);
        auto roster = participation.listParticipants(instructor, session.id);
        LECTERN_VERIFY_OK(roster);
        QCOMPARE(roster->size(), 1);
    }

    void leavingAndRejoiningAddsUp() {
        goLive();
        const User sam = enrolledStudent(QStringLiteral("Sam"));
        ParticipationService participation(f->context());
        LECTERN_VERIFY_OK(participation.joinSession(sam, session.id));
        f->clock().advance(600);
        auto left = participation.leaveSession(sam, session.id);
        LECTERN_VERIFY_OK(left);
        QCOMPARE(left->status, ParticipantStatus::Left);
        QCOMPARE(left->durationSeconds, qint64(600));
        f->clock().advance(600);
        LECTERN_VERIFY_OK(participation.joinSession(sam, session.id));
        f->clock().advance(600);
        auto leftAgain = participation.leaveSession(sam, session.id);
        LECTERN_VERIFY_OK(leftAgain);
        QCOMPARE(leftAgain->durationSeconds, qint64(1200));
        QCOMPARE(leftAgain->joinedAt, session.scheduledStart);
        LECTERN_VERIFY_ERROR(participation.leaveSession(sam, session.id), ErrorCode::Conflict);
        // Someone outside the course is refused rather than told they are not in.
        const User stranger = f->addUser(Role::Student, QStringLiteral("Stranger"));
        LECTERN_VERIFY_ERROR(participation.leaveSession(stranger, session.id),
                             ErrorCode::Forbidden);
    }

    void whoMayJoin() {
        goLive();
        ParticipationService participation(f->context());
        const User outsider = f->addUser(Role::Student, QStringLiteral("Out"));
        LECTERN_VERIFY_ERROR(participation.joinSession(outsider, session.id), ErrorCode::Forbidden);
        const User strayTa = f->addUser(Role::Ta, QStringLiteral("Stray TA"));
        LECTERN_VERIFY_ERROR(participation.joinSession(strayTa, session.id), ErrorCode::Forbidden);
        const User ta = f->addUser(Role::Ta, QStringLiteral("Tia"));
        f->enroll(course, ta);
        auto taJoined = participation.joinSession(ta, session.id);
        LECTERN_VERIFY_OK(taJoined);
        // A TA moderates by their role in the course, not by a flag set when they joined.
        QVERIFY(!taJoined->isModerator);
        LECTERN_VERIFY_OK(
            participation.joinSession(f->addUser(Role::Admin, QStringLiteral("Root")), session.id));
        LECTERN_VERIFY_OK(participation.joinSession(instructor, session.id));
        LECTERN_VERIFY_OK(
            participation.joinSession(enrolledStudent(QStringLiteral("Sam")), session.id));
    }

    void passwordIsCheckedForStudentsOnly() {
        LiveSession changes = session;
        changes.meetingPassword = QStringLiteral("s3cret");
        LECTERN_VERIFY_OK(
            SessionService(f->context()).updateLiveSession(instructor, session.id, changes));
        goLive();
        const User sam = enrolledStudent(QStringLiteral("Sam"));
        ParticipationService participation(f->context());
        auto missing = participation.joinSession(sam, session.id);
        LECTERN_VERIFY_ERROR(missing, ErrorCode::Forbidden);
        QCOMPARE(missing.error().field, QStringLiteral("password"));
        LECTERN_VERIFY_ERROR(participation.joinSession(sam, session.id, QStringLiteral("s3cre")),
                             ErrorCode::Forbidden);
        LECTERN_VERIFY_OK(participation.joinSession(sam, session.id, QStringLiteral("s3cret")));
        LECTERN_VERIFY_OK(participation.joinSession(instructor, session.id));
    }

    void capacityCountsOnlyConnectedPeople() {
        setSeats(2);
        goLive();
        ParticipationService participation(f->context());
        const User a = enrolledStudent(QStringLiteral("A"));
        const User b = enrolledStudent(QStringLiteral("B"));
        const User c = enrolledStudent(QStringLiteral("C"));
        LECTERN_VERIFY_OK(participation.joinSession(a, session.id));
        LECTERN_VERIFY_OK(participation.joinSession(b, session.id));
        LECTERN_VERIFY_ERROR(participation.joinSession(c, session.id), ErrorCode::Full);
        // The host always gets in, and takes a seat like everyone connected.
        LECTERN_VERIFY_OK(participation.joinSession(instructor, session.id));
        LECTERN_VERIFY_OK(participation.leaveSession(a, session.id));
        LECTERN_VERIFY_ERROR(participation.joinSession(c, session.id), ErrorCode::Full);
        LECTERN_VERIFY_OK(participation.leaveSession(b, session.id));
        LECTERN_VERIFY_OK(participation.joinSession(c, session.id));
        auto read = SessionService(f->context()).getSession(instructor, session.id);
        QCOMPARE(read->participantCount(), qint64(4));
        QCOMPARE(read->availableSlots(), qint64(0));
    }

    void endedOrCancelledSessionsAreClosed() {
        const User sam = enrolledStudent(QStringLiteral("Sam"));
        ParticipationService participation(f->context());
        goLive();
        LECTERN_VERIFY_OK(SessionService(f->context()).endLiveSession(instructor, session.id));
        LECTERN_VERIFY_ERROR(participation.joinSession(sam, session.id), ErrorCode::Closed);
        const LiveSession later =
            f->addSession(course, instructor, session.scheduledEnd.addDays(1));
        LECTERN_VERIFY_OK(SessionService(f->context()).cancelLiveSession(instructor, later.id));
        LECTERN_VERIFY_ERROR(participation.joinSession(sam, later.id), ErrorCode::Closed);
        LECTERN_VERIFY_ERROR(participation.joinSession(sam, 424242), ErrorCode::NotFound);
    }

    void moderatorsBanAndBannedStayOut() {
        goLive();
        const User sam = enrolledStudent(QStringLiteral("Sam"));
        const User kim = enrolledStudent(QStringLiteral("Kim"));
        ParticipationService participation(f->context());
        auto samIn = participation.joinSession(sam, session.id);
        auto kimIn = participation.joinSession(kim, session.id);
        LECTERN_VERIFY_OK(samIn);
        LECTERN_VERIFY_OK(kimIn);
        LECTERN_VERIFY_ERROR(participation.setBanned(kim, samIn->id, true), ErrorCode::Forbidden);
        f->clock().advance(120);
        auto banned = participation.setBanned(instructor, samIn->id, true);
        LECTERN_VERIFY_OK(banned);
        QCOMPARE(banned->status, ParticipantStatus::Banned);
        QCOMPARE(banned->durationSeconds, qint64(120));
        LECTERN_VERIFY_ERROR(participation.joinSession(sam, session.id), ErrorCode::Forbidden);
        LECTERN_VERIFY_OK(participation.setBanned(instructor, samIn->id, false));
        LECTERN_VERIFY_OK(participation.joinSession(sam, session.id));

        auto hostIn = participation.joinSession(instructor, session.id);
        LECTERN_VERIFY_OK(participation.setModerator(instructor, kimIn->id, true));
        LECTERN_VERIFY_ERROR(participation.setBanned(kim, hostIn->id, true), ErrorCode::Forbidden);
        LECTERN_VERIFY_OK(participation.setBanned(kim, samIn->id, true));
        LECTERN_VERIFY_ERROR(participation.setModerator(kim, samIn->id, true),
                             ErrorCode::Forbidden);
    }

    void aStudentModeratorCannotLetBackSomeoneTheInstructorBanned() {
        goLive();
        const User sam = enrolledStudent(QStringLiteral("Sam"));
        const User kim = enrolledStudent(QStringLiteral("Kim"));
        const User lee = enrolledStudent(QStringLiteral("Lee"));
        ParticipationService participation(f->context());
        const auto samIn = participation.joinSession(sam, session.id);
        const auto kimIn = participation.joinSession(kim, session.id);
        const auto leeIn = participation.joinSession(lee, session.id);
        LECTERN_VERIFY_OK(participation.setModerator(instructor, kimIn->id, true));
        LECTERN_VERIFY_OK(participation.setModerator(instructor, leeIn->id, true));
        LECTERN_VERIFY_OK(participation.setBanned(instructor, samIn->id, true));
        LECTERN_VERIFY_ERROR(participation.setBanned(kim, samIn->id, false), ErrorCode::Forbidden);
        // Nor can one student moderator remove another.
        LECTERN_VERIFY_ERROR(participation.setBanned(kim, leeIn->id, true), ErrorCode::Forbidden);
        const User ta = f->addUser(Role::Ta, QStringLiteral("Tia"));
        f->enroll(course, ta);
        LECTERN_VERIFY_OK(participation.setBanned(ta, samIn->id, false));
    }

    void moderatorRightsFollowTheCourseRolesAsTheyAreNow() {
        goLive();
        const User kim = enrolledStudent(QStringLiteral("Kim"));
        const User sam = enrolledStudent(QStringLiteral("Sam"));
        const User ta = f->addUser(Role::Ta, QStringLiteral("Tia"));
        f->enroll(course, ta);
        ParticipationService participation(f->context());
        const auto kimIn = participation.joinSession(kim, session.id);
        const auto samIn = participation.joinSession(sam, session.id);
        LECTERN_VERIFY_OK(participation.joinSession(ta, session.id));
        LECTERN_VERIFY_OK(participation.setModerator(instructor, kimIn->id, true));

        // Unenrolled after joining: neither the TA nor the appointed student moderates.
        LECTERN_VERIFY_OK(CourseService(f->context()).unenroll(course.id, ta.email));
        LECTERN_VERIFY_OK(CourseService(f->context()).unenroll(course.id, kim.email));
        LECTERN_VERIFY_ERROR(participation.setBanned(ta, samIn->id, true), ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(participation.setBanned(kim, samIn->id, true), ErrorCode::Forbidden);
    }

    void concurrentJoinsFillExactlyTheSeats() {
        setSeats(50);
        goLive();
        QList<User> students;
        for (int i = 0; i < 200; ++i)
            students.append(enrolledStudent(QStringLiteral("Student %1").arg(i)));

        // 40 threads, each with its own connection, start together and join 5 students each.
        constexpr int threads = 40;
        std::latch start(threads);
        std::atomic<int> joined{0};
        std::atomic<int> full{0};
        std::atomic<int> other{0};
        std::vector<std::thread> workers;
        const ServiceContext context = f->context();
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                ParticipationService participation(context);
                start.arrive_and_wait();
                for (int i = t; i < students.size(); i += threads) {
                    auto result = participation.joinSession(students[i], session.id);
                    if (result)
                        ++joined;
                    else if (result.error().code == ErrorCode::Full)
                        ++full;
                    else {
                        qWarning("join failed: %s", qPrintable(result.error().message));
                        ++other;
                    }
                }
            });
        }
        for (std::thread& worker : workers)
            worker.join();
        QCOMPARE(other.load(), 0);
        QCOMPARE(joined.load(), 50);
        QCOMPARE(full.load(), 150);
        auto read = SessionService(f->context()).getSession(instructor, session.id);
        QCOMPARE(read->joinedNow, qint64(50));
    }
};

QTEST_GUILESS_MAIN(TestParticipationService)
#include "tst_participationservice.moc"
