#include "chatrepository.h"

#include "sql.h"

#include <algorithm>

namespace lectern {

namespace {
const QString messageColumns =
    QStringLiteral("id, session_id, user_id, content, message_type, file_url, is_pinned, "
                   "is_deleted, is_edited, reply_to, likes_count, created_at, updated_at");

LiveChatMessage readMessage(const sql::Rows& q) {
    LiveChatMessage m;
    m.id = q.value(0).toLongLong();
    m.sessionId = q.value(1).toLongLong();
    m.userId = q.value(2).toLongLong();
    m.content = q.value(3).toString();
    m.messageType = parseEnum<MessageType>(q.value(4).toString()).value_or(MessageType::Text);
    m.fileUrl = q.value(5).toString();
    m.isPinned = q.value(6).toBool();
    m.isDeleted = q.value(7).toBool();
    m.isEdited = q.value(8).toBool();
    m.replyTo = sql::toOptionalId(q.value(9));
    m.likesCount = q.value(10).toInt();
    m.createdAt = sql::toTime(q.value(11));
    m.updatedAt = sql::toTime(q.value(12));
    return m;
}

QString notFound(Id id) {
    return QStringLiteral("No chat message with id %1").arg(id);
}
} // namespace

Result<Id> ChatRepository::insert(const LiveChatMessage& m) {
    return sql::insert(
        m_connection,
        QStringLiteral("INSERT INTO live_chat_messages (session_id, user_id, content, "
                       "message_type, file_url, reply_to, created_at, updated_at) VALUES (?, ?, "
                       "?, ?, ?, ?, ?, ?) RETURNING id"),
        {m.sessionId, m.userId, m.content, enumName(m.messageType), sql::fromText(m.fileUrl),
         sql::fromOptionalId(m.replyTo), sql::fromTime(m.createdAt), sql::fromTime(m.updatedAt)});
}

Result<LiveChatMessage> ChatRepository::find(Id id) {
    auto query = sql::run(m_connection,
                          QStringLiteral("SELECT ") + messageColumns +
                              QStringLiteral(" FROM live_chat_messages WHERE id = ?"),
                          {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(Error::notFound(notFound(id)));
    return readMessage(*query);
}

Result<QList<LiveChatMessage>> ChatRepository::list(Id sessionId, int limit,
                                                    std::optional<Id> beforeId) {
    auto messages = sql::readAll(
        sql::run(m_connection,
                 QStringLiteral("SELECT ") + messageColumns +
                     QStringLiteral(
                         " FROM live_chat_messages WHERE session_id = ? AND id < ? ORDER BY id "
                         "DESC LIMIT ?"),
                 {sessionId, beforeId.value_or(std::numeric_limits<qint64>::max()), limit}),
        readMessage);
    if (messages)
        std::ranges::reverse(*messages);
    return messages;
}

Result<QList<LiveChatMessage>> ChatRepository::listAfter(Id sessionId, Id afterId, int limit) {
    return sql::readAll(
        sql::run(m_connection,
                 QStringLiteral("SELECT ") + messageColumns +
                     QStringLiteral(" FROM live_chat_messages WHERE session_id = ? AND id > ? "
                                    "ORDER BY id LIMIT ?"),
                 {sessionId, afterId, limit}),
        readMessage);
}

Result<QList<LiveChatMessage>> ChatRepository::findMany(Id sessionId, const QList<Id>& ids) {
    if (ids.isEmpty())
        return QList<LiveChatMessage>{};
    QVariantList values{sessionId};
    const QString in = sql::inList(ids, values);
    return sql::readAll(sql::run(m_connection,
                                 QStringLiteral("SELECT ") + messageColumns +
                                     QStringLiteral(" FROM live_chat_messages WHERE session_id = "
                                                    "? AND id IN (") +
                                     in + QStringLiteral(") ORDER BY id"),
                                 values),
                        readMessage);
}

Result<QList<LiveChatMessage>> ChatRepository::pinned(Id sessionId) {
    return sql::readAll(
        sql::run(m_connection,
                 QStringLiteral("SELECT ") + messageColumns +
                     QStringLiteral(" FROM live_chat_messages WHERE session_id = ? AND "
                                    "is_pinned AND NOT is_deleted ORDER BY id"),
                 {sessionId}),
        readMessage);
}

Status ChatRepository::setContent(Id id, const QString& content, const QDateTime& now) {
    return sql::updateOne(m_connection,
                          QStringLiteral("UPDATE live_chat_messages SET content = ?, is_edited = "
                                         "?, updated_at = ? WHERE id = ?"),
                          {content, true, sql::fromTime(now), id}, notFound(id));
}

Status ChatRepository::setDeleted(Id id, const QDateTime& now) {
    return sql::updateOne(m_connection,
                          QStringLiteral("UPDATE live_chat_messages SET is_deleted = ?, is_pinned "
                                         "= ?, updated_at = ? WHERE id = ?"),
                          {true, false, sql::fromTime(now), id}, notFound(id));
}

Status ChatRepository::setPinned(Id id, bool pinned, const QDateTime& now) {
    return sql::updateOne(
        m_connection,
        QStringLiteral("UPDATE live_chat_messages SET is_pinned = ?, updated_at = ? WHERE id = ?"),
        {pinned, sql::fromTime(now), id}, notFound(id));
}

Status ChatRepository::addLike(Id id, Id userId, const QDateTime& now) {
    const QString alreadyLiked = QStringLiteral("You already like this message");
    // Look first so the usual refusal needs no failed statement (see PollRepository).
    auto existing = sql::scalar(
        m_connection,
        QStringLiteral("SELECT 1 FROM chat_message_likes WHERE message_id = ? AND user_id = ?"),
        {id, userId});
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->has_value())
        return std::unexpected(Error::conflict(alreadyLiked));
    auto liked = sql::run(m_connection,
                          QStringLiteral("INSERT INTO chat_message_likes (message_id, user_id, "
                                         "created_at) VALUES (?, ?, ?)"),
                          {id, userId, sql::fromTime(now)});
    if (!liked) {
        if (liked.error().code == ErrorCode::Conflict)
            return std::unexpected(Error::conflict(alreadyLiked));
        return std::unexpected(liked.error());
    }
    return sql::updateOne(
        m_connection,
        QStringLiteral("UPDATE live_chat_messages SET likes_count = likes_count + 1 WHERE id = ?"),
        {id}, notFound(id));
}

Status ChatRepository::removeLike(Id id, Id userId) {
    auto removed = sql::run(
        m_connection,
        QStringLiteral("DELETE FROM chat_message_likes WHERE message_id = ? AND user_id = ?"),
        {id, userId});
    if (!removed)
        return std::unexpected(removed.error());
    if (removed->numRowsAffected() != 1)
        return std::unexpected(Error::notFound(QStringLiteral("You do not like this message")));
    return sql::updateOne(
        m_connection,
        QStringLiteral("UPDATE live_chat_messages SET likes_count = likes_count - 1 WHERE id = ?"),
        {id}, notFound(id));
}

Result<qint64> ChatRepository::count(Id sessionId) {
    auto value =
        sql::scalar(m_connection,
                    QStringLiteral("SELECT COUNT(*) FROM live_chat_messages WHERE session_id = ?"),
                    {sessionId});
    if (!value)
        return std::unexpected(value.error());
    return (*value)->toLongLong();
}

} // namespace lectern
