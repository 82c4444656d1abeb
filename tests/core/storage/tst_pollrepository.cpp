#include "servicefixture.h"
#include "services/pollservice.h"
#include "storage/pollrepository.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QTest>

using namespace lectern;

// The poll tables keep their own integrity, whatever code writes to them.
class TestPollRepository : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    test::ServiceFixture::LiveClass live;
    LivePoll poll;
    LivePoll other;

    PollRepository repository() {
        return PollRepository(*f->context().database->connection(),
                              f->context().database->dialect());
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        live = f->liveClass(2);
        PollDraft draft;
        draft.question = QStringLiteral("Pace?");
        draft.options = {QStringLiteral("Fast"), QStringLiteral("Fine"), QStringLiteral("Slow")};
        draft.allowMultipleAnswers = true;
        poll = *PollService(f->context()).createPoll(live.instructor, live.session.id, draft);
        other = *PollService(f->context()).createPoll(live.instructor, live.session.id, draft);
    }
    void cleanup() { f.reset(); }

    void insertGivesOptionsTheirIdsAndOrder() {
        auto read = repository().find(poll.id);
        LECTERN_VERIFY_OK(read);
        QCOMPARE(read->options.size(), 3);
        QCOMPARE(read->options[2].text, QStringLiteral("Slow"));
        QCOMPARE(read->options[2].order, 2);
        QCOMPARE(read->options[2].id, poll.options[2].id);
    }

    void onlyADraftIsRewrittenOrRemoved() {
        LivePoll edited = poll;
        edited.question = QStringLiteral("Pace today?");
        edited.options = {PollOption{0, poll.id, QStringLiteral("Right"), 0, 0},
                          PollOption{0, poll.id, QStringLiteral("Wrong"), 1, 0}};
        const auto rewritten = repository().updateDraft(edited);
        LECTERN_VERIFY_OK(rewritten);
        QCOMPARE(repository().find(poll.id)->options.size(), 2);
        QCOMPARE(repository().find(poll.id)->question, QStringLiteral("Pace today?"));

        // Started behind the code's back: the statements themselves leave it alone.
        auto connection = f->context().database->connection();
        LECTERN_VERIFY_OK(sql::run(*connection,
                                   QStringLiteral("UPDATE live_polls SET status = 'active' WHERE "
                                                  "id = ?"),
                                   {poll.id}));
        LECTERN_VERIFY_ERROR(repository().updateDraft(edited), ErrorCode::NotFound);
        LECTERN_VERIFY_ERROR(repository().removeDraft(poll.id), ErrorCode::NotFound);
        QCOMPARE(repository().find(poll.id)->options.size(), 2);

        // A draft goes with its options.
        LECTERN_VERIFY_OK(repository().removeDraft(other.id));
        LECTERN_VERIFY_ERROR(repository().find(other.id), ErrorCode::NotFound);
        const auto options = sql::scalar(
            *connection, QStringLiteral("SELECT COUNT(*) FROM poll_options WHERE poll_id = ?"),
            {other.id});
        QCOMPARE((*options)->toInt(), 0);
    }

    void ballotCountsEveryChosenOption() {
        const QDateTime now = f->clock().now();
        LECTERN_VERIFY_OK(repository().castBallot(poll.id, live.students[0].id,
                                                  {poll.options[0].id, poll.options[2].id}, now));
        auto read = repository().find(poll.id);
        QCOMPARE(read->options[0].votesCount, qint64(1));
        QCOMPARE(read->options[1].votesCount, qint64(0));
        QCOMPARE(read->options[2].votesCount, qint64(1));
        QCOMPARE(read->totalVotes(), qint64(2));
        QCOMPARE(*repository().voterIds(poll.id), QList<Id>{live.students[0].id});
        QCOMPARE(repository().optionsChosenBy(poll.id, live.students[0].id)->size(), 2);
    }

    void secondBallotIsRefusedByTheKeyItself() {
        const QDateTime now = f->clock().now();
        LECTERN_VERIFY_OK(
            repository().castBallot(poll.id, live.students[0].id, {poll.options[0].id}, now));
        // Straight SQL, past every check in the code: the primary key still says no.
        auto connection = f->context().database->connection();
        auto again = sql::run(*connection,
                              QStringLiteral("INSERT INTO poll_ballots (poll_id, user_id, "
                                             "created_at) VALUES (?, ?, 0)"),
                              {poll.id, live.students[0].id});
        LECTERN_VERIFY_ERROR(again, ErrorCode::Conflict);
        auto vote = sql::run(*connection,
                             QStringLiteral("INSERT INTO poll_votes (poll_id, option_id, user_id, "
                                            "created_at) VALUES (?, ?, ?, 0)"),
                             {poll.id, poll.options[0].id, live.students[0].id});
        LECTERN_VERIFY_ERROR(vote, ErrorCode::Conflict);
    }

    void anotherPollsOptionIsRefusedAndNothingStays() {
        auto transaction = WriteTransaction::begin(*f->context().database);
        QVERIFY(transaction.has_value());
        PollRepository polls(transaction->connection(), transaction->dialect());
        auto cast =
            polls.castBallot(poll.id, live.students[0].id, {other.options[0].id}, f->clock().now());
        LECTERN_VERIFY_ERROR(cast, ErrorCode::NotFound);
        QCOMPARE(cast.error().field, QStringLiteral("option_ids"));
        // The service rolls back on any error; so does the guard here.
    }

    void closeActiveClosesOnlyActivePolls() {
        LECTERN_VERIFY_OK(PollService(f->context()).startPoll(live.instructor, poll.id));
        auto closed = repository().closeActive(live.session.id, f->clock().now());
        LECTERN_VERIFY_OK(closed);
        QCOMPARE(*closed, QList<Id>{poll.id});
        QCOMPARE(repository().find(poll.id)->status, PollStatus::Closed);
        QCOMPARE(repository().find(other.id)->status, PollStatus::Draft);
    }
};

QTEST_GUILESS_MAIN(TestPollRepository)
#include "tst_pollrepository.moc"
