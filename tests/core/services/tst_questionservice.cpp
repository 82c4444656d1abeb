#include "servicefixture.h"
#include "services/participationservice.h"
#include "services/questionservice.h"
#include "services/sessionservice.h"

#include <QTest>

using namespace lectern;

class TestQuestionService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    test::ServiceFixture::LiveClass live;
    const User& sam() const { return live.students[0]; }
    const User& kim() const { return live.students[1]; }
    const User& lee() const { return live.students[2]; }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        live = f->liveClass(3);
    }
    void cleanup() { f.reset(); }

    void askStoresAndCounts() {
        auto asked = QuestionService(f->context())
                         .askQuestion(sam(), live.session.id,
                                      QStringLiteral("What is the difference between lists and "
                                                     "tuples?"),
                                      true);
        LECTERN_VERIFY_OK(asked);
        QCOMPARE(asked->status, QuestionStatus::Pending);
        QVERIFY(asked->isAnonymous);
        QCOMPARE(asked->upvotes, 0);
        LECTERN_VERIFY_OK(QuestionService(f->context())
                              .askQuestion(sam(), live.session.id, QStringLiteral("And sets?")));
        // Only the named question counts: a count that rose with an anonymous one would name
        // its asker.
        auto roster =
            ParticipationService(f->context()).listParticipants(live.instructor, live.session.id);
        for (const SessionParticipant& p : *roster)
            QCOMPARE(p.questionsAsked, p.userId == sam().id ? 1 : 0);
    }

    void badQuestionsAreInvalid() {
        QuestionService questions(f->context());
        auto empty = questions.askQuestion(sam(), live.session.id, QStringLiteral(" "));
        LECTERN_VERIFY_ERROR(empty, ErrorCode::Invalid);
        QCOMPARE(empty.error().field, QStringLiteral("question"));
        LECTERN_VERIFY_ERROR(questions.askQuestion(sam(), live.session.id, QString(2001, u'q')),
                             ErrorCode::Invalid);
        LECTERN_VERIFY_OK(questions.askQuestion(sam(), live.session.id, QString(2000, u'q')));
    }

    void onlyParticipantsOfALiveSessionAsk() {
        QuestionService questions(f->context());
        const User outsider = f->addUser(Role::Student, QStringLiteral("Out"));
        LECTERN_VERIFY_ERROR(questions.askQuestion(outsider, live.session.id, QStringLiteral("?")),
                             ErrorCode::Forbidden);
        LECTERN_VERIFY_OK(
            SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        LECTERN_VERIFY_ERROR(questions.askQuestion(sam(), live.session.id, QStringLiteral("?")),
                             ErrorCode::Closed);
    }

    void oneUpvotePerUserAndSortedByVotes() {
        QuestionService questions(f->context());
        auto first = questions.askQuestion(sam(), live.session.id, QStringLiteral("First"));
        auto second = questions.askQuestion(kim(), live.session.id, QStringLiteral("Second"));
        LECTERN_VERIFY_OK(questions.upvoteQuestion(sam(), second->id));
        auto twice = questions.upvoteQuestion(lee(), second->id);
        LECTERN_VERIFY_OK(twice);
        QCOMPARE(twice->upvotes, 2);
        LECTERN_VERIFY_ERROR(questions.upvoteQuestion(lee(), second->id), ErrorCode::Conflict);
        LECTERN_VERIFY_OK(questions.upvoteQuestion(lee(), first->id));
        // Not one's own.
        LECTERN_VERIFY_ERROR(questions.upvoteQuestion(sam(), first->id), ErrorCode::Forbidden);

        auto listed = questions.listQuestions(sam(), live.session.id);
        LECTERN_VERIFY_OK(listed);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->first().id, second->id);
        QCOMPARE(listed->first().upvotes, 2);

        LECTERN_VERIFY_OK(questions.setFeatured(live.instructor, first->id, true));
        QCOMPARE(questions.listQuestions(sam(), live.session.id)->first().id, first->id);
        LECTERN_VERIFY_ERROR(questions.upvoteQuestion(lee(), 99999), ErrorCode::NotFound);
    }

    void moderatorsAnswerDismissAndFeature() {
        QuestionService questions(f->context());
        auto asked = questions.askQuestion(sam(), live.session.id, QStringLiteral("Lists?"));
        LECTERN_VERIFY_ERROR(questions.answerQuestion(kim(), asked->id, QStringLiteral("No")),
                             ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(questions.dismissQuestion(kim(), asked->id), ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(questions.setFeatured(kim(), asked->id, true), ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(
            questions.answerQuestion(live.instructor, asked->id, QStringLiteral(" ")),
            ErrorCode::Invalid);

        f->clock().advance(30);
        auto answered = questions.answerQuestion(
            live.instructor, asked->id, QStringLiteral("Lists are mutable, tuples are immutable"));
        LECTERN_VERIFY_OK(answered);
        QCOMPARE(answered->status, QuestionStatus::Answered);
        QCOMPARE(answered->answeredBy, std::optional<Id>(live.instructor.id));
        QCOMPARE(answered->answeredAt, f->clock().now());
        LECTERN_VERIFY_ERROR(questions.dismissQuestion(live.instructor, asked->id),
                             ErrorCode::Conflict);

        auto other = questions.askQuestion(kim(), live.session.id, QStringLiteral("Off topic"));
        auto dismissed = questions.dismissQuestion(live.instructor, other->id);
        LECTERN_VERIFY_OK(dismissed);
        QCOMPARE(dismissed->status, QuestionStatus::Dismissed);
        LECTERN_VERIFY_ERROR(questions.upvoteQuestion(lee(), other->id), ErrorCode::Conflict);
        LECTERN_VERIFY_ERROR(questions.setFeatured(live.instructor, other->id, true),
                             ErrorCode::Conflict);

        auto pending =
            questions.listQuestions(live.instructor, live.session.id, QuestionStatus::Answered);
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().id, asked->id);
    }

    void anonymousAuthorsStayHiddenFromAllButAdmins() {
        QuestionService questions(f->context());
        auto asked = questions.askQuestion(sam(), live.session.id, QStringLiteral("Shy?"), true);
        LECTERN_VERIFY_OK(asked);
        QCOMPARE(asked->userId, sam().id);
        QCOMPARE(questions.listQuestions(kim(), live.session.id)->first().userId, Id(0));
        QCOMPARE(questions.listQuestions(live.instructor, live.session.id)->first().userId, Id(0));
        QCOMPARE(questions.listQuestions(sam(), live.session.id)->first().userId, sam().id);
        const User admin = f->addUser(Role::Admin, QStringLiteral("Root"));
        QCOMPARE(questions.listQuestions(admin, live.session.id)->first().userId, sam().id);
        QCOMPARE(questions.upvoteQuestion(kim(), asked->id)->userId, Id(0));
        QCOMPARE(
            questions.answerQuestion(live.instructor, asked->id, QStringLiteral("Yes"))->userId,
            Id(0));
        // Questions asked openly show their author.
        auto open = questions.askQuestion(kim(), live.session.id, QStringLiteral("Open?"));
        QCOMPARE(questions.listQuestions(lee(), live.session.id)->last().userId, kim().id);
        Q_UNUSED(open);
    }

    void studentModeratorsDoNotModerateQuestions() {
        auto roster =
            ParticipationService(f->context()).listParticipants(live.instructor, live.session.id);
        for (const SessionParticipant& p : *roster) {
            if (p.userId == kim().id)
                LECTERN_VERIFY_OK(
                    ParticipationService(f->context()).setModerator(live.instructor, p.id, true));
        }
        QuestionService questions(f->context());
        auto asked = questions.askQuestion(sam(), live.session.id, QStringLiteral("Q?"));
        LECTERN_VERIFY_ERROR(questions.answerQuestion(kim(), asked->id, QStringLiteral("A")),
                             ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(questions.dismissQuestion(kim(), asked->id), ErrorCode::Forbidden);
    }

    void enrolledTaModerates() {
        const User ta = f->addUser(Role::Ta, QStringLiteral("Tia"));
        f->enroll(live.course, ta);
        QuestionService questions(f->context());
        auto asked = questions.askQuestion(sam(), live.session.id, QStringLiteral("Help?"));
        LECTERN_VERIFY_OK(questions.answerQuestion(ta, asked->id, QStringLiteral("Sure")));
    }
};

QTEST_GUILESS_MAIN(TestQuestionService)
#include "tst_questionservice.moc"
