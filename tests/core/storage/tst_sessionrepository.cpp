#include "servicefixture.h"
#include "storage/sessionrepository.h"

#include <QTest>

using namespace lectern;

class TestSessionRepository : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;

    SessionRepository repository() {
        return SessionRepository(*f->context().database->connection(),
                                 f->context().database->dialect());
    }

private Q_SLOTS:
    void init() { LECTERN_OPEN_FIXTURE(f); }
    void cleanup() { f.reset(); }

    void endBeforeStartIsRefusedByTheDatabase() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f->addCourse(ada);
        LiveSession session;
        session.courseId = course.id;
        session.instructorId = ada.id;
        session.title = QStringLiteral("Backwards");
        session.scheduledStart = f->clock().now();
        session.scheduledEnd = session.scheduledStart.addSecs(-60);
        session.createdAt = session.updatedAt = f->clock().now();
        LECTERN_VERIFY_ERROR(repository().insert(session), ErrorCode::Invalid);
        session.scheduledEnd = session.scheduledStart.addSecs(60);
        session.maxParticipants = 0;
        LECTERN_VERIFY_ERROR(repository().insert(session), ErrorCode::Invalid);
    }

    void overlapIgnoresCancelledAndTheSessionItself() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f->addCourse(ada);
        const LiveSession nine = f->addSession(course, ada);
        const QDateTime start = nine.scheduledStart.addSecs(1800);
        const QDateTime end = start.addSecs(3600);
        QCOMPARE(repository().overlapping(ada.id, start, end, std::nullopt)->size(), 1);
        QCOMPARE(repository().overlapping(ada.id, start, end, nine.id)->size(), 0);
        QCOMPARE(repository().overlapping(ada.id, nine.scheduledEnd, end, std::nullopt)->size(), 0);
        LiveSession cancelled = nine;
        cancelled.status = SessionStatus::Cancelled;
        LECTERN_VERIFY_OK(repository().update(cancelled));
        QCOMPARE(repository().overlapping(ada.id, start, end, std::nullopt)->size(), 0);
    }

    void memberFilterCoversEnrolledAndTaughtCourses() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const User bo = f->addUser(Role::Instructor, QStringLiteral("Bo"));
        const Course adas = f->addCourse(ada, QStringLiteral("Ada's"));
        const Course bos = f->addCourse(bo, QStringLiteral("Bo's"));
        f->addSession(adas, ada);
        f->addSession(bos, bo);
        const User sam = f->addUser(Role::Student, QStringLiteral("Sam"));
        f->enroll(bos, sam);
        SessionFilter filter;
        filter.memberId = sam.id;
        QCOMPARE(repository().list(filter)->size(), 1);
        QCOMPARE(repository().list(filter)->first().courseId, bos.id);
        filter.memberId = ada.id;
        QCOMPARE(repository().list(filter)->first().courseId, adas.id);
        QCOMPARE(repository().list(SessionFilter{})->size(), 2);
    }

    void countsAreReadOnlyWhenAskedFor() {
        auto live = f->liveClass(2);
        QCOMPARE(repository().find(live.session.id)->joinedNow, qint64(0));
        QCOMPARE(repository().findWithCounts(live.session.id)->joinedNow, qint64(2));
        QCOMPARE(repository().findWithCounts(live.session.id)->participantTotal, qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestSessionRepository)
#include "tst_sessionrepository.moc"
