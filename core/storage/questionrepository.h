#pragma once

#include "domain/error.h"
#include "domain/livequestion.h"
#include "storage/databaseurl.h"

#include <QSqlDatabase>

#include <optional>

namespace lectern {

class QuestionRepository {
public:
    explicit QuestionRepository(QSqlDatabase connection)
        : m_connection(std::move(connection)) {}

    Result<Id> insert(const LiveQuestion& question);
    Result<LiveQuestion> find(Id id);
    // As find(), locking the row on PostgreSQL until the transaction ends.
    Result<LiveQuestion> findForUpdate(Id id, Dialect dialect);
    // Featured first, then by upvotes, then oldest first.
    Result<QList<LiveQuestion>> list(Id sessionId, std::optional<QuestionStatus> status);
    // Writes answer, status, featured flag and answered_by/at.
    Status update(const LiveQuestion& question);
    // One upvote per user per question; a second is Conflict. Keeps `upvotes` in step.
    Status addUpvote(Id id, Id userId, const QDateTime& now);

private:
    Result<LiveQuestion> findWith(Id id, const QString& suffix);

    QSqlDatabase m_connection;
};

} // namespace lectern
