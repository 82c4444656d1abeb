#include "pollservice.h"

#include "access.h"
#include "domain/events.h"
#include "domain/rules.h"
#include "domain/try.h"
#include "domain/validation.h"
#include "storage/participantrepository.h"
#include "storage/pollrepository.h"
#include "storage/sessionrepository.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace lectern {

namespace {
Status requirePollsOpen(const LiveSession& session) {
    if (!session.enablePolls)
        return std::unexpected(
            Error::forbidden(QStringLiteral("Polls are turned off for this session")));
    return {};
}

Status requireDuration(int seconds) {
    if (seconds < 0 || seconds > maxPollDurationSeconds)
        return std::unexpected(
            Error::invalid(QStringLiteral("duration_seconds"),
                           QStringLiteral("duration_seconds must be between 0 and %1")
                               .arg(maxPollDurationSeconds)));
    return {};
}

Result<QList<PollOption>> validatedOptions(const QStringList& texts) {
    const QString field = QStringLiteral("options");
    if (texts.size() < minPollOptions || texts.size() > maxPollOptions)
        return std::unexpected(Error::invalid(
            field, QStringLiteral("A poll needs between %1 and %2 options; this one has %3")
                       .arg(minPollOptions)
                       .arg(maxPollOptions)
                       .arg(texts.size())));
    QList<PollOption> options;
    QSet<QString> seen;
    for (const QString& text : texts) {
        LECTERN_TRY(const QString trimmed, validation::requiredText(field, text, 200));
        if (seen.contains(trimmed.toCaseFolded()))
            return std::unexpected(Error::invalid(
                field, QStringLiteral("The option \"%1\" appears twice").arg(trimmed)));
        seen.insert(trimmed.toCaseFolded());
        PollOption option;
        option.text = trimmed;
        option.order = static_cast<int>(options.size());
        options.append(option);
    }
    return options;
}

// The results a viewer may see: counts stay hidden from students until a poll that shows its
// results only at the end has closed.
PollResults resultsOf(const LivePoll& poll, const QDateTime& now, bool staff) {
    PollResults results;
    results.pollId = poll.id;
    results.question = poll.question;
    results.status = poll.effectiveStatus(now);
    results.hidden = !staff && !poll.showResultsImmediately && results.status != PollStatus::Closed;
    results.totalVotes = results.hidden ? 0 : poll.totalVotes();
    for (const PollOption& option : poll.options)
        results.options.append(
            {option.id, option.text, results.hidden ? 0 : option.votesCount,
             results.hidden ? 0.0
                            : rules::roundOneDecimal(option.votePercentage(results.totalVotes))});
    return results;
}

// Zeroes the counts of a poll that shows its results only once it has closed.
void withholdCountsFromStudents(LivePoll& poll, const QDateTime& now) {
    if (poll.showResultsImmediately || poll.effectiveStatus(now) == PollStatus::Closed)
        return;
    for (PollOption& option : poll.options)
        option.votesCount = 0;
}

struct PollInSession {
    LivePoll poll;
    LiveSession session;
    SessionAccess access;
};

// How a call holds the poll: reading, voting (shared: voters never wait for each other, only
// for a close), or changing its state (the session row first, then the poll, the same order
// as ending the session, so the two never deadlock).
enum class PollHold { Read, Vote, Change };

Result<PollInSession> loadPoll(const QSqlDatabase& connection, Dialect dialect, const User& actor,
                               Id pollId, PollHold hold) {
    PollRepository polls(connection, dialect);
    LECTERN_TRY(LivePoll poll,
                hold == PollHold::Vote ? polls.findForShare(pollId) : polls.find(pollId));
    LECTERN_TRY(SessionInContext loaded,
                loadSession(connection, dialect, actor, poll.sessionId,
                            hold == PollHold::Change ? RowLock::ForUpdate : RowLock::None));
    auto& [session, access] = loaded;
    LECTERN_CHECK(requireMember(access));
    if (hold == PollHold::Change) {
        LECTERN_TRY(poll, polls.findForUpdate(pollId));
    }
    // A draft is the staff's business until it starts.
    if (poll.status == PollStatus::Draft && !access.staff)
        return std::unexpected(Error::notFound(QStringLiteral("No poll with id %1").arg(pollId)));
    return PollInSession{std::move(poll), std::move(session), std::move(access)};
}

// What a draft says, checked, written over `poll`'s text, options and settings.
Status applyDraft(LivePoll& poll, const PollDraft& draft) {
    LECTERN_TRY(poll.question,
                validation::requiredText(QStringLiteral("question"), draft.question, 500));
    LECTERN_TRY(poll.description,
                validation::optionalText(QStringLiteral("description"), draft.description, 2000));
    LECTERN_TRY(poll.options, validatedOptions(draft.options));
    LECTERN_CHECK(requireDuration(draft.durationSeconds));
    poll.allowMultipleAnswers = draft.allowMultipleAnswers;
    poll.showResultsImmediately = draft.showResultsImmediately;
    poll.isAnonymous = draft.isAnonymous;
    poll.durationSeconds = draft.durationSeconds;
    return {};
}

// Only a draft changes or goes: once started, a poll's votes are part of the class's record.
Status requireDraft(const LivePoll& poll, const QString& what) {
    if (poll.status != PollStatus::Draft)
        return std::unexpected(Error::conflict(
            QStringLiteral("Only a draft can be %1; this poll has started").arg(what)));
    return {};
}

} // namespace

