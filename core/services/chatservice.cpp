#include "chatservice.h"

#include "access.h"
#include "domain/events.h"
#include "domain/try.h"
#include "domain/validation.h"
#include "storage/chatrepository.h"
#include "storage/participantrepository.h"
#include "storage/sessionrepository.h"
#include "storage/transaction.h"

#include <algorithm>

namespace lectern {

namespace {
// A message, its session and the actor's standing there, read inside one transaction.
struct MessageInContext {
    LiveChatMessage message;
    LiveSession session;
    SessionAccess access;
};

Result<MessageInContext> loadMessage(const WriteTransaction& transaction, const User& actor,
                                     Id messageId) {
    LECTERN_TRY(LiveChatMessage message, ChatRepository(transaction.connection()).find(messageId));
    LECTERN_TRY(
        SessionInContext loaded,
        loadSession(transaction.connection(), transaction.dialect(), actor, message.sessionId));
    auto& [session, access] = loaded;
    LECTERN_CHECK(requireMember(access));
    return MessageInContext{std::move(message), std::move(session), std::move(access)};
}

Status requireChatOpen(const LiveSession& session) {
    if (!session.enableChat)
        return std::unexpected(
            Error::forbidden(QStringLiteral("Chat is turned off for this session")));
    return {};
}

void withholdDeleted(QList<LiveChatMessage>& messages, bool moderator) {
    if (moderator)
        return;
    for (LiveChatMessage& message : messages) {
        if (message.isDeleted) {
            message.content.clear();
            message.fileUrl.clear();
        }
    }
}
} // namespace

Result<LiveChatMessage> ChatService::sendChatMessage(const User& actor, Id sessionId,
                                                     const ChatDraft& draft) {
    return sendChatMessages({ChatSend{actor, sessionId, draft}}).first();
}

QList<Result<LiveChatMessage>> ChatService::sendChatMessages(const QList<ChatSend>& sends) {
    QList<Result<LiveChatMessage>> results = sendBatch(sends);
    // A failed statement spoils the whole transaction on PostgreSQL, and the batch was rolled
    // back: send each message on its own instead, so one bad message costs the others nothing.
    const bool spoiled = std::ranges::any_of(results, [](const Result<LiveChatMessage>& result) {
        return !result && result.error().fromStatement;
    });
    if (spoiled && sends.size() > 1) {
        results.clear();
        for (const ChatSend& send : sends)
            results.append(sendBatch({send}).first());
    }
    return results;
}

QList<Result<LiveChatMessage>> ChatService::sendBatch(const QList<ChatSend>& sends) {
    QList<Result<LiveChatMessage>> results;
    auto transaction = WriteTransaction::begin(*m_context.database);
    if (!transaction) {
        for (qsizetype i = 0; i < sends.size(); ++i)
            results.append(std::unexpected(transaction.error()));
        return results;
    }
    for (const ChatSend& send : sends)
        results.append(sendInTransaction(*transaction, send));
    // Nothing to keep, or a failed statement: the guard rolls back, and the caller retries
    // the messages one by one.
    const bool spoiled = std::ranges::any_of(
        results, [](const auto& result) { return !result && result.error().fromStatement; });
    if (spoiled ||
        std::ranges::none_of(results, [](const auto& result) { return result.has_value(); }))
        return results;
    if (auto committed = transaction->commit(); !committed) {
        for (Result<LiveChatMessage>& result : results) {
            if (result)
                result = std::unexpected(committed.error());
        }
        return results;
    }
    for (const Result<LiveChatMessage>& result : results) {
        if (result)
            m_context.publish(events::chatCreated, result->sessionId, result->id);
    }
    return results;
}

Result<LiveChatMessage> ChatService::sendInTransaction(const WriteTransaction& transaction,
                                                       const ChatSend& send) {
    const ChatDraft& draft = send.draft;
    const User& actor = send.actor;
    LiveChatMessage message;
    LECTERN_TRY(message.content,
                validation::requiredText(QStringLiteral("content"), draft.content, maxChatLength));
    LECTERN_TRY(message.fileUrl,
                validation::optionalUrl(QStringLiteral("file_url"), draft.fileUrl));
    if (draft.messageType == MessageType::File && message.fileUrl.isEmpty())
        return std::unexpected(Error::invalid(QStringLiteral("file_url"),
                                              QStringLiteral("A file message needs a file_url")));
    message.messageType = draft.messageType;
    message.replyTo = draft.replyTo;

    const QSqlDatabase& connection = transaction.connection();
    LECTERN_TRY(const SessionInContext loaded,
                loadSession(connection, transaction.dialect(), actor, send.sessionId));
    const auto& [session, access] = loaded;
    LECTERN_CHECK(requireTakingPart(session, access));
    LECTERN_CHECK(requireChatOpen(session));
    if (message.messageType == MessageType::System && !access.staff)
        return std::unexpected(Error::forbidden(QStringLiteral("Only staff send system messages")));

    ChatRepository chat(connection);
    if (message.replyTo) {
        auto parent = chat.find(*message.replyTo);
        if (!parent && parent.error().fromStatement)
            return std::unexpected(parent.error());
        if (!parent || parent->sessionId != session.id)
            return std::unexpected(Error{
                ErrorCode::NotFound,
                QStringLiteral("No message %1 in this session to reply to").arg(*message.replyTo),
                QStringLiteral("reply_to")});
    }
    message.sessionId = session.id;
    message.userId = actor.id;
    message.createdAt = message.updatedAt = m_context.now();
    LECTERN_TRY(message.id, chat.insert(message));
    LECTERN_CHECK(
        ParticipantRepository(connection)
            .increment(session.id, actor.id, EngagementCounter::ChatMessages, message.createdAt));
    return message;
}

template <typename Change>
Result<LiveChatMessage> ChatService::changeMessage(const User& actor, Id messageId,
                                                   const QString& eventType, Change change) {
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    LECTERN_TRY(const MessageInContext found, loadMessage(transaction, actor, messageId));
    ChatRepository chat(transaction.connection());
    LECTERN_CHECK(change(found, chat, m_context.now()));
    LECTERN_TRY(LiveChatMessage message, chat.find(messageId));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(eventType, message.sessionId, message.id);
    QList<LiveChatMessage> shown{message};
    withholdDeleted(shown, found.access.moderator());
    return shown.first();
}

Result<LiveChatMessage> ChatService::editChatMessage(const User& actor, Id messageId,
                                                     const QString& content) {
    LECTERN_TRY(const QString text,
                validation::requiredText(QStringLiteral("content"), content, maxChatLength));
    return changeMessage(
        actor, messageId, events::chatEdited,
        [&](const MessageInContext& found, ChatRepository& chat, const QDateTime& now) -> Status {
            if (found.message.userId != actor.id)
                return std::unexpected(
                    Error::forbidden(QStringLiteral("Only the author can edit a message")));
            if (found.message.isDeleted)
                return std::unexpected(Error::conflict(QStringLiteral("The message was deleted")));
            LECTERN_CHECK(requireTakingPart(found.session, found.access));
            return chat.setContent(found.message.id, text, now);
        });
}

Result<LiveChatMessage> ChatService::deleteChatMessage(const User& actor, Id messageId) {
    return changeMessage(
        actor, messageId, events::chatDeleted,
        [&](const MessageInContext& found, ChatRepository& chat, const QDateTime& now) -> Status {
            if (found.message.userId != actor.id && !found.access.moderator())
                return std::unexpected(Error::forbidden(
                    QStringLiteral("Only the author or a moderator can delete a message")));
            if (found.message.isDeleted)
                return std::unexpected(
                    Error::conflict(QStringLiteral("The message was already deleted")));
            return chat.setDeleted(found.message.id, now);
        });
}

Result<LiveChatMessage> ChatService::setPinned(const User& actor, Id messageId, bool pinned) {
    return changeMessage(
        actor, messageId, events::chatPinned,
        [&](const MessageInContext& found, ChatRepository& chat, const QDateTime& now) -> Status {
            LECTERN_CHECK(requireModerator(found.access, QStringLiteral("pin messages")));
            if (found.message.isDeleted)
                return std::unexpected(
                    Error::conflict(QStringLiteral("A deleted message cannot be pinned")));
            return chat.setPinned(found.message.id, pinned, now);
        });
}

Result<LiveChatMessage> ChatService::likeChatMessage(const User& actor, Id messageId) {
    return changeMessage(
        actor, messageId, events::chatLiked,
        [&](const MessageInContext& found, ChatRepository& chat, const QDateTime& now) -> Status {
            LECTERN_CHECK(requireTakingPart(found.session, found.access));
            if (found.message.isDeleted)
                return std::unexpected(Error::conflict(QStringLiteral("The message was deleted")));
            return chat.addLike(found.message.id, actor.id, now);
        });
}

Result<LiveChatMessage> ChatService::unlikeChatMessage(const User& actor, Id messageId) {
    return changeMessage(
        actor, messageId, events::chatLiked,
        [&](const MessageInContext& found, ChatRepository& chat, const QDateTime&) -> Status {
            LECTERN_CHECK(requireTakingPart(found.session, found.access));
            if (found.message.isDeleted)
                return std::unexpected(Error::conflict(QStringLiteral("The message was deleted")));
            return chat.removeLike(found.message.id, actor.id);
        });
}

template <typename Read>
Result<QList<LiveChatMessage>> ChatService::readMessages(const User& actor, Id sessionId,
                                                         Read read) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(const SessionInContext loaded,
                loadSession(connection, m_context.database->dialect(), actor, sessionId));
    const auto& [session, access] = loaded;
    LECTERN_CHECK(requireMember(access));
    ChatRepository chat(connection);
    LECTERN_TRY(QList<LiveChatMessage> messages, read(chat, session.id));
    withholdDeleted(messages, access.moderator());
    return messages;
}

