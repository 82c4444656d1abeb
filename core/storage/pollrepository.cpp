#include "pollrepository.h"

#include "sql.h"

namespace lectern {

namespace {
const QString pollColumns = QStringLiteral(
    "id, session_id, created_by, question, description, status, allow_multiple_answers, "
    "show_results_immediately, is_anonymous, duration_seconds, started_at, ends_at, created_at, "
    "updated_at");

LivePoll readPoll(const sql::Rows& q) {
    LivePoll p;
    p.id = q.value(0).toLongLong();
    p.sessionId = q.value(1).toLongLong();
    p.createdBy = q.value(2).toLongLong();
    p.question = q.value(3).toString();
    p.description = q.value(4).toString();
    p.status = parseEnum<PollStatus>(q.value(5).toString()).value_or(PollStatus::Draft);
    p.allowMultipleAnswers = q.value(6).toBool();
    p.showResultsImmediately = q.value(7).toBool();
    p.isAnonymous = q.value(8).toBool();
    p.durationSeconds = q.value(9).toInt();
    p.startedAt = sql::toTime(q.value(10));
    p.endsAt = sql::toTime(q.value(11));
    p.createdAt = sql::toTime(q.value(12));
    p.updatedAt = sql::toTime(q.value(13));
    return p;
}

QString notFound(Id id) {
    return QStringLiteral("No poll with id %1").arg(id);
}

} // namespace

Result<LivePoll> PollRepository::insert(LivePoll poll) {
    auto id = sql::insert(
        m_connection,
        QStringLiteral("INSERT INTO live_polls (session_id, created_by, question, description, "
                       "status, allow_multiple_answers, show_results_immediately, is_anonymous, "
                       "duration_seconds, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?) RETURNING id"),
        {poll.sessionId, poll.createdBy, poll.question, sql::fromText(poll.description),
         enumName(poll.status), poll.allowMultipleAnswers, poll.showResultsImmediately,
         poll.isAnonymous, poll.durationSeconds, sql::fromTime(poll.createdAt),
         sql::fromTime(poll.updatedAt)});
    if (!id)
        return std::unexpected(id.error());
    poll.id = *id;
    if (auto inserted = insertOptions(poll); !inserted)
        return std::unexpected(inserted.error());
    return poll;
}

Status PollRepository::insertOptions(LivePoll& poll) {
    for (PollOption& option : poll.options) {
        option.pollId = poll.id;
        auto optionId = sql::insert(m_connection,
                                    QStringLiteral("INSERT INTO poll_options (poll_id, text, "
                                                   "display_order) VALUES (?, ?, ?) RETURNING id"),
                                    {poll.id, option.text, option.order});
        if (!optionId)
            return std::unexpected(optionId.error());
        option.id = *optionId;
    }
    return {};
}

Result<LivePoll> PollRepository::updateDraft(LivePoll poll) {
    // `status = 'draft'` in the statements: a poll that started meanwhile is never rewritten.
    const Status updated = sql::updateOne(
        m_connection,
        QStringLiteral("UPDATE live_polls SET question = ?, description = ?, "
                       "allow_multiple_answers = ?, show_results_immediately = ?, "
                       "is_anonymous = ?, duration_seconds = ?, updated_at = ? WHERE id = ? AND "
                       "status = 'draft'"),
        {poll.question, sql::fromText(poll.description), poll.allowMultipleAnswers,
         poll.showResultsImmediately, poll.isAnonymous, poll.durationSeconds,
         sql::fromTime(poll.updatedAt), poll.id},
        notFound(poll.id));
    if (!updated)
        return std::unexpected(updated.error());
    if (auto cleared = sql::run(
            m_connection, QStringLiteral("DELETE FROM poll_options WHERE poll_id = ?"), {poll.id});
        !cleared)
        return std::unexpected(cleared.error());
    if (auto inserted = insertOptions(poll); !inserted)
        return std::unexpected(inserted.error());
    return poll;
}

Status PollRepository::removeDraft(Id pollId) {
    return sql::updateOne(
        m_connection, QStringLiteral("DELETE FROM live_polls WHERE id = ? AND status = 'draft'"),
        {pollId}, notFound(pollId));
}

Status PollRepository::loadOptions(LivePoll& poll) {
    auto query = sql::run(m_connection,
                          QStringLiteral("SELECT id, text, display_order, votes_count FROM "
                                         "poll_options WHERE poll_id = ? ORDER BY display_order, "
                                         "id"),
                          {poll.id});
    if (!query)
        return std::unexpected(query.error());
    poll.options.clear();
    while (query->next())
        poll.options.append(PollOption{query->value(0).toLongLong(), poll.id,
                                       query->value(1).toString(), query->value(2).toInt(),
                                       query->value(3).toLongLong()});
    return {};
}

Result<LivePoll> PollRepository::findWith(Id id, const QString& suffix) {
    auto query = sql::run(m_connection,
                          QStringLiteral("SELECT ") + pollColumns +
                              QStringLiteral(" FROM live_polls WHERE id = ?") + suffix,
                          {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(Error::notFound(notFound(id)));
    LivePoll poll = readPoll(*query);
    if (auto loaded = loadOptions(poll); !loaded)
        return std::unexpected(loaded.error());
    return poll;
}

Result<LivePoll> PollRepository::find(Id id) {
    return findWith(id, {});
}

Result<LivePoll> PollRepository::findForUpdate(Id id) {
    return findWith(id, m_dialect == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString());
}

Result<LivePoll> PollRepository::findForShare(Id id) {
    return findWith(id, m_dialect == Dialect::Postgres ? QStringLiteral(" FOR SHARE") : QString());
}

Result<QList<Id>> PollRepository::closeActive(Id sessionId, const QDateTime& now) {
    return sql::readAll(
        sql::run(m_connection,
                 QStringLiteral("UPDATE live_polls SET status = 'closed', updated_at = ? "
                                "WHERE session_id = ? AND status = 'active' RETURNING id"),
                 {sql::fromTime(now), sessionId}),
        sql::idColumn);
}

Result<bool> PollRepository::anyExpired(const QDateTime& now) {
    auto row = sql::scalar(m_connection,
                           QStringLiteral("SELECT 1 FROM live_polls WHERE status = 'active' AND "
                                          "ends_at IS NOT NULL AND ends_at <= ? LIMIT 1"),
                           {sql::fromTime(now)});
    if (!row)
        return std::unexpected(row.error());
    return row->has_value();
}

Result<QList<std::pair<Id, Id>>> PollRepository::closeExpired(const QDateTime& now) {
    return sql::readAll(
        sql::run(m_connection,
                 QStringLiteral("UPDATE live_polls SET status = 'closed', updated_at = ? WHERE "
                                "status = 'active' AND ends_at IS NOT NULL AND ends_at <= ? "
                                "RETURNING id, session_id"),
                 {sql::fromTime(now), sql::fromTime(now)}),
        [](const sql::Rows& row) {
            return std::pair<Id, Id>{row.value(0).toLongLong(), row.value(1).toLongLong()};
        });
}

Result<QList<LivePoll>> PollRepository::listBySession(Id sessionId) {
    auto query = sql::run(m_connection,
                          QStringLiteral("SELECT ") + pollColumns +
                              QStringLiteral(" FROM live_polls WHERE session_id = ? ORDER BY id"),
                          {sessionId});
    if (!query)
        return std::unexpected(query.error());
    QList<LivePoll> polls;
    while (query->next())
        polls.append(readPoll(*query));
    for (LivePoll& poll : polls) {
        if (auto loaded = loadOptions(poll); !loaded)
            return std::unexpected(loaded.error());
    }
    return polls;
}

Status PollRepository::updateState(const LivePoll& poll) {
    return sql::updateOne(m_connection,
                          QStringLiteral("UPDATE live_polls SET status = ?, started_at = ?, "
                                         "ends_at = ?, duration_seconds = ?, updated_at = ? WHERE "
                                         "id = ?"),
                          {enumName(poll.status), sql::fromTime(poll.startedAt),
                           sql::fromTime(poll.endsAt), poll.durationSeconds,
                           sql::fromTime(poll.updatedAt), poll.id},
                          notFound(poll.id));
}

Status PollRepository::castBallot(Id pollId, Id userId, const QList<Id>& optionIds,
                                  const QDateTime& now) {
    const QString alreadyVoted = QStringLiteral("You have already voted in this poll");
    // Looking first keeps the ordinary case free of a failed statement, which would abort a
    // PostgreSQL transaction; the key still settles a race between two identical ballots.
    auto existing =
        sql::scalar(m_connection,
                    QStringLiteral("SELECT 1 FROM poll_ballots WHERE poll_id = ? AND user_id = ?"),
                    {pollId, userId});
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->has_value())
        return std::unexpected(Error::conflict(alreadyVoted));
    auto ballot = sql::run(
        m_connection,
        QStringLiteral("INSERT INTO poll_ballots (poll_id, user_id, created_at) VALUES (?, ?, ?)"),
        {pollId, userId, sql::fromTime(now)});
    if (!ballot) {
        if (ballot.error().code == ErrorCode::Conflict)
            return std::unexpected(Error::conflict(alreadyVoted));
        return std::unexpected(ballot.error());
    }
    for (Id optionId : optionIds) {
        auto vote = sql::run(m_connection,
                             QStringLiteral("INSERT INTO poll_votes (poll_id, option_id, user_id, "
                                            "created_at) VALUES (?, ?, ?, ?)"),
                             {pollId, optionId, userId, sql::fromTime(now)});
        if (!vote) {
            if (vote.error().code == ErrorCode::NotFound)
                return std::unexpected(Error{
                    ErrorCode::NotFound,
                    QStringLiteral("Option %1 is not part of poll %2").arg(optionId).arg(pollId),
                    QStringLiteral("option_ids")});
            return std::unexpected(vote.error());
        }
        if (auto counted = sql::updateOne(m_connection,
                                          QStringLiteral("UPDATE poll_options SET votes_count = "
                                                         "votes_count + 1 WHERE id = ? AND "
                                                         "poll_id = ?"),
                                          {optionId, pollId},
                                          QStringLiteral("No option with id %1").arg(optionId));
            !counted)
            return counted;
    }
    return {};
}

Result<QList<Id>> PollRepository::voterIds(Id pollId) {
    return sql::readAll(
        sql::run(m_connection,
                 QStringLiteral(
                     "SELECT user_id FROM poll_ballots WHERE poll_id = ? ORDER BY created_at"),
                 {pollId}),
        sql::idColumn);
}

Result<QList<Id>> PollRepository::optionsChosenBy(Id pollId, Id userId) {
    return sql::readAll(
        sql::run(m_connection,
                 QStringLiteral("SELECT option_id FROM poll_votes WHERE poll_id = ? "
                                "AND user_id = ? ORDER BY option_id"),
                 {pollId, userId}),
        sql::idColumn);
}

} // namespace lectern
