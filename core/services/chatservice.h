#pragma once

#include "domain/chatdraft.h"
#include "domain/livechatmessage.h"
#include "domain/page.h"
#include "servicecontext.h"
#include "storage/transaction.h"

#include <optional>

namespace lectern {

// One message to send, with who sends it and where.
struct ChatSend {
    User actor;
    Id sessionId = 0;
    ChatDraft draft;
};

// Live chat: sending, replying, editing, deleting, pinning and liking.
class ChatService {
public:
    explicit ChatService(ServiceContext context)
        : m_context(std::move(context)) {}

    Result<LiveChatMessage> sendChatMessage(const User& actor, Id sessionId,
                                            const ChatDraft& draft);
    // Sends several messages in one transaction, as the hub does with the messages that arrive
    // together: each is checked on its own and gets its own result (in order), and one commit
    // makes them all durable. If a statement fails, each message is sent on its own instead.
    QList<Result<LiveChatMessage>> sendChatMessages(const QList<ChatSend>& sends);
    // By the author only, while the session is live.
    Result<LiveChatMessage> editChatMessage(const User& actor, Id messageId,
                                            const QString& content);
    // By the author or a moderator. Soft: the row stays, its content is withheld from students.
    Result<LiveChatMessage> deleteChatMessage(const User& actor, Id messageId);
    Result<LiveChatMessage> setPinned(const User& actor, Id messageId, bool pinned);
    Result<LiveChatMessage> likeChatMessage(const User& actor, Id messageId);
    Result<LiveChatMessage> unlikeChatMessage(const User& actor, Id messageId);

    // The newest `limit` messages (older than `beforeId` when given), oldest first. For people
    // who are not moderators, deleted messages come without their content.
    Result<QList<LiveChatMessage>> listChatMessages(const User& actor, Id sessionId,
                                                    int limit = defaultChatPage,
                                                    std::optional<Id> beforeId = std::nullopt);
    // What arrived after `afterId`: the oldest `limit` newer messages, oldest first. For views
    // that follow a session's chat as it grows.
    Result<QList<LiveChatMessage>> chatMessagesAfter(const User& actor, Id sessionId, Id afterId,
                                                     int limit = defaultChatPage);
    // The session's messages among `messageIds` (at most maxChatPage), as they are now: for
    // views that show a change (deleted, pinned, liked, edited) to messages they hold.
    Result<QList<LiveChatMessage>> chatMessagesWithIds(const User& actor, Id sessionId,
                                                       const QList<Id>& messageIds);
    Result<QList<LiveChatMessage>> pinnedChatMessages(const User& actor, Id sessionId);

    // For the live channel, which sends one payload to every listener: read as any student of
    // the session sees it. No actor: the channel checked who listens.
    Result<LiveChatMessage> messageForBroadcast(Id messageId);

private:
    // Loads the message with its session and the actor's standing, lets `change` check and
    // write inside one transaction, then reads the message back and announces `eventType`.
    template <typename Change>
    Result<LiveChatMessage> changeMessage(const User& actor, Id messageId, const QString& eventType,
                                          Change change);
    // Checks the actor may read the session's chat, then `read`s it as they may see it.
    template <typename Read>
    Result<QList<LiveChatMessage>> readMessages(const User& actor, Id sessionId, Read read);
    QList<Result<LiveChatMessage>> sendBatch(const QList<ChatSend>& sends);
    Result<LiveChatMessage> sendInTransaction(const WriteTransaction& transaction,
                                              const ChatSend& send);

    ServiceContext m_context;
};

} // namespace lectern