Result<QList<LiveChatMessage>> ChatService::listChatMessages(const User& actor, Id sessionId,
                                                             int limit,
                                                             std::optional<Id> beforeId) {
    LECTERN_CHECK(requirePageSize(limit));
    return readMessages(actor, sessionId, [&](ChatRepository& chat, Id session) {
        return chat.list(session, limit, beforeId);
    });
}

Result<QList<LiveChatMessage>> ChatService::chatMessagesAfter(const User& actor, Id sessionId,
                                                              Id afterId, int limit) {
    LECTERN_CHECK(requirePageSize(limit));
    return readMessages(actor, sessionId, [&](ChatRepository& chat, Id session) {
        return chat.listAfter(session, afterId, limit);
    });
}

Result<QList<LiveChatMessage>> ChatService::chatMessagesWithIds(const User& actor, Id sessionId,
                                                                const QList<Id>& messageIds) {
    if (messageIds.size() > maxChatPage)
        return std::unexpected(Error::invalid(
            QStringLiteral("ids"), QStringLiteral("at most %1 messages at once").arg(maxChatPage)));
    return readMessages(actor, sessionId, [&](ChatRepository& chat, Id session) {
        return chat.findMany(session, messageIds);
    });
}

Result<QList<LiveChatMessage>> ChatService::pinnedChatMessages(const User& actor, Id sessionId) {
    // Pinned messages are never deleted ones: nothing to withhold.
    return readMessages(actor, sessionId,
                        [](ChatRepository& chat, Id session) { return chat.pinned(session); });
}

Result<LiveChatMessage> ChatService::messageForBroadcast(Id messageId) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(LiveChatMessage message, ChatRepository(connection).find(messageId));
    QList<LiveChatMessage> shown{std::move(message)};
    withholdDeleted(shown, false);
    return shown.first();
}

} // namespace lectern