Result<LivePoll> PollService::createPoll(const User& actor, Id sessionId, const PollDraft& draft) {
    LivePoll poll;
    LECTERN_CHECK(applyDraft(poll, draft));

    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    const QSqlDatabase& connection = transaction.connection();
    LECTERN_TRY(const SessionInContext loaded,
                loadSession(connection, transaction.dialect(), actor, sessionId));
    const auto& [session, access] = loaded;
    LECTERN_CHECK(requireManager(access, QStringLiteral("create polls")));
    LECTERN_CHECK(requirePollsOpen(session));
    if (session.status == SessionStatus::Ended || session.status == SessionStatus::Cancelled)
        return std::unexpected(
            Error::closed(QStringLiteral("The session is %1; it takes no new polls")
                              .arg(enumName(session.status))));
    poll.sessionId = session.id;
    poll.createdBy = actor.id;
    poll.status = PollStatus::Draft;
    poll.createdAt = poll.updatedAt = m_context.now();
    LECTERN_TRY(poll, PollRepository(connection, transaction.dialect()).insert(poll));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::pollCreated, session.id, poll.id);
    return poll;
}

Result<LivePoll> PollService::updatePoll(const User& actor, Id pollId, const PollDraft& draft) {
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    LECTERN_TRY(PollInSession found, loadPoll(transaction.connection(), transaction.dialect(),
                                              actor, pollId, PollHold::Change));
    LECTERN_CHECK(requireManager(found.access, QStringLiteral("edit polls")));
    LECTERN_CHECK(requireDraft(found.poll, QStringLiteral("edited")));
    LivePoll poll = found.poll;
    LECTERN_CHECK(applyDraft(poll, draft));
    poll.updatedAt = m_context.now();
    LECTERN_TRY(poll,
                PollRepository(transaction.connection(), transaction.dialect()).updateDraft(poll));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::pollUpdated, poll.sessionId, poll.id);
    return poll;
}

Result<LivePoll> PollService::deletePoll(const User& actor, Id pollId) {
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    LECTERN_TRY(PollInSession found, loadPoll(transaction.connection(), transaction.dialect(),
                                              actor, pollId, PollHold::Change));
    LECTERN_CHECK(requireManager(found.access, QStringLiteral("delete polls")));
    LECTERN_CHECK(requireDraft(found.poll, QStringLiteral("deleted")));
    LECTERN_CHECK(
        PollRepository(transaction.connection(), transaction.dialect()).removeDraft(pollId));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::pollDeleted, found.poll.sessionId, pollId);
    return found.poll;
}

