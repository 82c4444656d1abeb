#include "servicefixture.h"
#include "services/participationservice.h"
#include "services/pollservice.h"
#include "services/sessionservice.h"

#include <QJsonArray>
#include <QTest>

#include <atomic>
#include <latch>
#include <thread>

using namespace lectern;

class TestPollService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    test::ServiceFixture::LiveClass live;

    PollDraft topics(bool multiple = false) const {
        PollDraft draft;
        draft.question = QStringLiteral("What topic should we cover next?");
        draft.options = {QStringLiteral("Django ORM"), QStringLiteral("Django REST"),
                         QStringLiteral("Testing"), QStringLiteral("Deployment")};
        draft.allowMultipleAnswers = multiple;
        return draft;
    }
    LivePoll runningPoll(bool multiple = false, int duration = 0) {
        PollService polls(f->context());
        PollDraft draft = topics(multiple);
        draft.durationSeconds = duration;
        auto created = polls.createPoll(live.instructor, live.session.id, draft);
        if (!created)
            qFatal("%s", qPrintable(created.error().message));
        auto started = polls.startPoll(live.instructor, created->id);
        if (!started)
            qFatal("%s", qPrintable(started.error().message));
        return *started;
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        live = f->liveClass(3);
    }
    void cleanup() { f.reset(); }

    void createdPollHasOrderedOptionsWithIds() {
        auto poll =
            PollService(f->context()).createPoll(live.instructor, live.session.id, topics());
        LECTERN_VERIFY_OK(poll);
        QCOMPARE(poll->status, PollStatus::Draft);
        QCOMPARE(poll->options.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(poll->options[i].id > 0);
            QCOMPARE(poll->options[i].order, i);
        }
        QCOMPARE(poll->options[1].text, QStringLiteral("Django REST"));
    }

    void badPollsAreInvalid_data() {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("duration");
        QTest::addColumn<QString>("field");
        QTest::newRow("one option")
            << QStringList{QStringLiteral("A")} << 0 << QStringLiteral("options");
        QStringList eleven;
        for (int i = 0; i < 11; ++i)
            eleven << QString::number(i);
        QTest::newRow("eleven options") << eleven << 0 << QStringLiteral("options");
        QTest::newRow("duplicate options")
            << QStringList{QStringLiteral("Yes"), QStringLiteral("yes ")} << 0
            << QStringLiteral("options");
        QTest::newRow("blank option") << QStringList{QStringLiteral("Yes"), QStringLiteral(" ")}
                                      << 0 << QStringLiteral("options");
        QTest::newRow("negative duration")
            << QStringList{QStringLiteral("Yes"), QStringLiteral("No")} << -1
            << QStringLiteral("duration_seconds");
    }
    void badPollsAreInvalid() {
        QFETCH(QStringList, options);
        QFETCH(int, duration);
        QFETCH(QString, field);
        PollDraft draft = topics();
        draft.options = options;
        draft.durationSeconds = duration;
        PollService polls(f->context());
        auto created = polls.createPoll(live.instructor, live.session.id, draft);
        LECTERN_VERIFY_ERROR(created, ErrorCode::Invalid);
        QCOMPARE(created.error().field, field);
        QVERIFY(polls.listPolls(live.instructor, live.session.id)->isEmpty());
    }

    void tenOptionsAreAllowed() {
        PollDraft draft = topics();
        draft.options.clear();
        for (int i = 0; i < 10; ++i)
            draft.options << QString::number(i);
        LECTERN_VERIFY_OK(
            PollService(f->context()).createPoll(live.instructor, live.session.id, draft));
    }

    void onlyManagersRunPolls() {
        PollService polls(f->context());
        const User ta = f->addUser(Role::Ta, QStringLiteral("Tia"));
        f->enroll(live.course, ta);
        LECTERN_VERIFY_ERROR(polls.createPoll(live.students[0], live.session.id, topics()),
                             ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(polls.createPoll(ta, live.session.id, topics()), ErrorCode::Forbidden);
        auto poll = polls.createPoll(live.instructor, live.session.id, topics());
        // A draft is invisible to students; a TA sees it but may not start it.
        LECTERN_VERIFY_ERROR(polls.startPoll(live.students[0], poll->id), ErrorCode::NotFound);
        LECTERN_VERIFY_ERROR(polls.startPoll(ta, poll->id), ErrorCode::Forbidden);
        LECTERN_VERIFY_OK(polls.startPoll(live.instructor, poll->id));
        LECTERN_VERIFY_ERROR(polls.closePoll(live.students[0], poll->id), ErrorCode::Forbidden);
    }

    void draftsAreEditedAndDeletedByManagersOnly() {
        PollService polls(f->context());
        const User ta = f->addUser(Role::Ta, QStringLiteral("Tia"));
        f->enroll(live.course, ta);
        auto draft = polls.createPoll(live.instructor, live.session.id, topics());
        LECTERN_VERIFY_OK(draft);

        PollDraft edited = topics(true);
        edited.question = QStringLiteral("Which two topics next?");
        edited.options = {QStringLiteral("Signals"), QStringLiteral("Caching"),
                          QStringLiteral("Testing")};
        edited.durationSeconds = 90;
        LECTERN_VERIFY_ERROR(polls.updatePoll(live.students[0], draft->id, edited),
                             ErrorCode::NotFound); // a draft is invisible to students
        LECTERN_VERIFY_ERROR(polls.updatePoll(ta, draft->id, edited), ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(polls.deletePoll(ta, draft->id), ErrorCode::Forbidden);

        // Checked as a new poll is, and nothing changes when it fails.
        PollDraft bad = edited;
        bad.options = {QStringLiteral("Only one")};
        LECTERN_VERIFY_ERROR(polls.updatePoll(live.instructor, draft->id, bad), ErrorCode::Invalid);
        QCOMPARE(polls.listPolls(live.instructor, live.session.id)->first().options.size(), 4);

        const auto updated = polls.updatePoll(live.instructor, draft->id, edited);
        LECTERN_VERIFY_OK(updated);
        const LivePoll stored = polls.listPolls(live.instructor, live.session.id)->first();
        QCOMPARE(stored.question, edited.question);
        QCOMPARE(stored.options.size(), 3);
        QCOMPARE(stored.options.at(2).text, QStringLiteral("Testing"));
        QVERIFY(stored.allowMultipleAnswers);
        QCOMPARE(stored.durationSeconds, 90);
        QCOMPARE(stored.status, PollStatus::Draft);
        QCOMPARE(stored.options.at(0).id, updated->options.at(0).id);

        LECTERN_VERIFY_OK(polls.deletePoll(live.instructor, draft->id));
        QVERIFY(polls.listPolls(live.instructor, live.session.id)->isEmpty());
        LECTERN_VERIFY_ERROR(polls.deletePoll(live.instructor, draft->id), ErrorCode::NotFound);
    }

    void aStartedPollIsNeitherEditedNorDeleted() {
        PollService polls(f->context());
        const LivePoll running = runningPoll();
        LECTERN_VERIFY_OK(polls.votePoll(live.students[0], running.id, {running.options[0].id}));
        LECTERN_VERIFY_ERROR(polls.updatePoll(live.instructor, running.id, topics()),
                             ErrorCode::Conflict);
        LECTERN_VERIFY_ERROR(polls.deletePoll(live.instructor, running.id), ErrorCode::Conflict);
        LECTERN_VERIFY_OK(polls.closePoll(live.instructor, running.id));
        LECTERN_VERIFY_ERROR(polls.deletePoll(live.instructor, running.id), ErrorCode::Conflict);
        const auto kept = polls.listPolls(live.instructor, live.session.id);
        QCOMPARE(kept->size(), 1);
        QCOMPARE(kept->first().totalVotes(), 1); // the class's record stays
    }

    void statusFlowDraftActiveClosed() {
        PollService polls(f->context());
        auto poll = polls.createPoll(live.instructor, live.session.id, topics());
        LECTERN_VERIFY_ERROR(polls.closePoll(live.instructor, poll->id), ErrorCode::Conflict);
        LECTERN_VERIFY_ERROR(polls.votePoll(live.students[0], poll->id, {poll->options[0].id}),
                             ErrorCode::NotFound);
        LECTERN_VERIFY_ERROR(polls.votePoll(live.instructor, poll->id, {poll->options[0].id}),
                             ErrorCode::Closed);
        auto started = polls.startPoll(live.instructor, poll->id, 60);
        LECTERN_VERIFY_OK(started);
        QCOMPARE(started->status, PollStatus::Active);
        QCOMPARE(started->durationSeconds, 60);
        QCOMPARE(started->endsAt, f->clock().now().addSecs(60));
        QVERIFY(started->isActive(f->clock().now()));
        LECTERN_VERIFY_ERROR(polls.startPoll(live.instructor, poll->id), ErrorCode::Conflict);
        LECTERN_VERIFY_OK(polls.closePoll(live.instructor, poll->id));
        auto restart = polls.startPoll(live.instructor, poll->id);
        LECTERN_VERIFY_ERROR(restart, ErrorCode::Conflict);
        QVERIFY(restart.error().message.contains(QStringLiteral("cannot be restarted")));
        LECTERN_VERIFY_ERROR(polls.closePoll(live.instructor, poll->id), ErrorCode::Conflict);
    }

    void votesCountAndResultsHaveTheSpecShape() {
        const LivePoll poll = runningPoll();
        PollService polls(f->context());
        LECTERN_VERIFY_OK(polls.votePoll(live.students[0], poll.id, {poll.options[0].id}));
        LECTERN_VERIFY_OK(polls.votePoll(live.students[1], poll.id, {poll.options[0].id}));
        auto last = polls.votePoll(live.students[2], poll.id, {poll.options[2].id});
        LECTERN_VERIFY_OK(last);
        QCOMPARE(last->totalVotes, qint64(3));
        QCOMPARE(last->options[0].votes, qint64(2));
        QCOMPARE(last->options[0].percentage, 66.7);
        QCOMPARE(last->options[2].percentage, 33.3);
        QCOMPARE(last->options[1].percentage, 0.0);

        const QJsonObject json = polls.getPollResults(live.students[0], poll.id)->toJson();
        QCOMPARE(json.value(QStringLiteral("question")).toString(), poll.question);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(json.value(QStringLiteral("total_votes")).toInt(), 3);
        const QJsonObject first =
            json.value(QStringLiteral("options")).toArray().first().toObject();
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("percentage"),
                                            QStringLiteral("text"), QStringLiteral("votes")}));
        QCOMPARE(first.value(QStringLiteral("votes")).toInt(), 2);

        auto roster =
            ParticipationService(f->context()).listParticipants(live.instructor, live.session.id);
        for (const SessionParticipant& p : *roster)
            QCOMPARE(p.pollsAnswered, p.userId == live.instructor.id ? 0 : 1);
        QCOMPARE(polls.pollVoters(live.instructor, poll.id)->size(), 3);
        LECTERN_VERIFY_ERROR(polls.pollVoters(live.students[0], poll.id), ErrorCode::Forbidden);
    }

    void noVotesGiveZeroPercent() {
        const LivePoll poll = runningPoll();
        auto results = PollService(f->context()).getPollResults(live.instructor, poll.id);
        LECTERN_VERIFY_OK(results);
        QCOMPARE(results->totalVotes, qint64(0));
        for (const auto& option : results->options)
            QCOMPARE(option.percentage, 0.0);
    }

    void secondBallotIsConflict() {
        const LivePoll poll = runningPoll(true);
        PollService polls(f->context());
        LECTERN_VERIFY_OK(polls.votePoll(live.students[0], poll.id, {poll.options[0].id}));
        LECTERN_VERIFY_ERROR(polls.votePoll(live.students[0], poll.id, {poll.options[1].id}),
                             ErrorCode::Conflict);
        QCOMPARE(polls.getPollResults(live.instructor, poll.id)->totalVotes, qint64(1));
    }

    void singleChoiceTakesOneOption() {
        const LivePoll poll = runningPoll(false);
        auto two =
            PollService(f->context())
                .votePoll(live.students[0], poll.id, {poll.options[0].id, poll.options[1].id});
        LECTERN_VERIFY_ERROR(two, ErrorCode::Invalid);
        QCOMPARE(two.error().field, QStringLiteral("option_ids"));
    }

    void multipleChoiceTakesDistinctOptionsOfThisPoll() {
        const LivePoll poll = runningPoll(true);
        PollService polls(f->context());
        LECTERN_VERIFY_ERROR(polls.votePoll(live.students[0], poll.id, {}), ErrorCode::Invalid);
        LECTERN_VERIFY_ERROR(
            polls.votePoll(live.students[0], poll.id, {poll.options[0].id, poll.options[0].id}),
            ErrorCode::Invalid);
        PollDraft otherDraft = topics();
        auto other = polls.createPoll(live.instructor, live.session.id, otherDraft);
        auto foreign =
            polls.votePoll(live.students[0], poll.id, {poll.options[0].id, other->options[0].id});
        LECTERN_VERIFY_ERROR(foreign, ErrorCode::NotFound);
        // Nothing of the refused ballot stayed behind.
        QCOMPARE(polls.getPollResults(live.instructor, poll.id)->totalVotes, qint64(0));
        auto both =
            polls.votePoll(live.students[0], poll.id, {poll.options[3].id, poll.options[1].id});
        LECTERN_VERIFY_OK(both);
        QCOMPARE(both->totalVotes, qint64(2));
        QCOMPARE(both->options[1].percentage, 50.0);
    }

    void voteAfterTheDeadlineIsClosed() {
        const LivePoll poll = runningPoll(false, 60);
        PollService polls(f->context());
        f->clock().advance(59);
        LECTERN_VERIFY_OK(polls.votePoll(live.students[0], poll.id, {poll.options[0].id}));
        f->clock().advance(1);
        LECTERN_VERIFY_ERROR(polls.votePoll(live.students[1], poll.id, {poll.options[0].id}),
                             ErrorCode::Closed);
        QCOMPARE(polls.getPollResults(live.students[0], poll.id)->status, PollStatus::Closed);
    }

    void hiddenResultsWaitForTheClose() {
        PollDraft draft = topics();
        draft.showResultsImmediately = false;
        PollService polls(f->context());
        auto poll = polls.createPoll(live.instructor, live.session.id, draft);
        LECTERN_VERIFY_OK(polls.startPoll(live.instructor, poll->id));
        auto voted = polls.votePoll(live.students[0], poll->id, {poll->options[0].id});
        LECTERN_VERIFY_OK(voted);
        // The voter's own answer does not give the standings away either.
        QVERIFY(voted->hidden);
        QCOMPARE(voted->totalVotes, qint64(0));
        QCOMPARE(voted->options[0].votes, qint64(0));
        QVERIFY(voted->toJson().value(QStringLiteral("results_hidden")).toBool());
        LECTERN_VERIFY_ERROR(polls.getPollResults(live.students[0], poll->id),
                             ErrorCode::Forbidden);
        LECTERN_VERIFY_OK(polls.getPollResults(live.instructor, poll->id));
        QCOMPARE(polls.listPolls(live.students[0], live.session.id)->first().totalVotes(),
                 qint64(0));
        LECTERN_VERIFY_OK(polls.closePoll(live.instructor, poll->id));
        QCOMPARE(polls.getPollResults(live.students[0], poll->id)->totalVotes, qint64(1));
    }

    void studentsDoNotSeeDrafts() {
        PollService polls(f->context());
        auto draft = polls.createPoll(live.instructor, live.session.id, topics());
        LECTERN_VERIFY_OK(draft);
        LECTERN_VERIFY_ERROR(polls.getPollResults(live.students[0], draft->id),
                             ErrorCode::NotFound);
        QVERIFY(polls.listPolls(live.students[0], live.session.id)->isEmpty());
        QCOMPARE(polls.listPolls(live.instructor, live.session.id)->size(), 1);
    }

    void anonymousPollsHideVoters() {
        PollDraft draft = topics();
        draft.isAnonymous = true;
        PollService polls(f->context());
        auto poll = polls.createPoll(live.instructor, live.session.id, draft);
        LECTERN_VERIFY_OK(polls.startPoll(live.instructor, poll->id));
        LECTERN_VERIFY_ERROR(polls.pollVoters(live.instructor, poll->id), ErrorCode::Forbidden);
    }

    void endingTheSessionClosesRunningPolls() {
        const LivePoll poll = runningPoll();
        LECTERN_VERIFY_OK(
            SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        auto listed = PollService(f->context()).listPolls(live.instructor, live.session.id);
        QCOMPARE(listed->first().status, PollStatus::Closed);
        Q_UNUSED(poll);
    }

    void identicalConcurrentBallotsCountOnce() {
        const LivePoll poll = runningPoll(true);
        const User voter = live.students[0];
        const QList<Id> ballot{poll.options[0].id, poll.options[2].id};
        constexpr int threads = 20;
        constexpr int ballotsPerThread = 5;
        std::latch start(threads);
        std::atomic<int> accepted{0};
        std::atomic<int> conflicts{0};
        std::atomic<int> other{0};
        const ServiceContext context = f->context();
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&] {
                PollService polls(context);
                start.arrive_and_wait();
                for (int i = 0; i < ballotsPerThread; ++i) {
                    auto result = polls.votePoll(voter, poll.id, ballot);
                    if (result)
                        ++accepted;
                    else if (result.error().code == ErrorCode::Conflict)
                        ++conflicts;
                    else {
                        qWarning("vote failed: %s", qPrintable(result.error().message));
                        ++other;
                    }
                }
            });
        }
        for (std::thread& worker : workers)
            worker.join();
        QCOMPARE(other.load(), 0);
        QCOMPARE(accepted.load(), 1);
        QCOMPARE(conflicts.load(), threads * ballotsPerThread - 1);
        auto results = PollService(f->context()).getPollResults(live.instructor, poll.id);
        QCOMPARE(results->totalVotes, qint64(2));
        QCOMPARE(results->options[0].votes, qint64(1));
        QCOMPARE(results->options[2].votes, qint64(1));
        auto roster =
            ParticipationService(f->context()).listParticipants(live.instructor, live.session.id);
        for (const SessionParticipant& p : *roster)
            QCOMPARE(p.pollsAnswered, p.userId == voter.id ? 1 : 0);
    }
};

QTEST_GUILESS_MAIN(TestPollService)
#include "tst_pollservice.moc"
