#pragma once

#include "domain/error.h"
#include "domain/livechatmessage.h"

#include <QSqlDatabase>

#include <optional>

namespace lectern {

class ChatRepository {
public:
    explicit ChatRepository(QSqlDatabase connection)
        : m_connection(std::move(connection)) {}

    Result<Id> insert(const LiveChatMessage& message);
    Result<LiveChatMessage> find(Id id);
    // The newest `limit` messages older than `beforeId` (when given), oldest first.
    Result<QList<LiveChatMessage>> list(Id sessionId, int limit, std::optional<Id> beforeId);
    // The oldest `limit` messages newer than `afterId`, oldest first: what arrived since.
    Result<QList<LiveChatMessage>> listAfter(Id sessionId, Id afterId, int limit);
    // The session's messages among `ids`, oldest first.
    Result<QList<LiveChatMessage>> findMany(Id sessionId, const QList<Id>& ids);
    Result<QList<LiveChatMessage>> pinned(Id sessionId);
    Status setContent(Id id, const QString& content, const QDateTime& now);
    Status setDeleted(Id id, const QDateTime& now);
    Status setPinned(Id id, bool pinned, const QDateTime& now);
    // One like per user per message; a second is Conflict. Keeps likes_count in step.
    Status addLike(Id id, Id userId, const QDateTime& now);
    Status removeLike(Id id, Id userId);
    Result<qint64> count(Id sessionId);

private:
    QSqlDatabase m_connection;
};

} // namespace lectern