Result<LivePoll> PollService::startPoll(const User& actor, Id pollId,
                                        std::optional<int> durationSeconds) {
    if (durationSeconds)
        LECTERN_CHECK(requireDuration(*durationSeconds));
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    LECTERN_TRY(PollInSession found, loadPoll(transaction.connection(), transaction.dialect(),
                                              actor, pollId, PollHold::Change));
    LECTERN_CHECK(requireManager(found.access, QStringLiteral("start polls")));
    LivePoll& poll = found.poll;
    if (poll.status != PollStatus::Draft)
        return std::unexpected(Error::conflict(
            poll.status == PollStatus::Closed ? QStringLiteral("A closed poll cannot be restarted")
                                              : QStringLiteral("The poll is already running")));
    if (found.session.status != SessionStatus::Live)
        return std::unexpected(
            Error::closed(QStringLiteral("Polls can only start while the session is live")));
    const QDateTime now = m_context.now();
    if (durationSeconds)
        poll.durationSeconds = *durationSeconds;
    poll.status = PollStatus::Active;
    poll.startedAt = poll.updatedAt = now;
    poll.endsAt = poll.durationSeconds > 0 ? now.addSecs(poll.durationSeconds) : QDateTime();
    LECTERN_CHECK(
        PollRepository(transaction.connection(), transaction.dialect()).updateState(poll));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::pollStarted, poll.sessionId, poll.id);
    return poll;
}

Result<PollResults> PollService::votePoll(const User& actor, Id pollId,
                                          const QList<Id>& optionIds) {
    const QString field = QStringLiteral("option_ids");
    if (optionIds.isEmpty())
        return std::unexpected(Error::invalid(field, QStringLiteral("Choose at least one option")));
    QList<Id> chosen = optionIds;
    // Sorted, so concurrent ballots lock option rows in the same order and never deadlock.
    std::ranges::sort(chosen);
    if (std::ranges::adjacent_find(chosen) != chosen.end())
        return std::unexpected(Error::invalid(field, QStringLiteral("An option is chosen twice")));

    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    const QSqlDatabase& connection = transaction.connection();
    LECTERN_TRY(PollInSession found,
                loadPoll(connection, transaction.dialect(), actor, pollId, PollHold::Vote));
    LECTERN_CHECK(requireTakingPart(found.session, found.access));
    LECTERN_CHECK(requirePollsOpen(found.session));
    const QDateTime now = m_context.now();
    if (!found.poll.isActive(now))
        return std::unexpected(Error::closed(found.poll.status == PollStatus::Draft
                                                 ? QStringLiteral("The poll has not started")
                                                 : QStringLiteral("The poll is closed")));
    if (!found.poll.allowMultipleAnswers && chosen.size() > 1)
        return std::unexpected(
            Error::invalid(field, QStringLiteral("This poll takes a single answer")));
    for (Id optionId : chosen) {
        if (std::ranges::none_of(found.poll.options,
                                 [optionId](const PollOption& o) { return o.id == optionId; }))
            return std::unexpected(
                Error{ErrorCode::NotFound,
                      QStringLiteral("Option %1 is not part of this poll").arg(optionId), field});
    }
    PollRepository polls(connection, transaction.dialect());
    LECTERN_CHECK(polls.castBallot(found.poll.id, actor.id, chosen, now));
    // A vote in an anonymous poll moves no counter of the voter's, for the same reason.
    if (!found.poll.isAnonymous)
        LECTERN_CHECK(
            ParticipantRepository(connection)
                .increment(found.session.id, actor.id, EngagementCounter::PollsAnswered, now));
    LECTERN_TRY(const LivePoll counted, polls.find(found.poll.id));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::pollResults, counted.sessionId, counted.id);
    return resultsOf(counted, now, found.access.staff);
}

