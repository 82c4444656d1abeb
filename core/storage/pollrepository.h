#pragma once

#include "domain/error.h"
#include "domain/livepoll.h"
#include "storage/databaseurl.h"

#include <QSqlDatabase>

namespace lectern {

class PollRepository {
public:
    PollRepository(QSqlDatabase connection, Dialect dialect)
        : m_connection(std::move(connection))
        , m_dialect(dialect) {}

    // Inserts the poll and its options; gives the poll back with every id filled in.
    Result<LivePoll> insert(LivePoll poll);
    Result<LivePoll> find(Id id);
    // As find(), locking the poll row on PostgreSQL until the transaction ends: exclusively
    // to change its state, shared to vote (voters do not wait for each other, only for a close).
    Result<LivePoll> findForUpdate(Id id);
    Result<LivePoll> findForShare(Id id);
    // Closes every active poll of the session (when the session ends).
    Result<QList<Id>> closeActive(Id sessionId, const QDateTime& now);
    // Whether an active poll's time ran out by `now`: a read, so the once-a-second check
    // takes no write lock when nothing is due.
    Result<bool> anyExpired(const QDateTime& now);
    // Closes every active poll whose time ran out by `now`; gives (poll id, session id) each.
    Result<QList<std::pair<Id, Id>>> closeExpired(const QDateTime& now);
    Result<QList<LivePoll>> listBySession(Id sessionId);
    // Rewrites a draft's text, settings and options (a draft has no votes to lose); gives it
    // back with its new option ids. NotFound unless the poll is still a draft.
    Result<LivePoll> updateDraft(LivePoll poll);
    // Deletes a draft and its options. NotFound unless the poll is still a draft.
    Status removeDraft(Id pollId);
    // Writes status, started_at, ends_at and duration.
    Status updateState(const LivePoll& poll);
    // Records one ballot of `optionIds` and bumps each option's count. A second ballot by the
    // same user is Conflict; an option of another poll is NotFound.
    Status castBallot(Id pollId, Id userId, const QList<Id>& optionIds, const QDateTime& now);
    Result<QList<Id>> voterIds(Id pollId);
    Result<QList<Id>> optionsChosenBy(Id pollId, Id userId);

private:
    Result<LivePoll> findWith(Id id, const QString& suffix);
    Status loadOptions(LivePoll& poll);
    Status insertOptions(LivePoll& poll);

    QSqlDatabase m_connection;
    Dialect m_dialect;
};

} // namespace lectern
