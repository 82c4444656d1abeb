#include "chatview.h"

#include "domain/try.h"
#include "services/chatservice.h"
#include "services/participationservice.h"
#include "services/questionservice.h"
#include "services/userservice.h"

namespace lectern::views {
namespace {

Result<QList<LiveChatMessage>> readMessages(ChatService& chat, const User& actor, Id sessionId,
                                            const ChatQuery& query) {
    const int limit = std::clamp(query.limit, 1, maxChatPage);
    switch (query.part) {
    case ChatQuery::Part::Newest:
        return chat.listChatMessages(actor, sessionId, limit);
    case ChatQuery::Part::Before:
        return chat.listChatMessages(actor, sessionId, limit, query.anchor);
    case ChatQuery::Part::After:
        return chat.chatMessagesAfter(actor, sessionId, query.anchor, limit);
    case ChatQuery::Part::WithIds:
        // One request reads at most a page, however many ids it names.
        if (query.ids.size() > maxChatPage)
            return std::unexpected(Error::invalid(
                QStringLiteral("ids"),
                QStringLiteral("Ask for at most %1 messages at once").arg(maxChatPage)));
        return chat.chatMessagesWithIds(actor, sessionId, query.ids);
    case ChatQuery::Part::Pinned:
        return chat.pinnedChatMessages(actor, sessionId);
    }
    Q_UNREACHABLE();
}

// The names of `ids` (each once), as the actor may read them.
Result<QHash<Id, QString>> namesOf(const ServiceContext& context, QList<Id> ids) {
    std::ranges::sort(ids);
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QHash<Id, QString> names;
    if (ids.isEmpty())
        return names;
    using UsersById = QHash<Id, User>;
    LECTERN_TRY(const UsersById users, UserService(context).usersById(ids));
    for (const User& user : users)
        names.insert(user.id, user.name);
    return names;
}

} // namespace

Result<ChatPage> readChatPage(const ServiceContext& context, const User& actor, Id sessionId,
                              const ChatQuery& query) {
    ChatService chat(context);
    ChatPage page;
    LECTERN_TRY(page.messages, readMessages(chat, actor, sessionId, query));
    QList<Id> authors;
    for (const LiveChatMessage& message : std::as_const(page.messages))
        authors << message.userId;
    LECTERN_TRY(page.names, namesOf(context, authors));
    return page;
}

Result<QuestionBoard> readQuestionBoard(const ServiceContext& context, const User& actor,
                                        Id sessionId) {
    QuestionBoard board;
    LECTERN_TRY(board.questions, QuestionService(context).listQuestions(actor, sessionId));
    QList<Id> askers;
    for (const LiveQuestion& question : std::as_const(board.questions)) {
        if (question.userId) // withheld for anonymous questions, unless the actor may know
            askers << question.userId;
    }
    LECTERN_TRY(board.names, namesOf(context, askers));
    return board;
}

Result<SessionParticipant> banFromSession(const ServiceContext& context, const User& actor,
                                          Id sessionId, Id userId) {
    ParticipationService participation(context);
    LECTERN_TRY(const QList<SessionParticipant> roster,
                participation.listParticipants(actor, sessionId));
    for (const SessionParticipant& participant : roster) {
        if (participant.userId == userId)
            return participation.setBanned(actor, participant.id, true);
    }
    return std::unexpected(
        Error::notFound(QStringLiteral("They are not in this session's roster")));
}

} // namespace lectern::views