Result<PollResults> PollService::getPollResults(const User& actor, Id pollId) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(const PollInSession found,
                loadPoll(connection, m_context.database->dialect(), actor, pollId, PollHold::Read));
    const QDateTime now = m_context.now();
    const PollResults results = resultsOf(found.poll, now, found.access.staff);
    if (results.hidden)
        return std::unexpected(
            Error::forbidden(QStringLiteral("The results are shown when the poll closes")));
    return results;
}

Result<LivePoll> PollService::closePoll(const User& actor, Id pollId) {
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    LECTERN_TRY(PollInSession found, loadPoll(transaction.connection(), transaction.dialect(),
                                              actor, pollId, PollHold::Change));
    LECTERN_CHECK(requireManager(found.access, QStringLiteral("close polls")));
    LivePoll& poll = found.poll;
    if (poll.status != PollStatus::Active)
        return std::unexpected(Error::conflict(poll.status == PollStatus::Draft
                                                   ? QStringLiteral("The poll has not started")
                                                   : QStringLiteral("The poll is already closed")));
    poll.status = PollStatus::Closed;
    poll.updatedAt = m_context.now();
    LECTERN_CHECK(
        PollRepository(transaction.connection(), transaction.dialect()).updateState(poll));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::pollClosed, poll.sessionId, poll.id);
    return poll;
}

Result<qsizetype> PollService::closeExpiredPolls() {
    const QDateTime now = m_context.now();
    {
        LECTERN_TRY(auto connection, m_context.database->connection());
        LECTERN_TRY(const bool due,
                    PollRepository(connection, m_context.database->dialect()).anyExpired(now));
        if (!due)
            return 0;
    }
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    LECTERN_TRY(const auto closed,
                PollRepository(transaction.connection(), transaction.dialect()).closeExpired(now));
    LECTERN_CHECK(transaction.commit());
    for (const auto& [pollId, sessionId] : closed)
        m_context.publish(events::pollClosed, sessionId, pollId);
    return closed.size();
}

Result<QList<LivePoll>> PollService::listPolls(const User& actor, Id sessionId) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(const SessionInContext loaded,
                loadSession(connection, m_context.database->dialect(), actor, sessionId));
    const auto& [session, access] = loaded;
    LECTERN_CHECK(requireMember(access));
    LECTERN_TRY(
        QList<LivePoll> polls,
        PollRepository(connection, m_context.database->dialect()).listBySession(session.id));
    if (!access.staff) {
        // Students see neither drafts nor counts they are not meant to see yet.
        const QDateTime now = m_context.now();
        QList<LivePoll> visible;
        for (LivePoll& poll : polls) {
            if (poll.status == PollStatus::Draft)
                continue;
            withholdCountsFromStudents(poll, now);
            visible.append(poll);
        }
        return visible;
    }
    return polls;
}

Result<QList<Id>> PollService::pollVoters(const User& actor, Id pollId) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(const PollInSession found,
                loadPoll(connection, m_context.database->dialect(), actor, pollId, PollHold::Read));
    if (!found.access.staff)
        return std::unexpected(Error::forbidden(QStringLiteral("Only staff see who has voted")));
    if (found.poll.isAnonymous && !actor.isAdmin())
        return std::unexpected(
            Error::forbidden(QStringLiteral("The poll is anonymous: voters are not shown")));
    return PollRepository(connection, m_context.database->dialect()).voterIds(found.poll.id);
}

Result<LivePoll> PollService::pollForBroadcast(Id pollId) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(LivePoll poll,
                PollRepository(connection, m_context.database->dialect()).find(pollId));
    if (poll.status == PollStatus::Draft)
        return std::unexpected(Error::notFound(QStringLiteral("No poll with id %1").arg(pollId)));
    withholdCountsFromStudents(poll, m_context.now());
    return poll;
}

Result<PollResults> PollService::resultsForBroadcast(Id pollId) {
    LECTERN_TRY(const LivePoll poll, pollForBroadcast(pollId));
    return resultsOf(poll, m_context.now(), false);
}

} // namespace lectern
