#include "servicefixture.h"
#include "storage/participantrepository.h"
#include "storage/sql.h"

#include <QTest>

using namespace lectern;

class TestParticipantRepository : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    test::ServiceFixture::LiveClass live;

    ParticipantRepository repository() {
        return ParticipantRepository(*f->context().database->connection());
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        live = f->liveClass(2);
    }
    void cleanup() { f.reset(); }

    void oneRowPerUserAndSession() {
        SessionParticipant duplicate;
        duplicate.sessionId = live.session.id;
        duplicate.userId = live.students[0].id;
        duplicate.createdAt = duplicate.updatedAt = f->clock().now();
        LECTERN_VERIFY_ERROR(repository().insert(duplicate), ErrorCode::Conflict);
    }

    void closingStintsAddsWholeSecondsAndMarksLeft() {
        const QDateTime end = f->clock().now().addMSecs(90'700);
        LECTERN_VERIFY_OK(repository().closeOpenStints(live.session.id, end));
        auto participants = repository().listBySession(live.session.id);
        LECTERN_VERIFY_OK(participants);
        QCOMPARE(participants->size(), 2);
        for (const SessionParticipant& p : *participants) {
            QCOMPARE(p.durationSeconds, qint64(90));
            QCOMPARE(p.status, ParticipantStatus::Left);
            QVERIFY(!p.stintStartedAt.isValid());
            QCOMPARE(p.leftAt, end);
        }
        // Closing again changes nothing: there is no open stint left.
        LECTERN_VERIFY_OK(repository().closeOpenStints(live.session.id, end.addSecs(100)));
        QCOMPARE(repository().listBySession(live.session.id)->first().durationSeconds, qint64(90));
    }

    void countersMoveByOne() {
        for (int i = 0; i < 3; ++i)
            LECTERN_VERIFY_OK(repository().increment(live.session.id, live.students[1].id,
                                                     EngagementCounter::QuestionsAsked,
                                                     f->clock().now()));
        auto found = repository().find(live.session.id, live.students[1].id);
        QCOMPARE((*found)->questionsAsked, 3);
        QCOMPARE((*found)->chatMessagesCount, 0);
    }

    void negativeDurationIsRefusedByTheDatabase() {
        auto connection = f->context().database->connection();
        auto negative = sql::run(*connection,
                                 QStringLiteral("UPDATE session_participants SET duration_seconds "
                                                "= -1 WHERE session_id = ?"),
                                 {live.session.id});
        LECTERN_VERIFY_ERROR(negative, ErrorCode::Invalid);
    }

    void standingTellsEnrolmentAndParticipation() {
        auto student = repository().standing(live.course.id, live.session.id, live.students[0].id);
        LECTERN_VERIFY_OK(student);
        QVERIFY(student->enrolled);
        QCOMPARE(student->courseInstructorId, live.instructor.id);
        QVERIFY(student->participant.has_value());
        QCOMPARE(student->participant->userId, live.students[0].id);
        QCOMPARE(student->participant->status, ParticipantStatus::Joined);

        const User outsider = f->addUser(Role::Student, QStringLiteral("Out"));
        auto stranger = repository().standing(live.course.id, live.session.id, outsider.id);
        QVERIFY(!stranger->enrolled);
        QVERIFY(!stranger->participant.has_value());
        LECTERN_VERIFY_ERROR(repository().standing(9999, live.session.id, outsider.id),
                             ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestParticipantRepository)
#include "tst_participantrepository.moc"
