#include "livepayload.h"

#include "domain/events.h"
#include "hub/jsonformat.h"
#include "services/chatservice.h"
#include "services/participationservice.h"
#include "services/pollservice.h"
#include "services/questionservice.h"
#include "services/sessionservice.h"
#include "services/userservice.h"

#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcLive, "lectern.live")

namespace lectern::hub {

namespace {

QHash<Id, User> people(const ServiceContext& context, QList<Id> ids) {
    ids.removeAll(0);
    auto users = UserService(context).usersById(std::move(ids));
    return users ? *users : QHash<Id, User>{};
}

template <typename T> std::optional<T> readOrSkip(Result<T> result, const DomainEvent& event) {
    if (!result) {
        // Gone or unreadable by now (deleted, a draft): the next event or a resync catches up.
        qCDebug(lcLive) << "not streaming" << event.type << event.entityId
                        << result.error().message;
        return std::nullopt;
    }
    return std::move(*result);
}

std::optional<QJsonObject> chatPayload(const ServiceContext& context, const DomainEvent& event) {
    const auto message =
        readOrSkip(ChatService(context).messageForBroadcast(event.entityId), event);
    if (!message)
        return std::nullopt;
    return QJsonObject{
        {QStringLiteral("message"), json::message(*message, people(context, {message->userId}))}};
}

std::optional<QJsonObject> questionPayload(const ServiceContext& context,
                                           const DomainEvent& event) {
    const auto question =
        readOrSkip(QuestionService(context).questionForBroadcast(event.entityId), event);
    if (!question)
        return std::nullopt;
    const auto users = people(context, {question->userId, question->answeredBy.value_or(0)});
    return QJsonObject{{QStringLiteral("question"), json::question(*question, users)}};
}

std::optional<QJsonObject> pollPayload(const ServiceContext& context, const DomainEvent& event) {
    PollService polls(context);
    if (event.type == events::pollResults) {
        const auto results = readOrSkip(polls.resultsForBroadcast(event.entityId), event);
        if (!results)
            return std::nullopt;
        return QJsonObject{{QStringLiteral("poll_id"), event.entityId},
                           {QStringLiteral("results"), results->toJson()}};
    }
    const auto poll = readOrSkip(polls.pollForBroadcast(event.entityId), event);
    if (!poll)
        return std::nullopt;
    return QJsonObject{{QStringLiteral("poll"),
                        json::poll(*poll, people(context, {poll->createdBy}), context.now())}};
}

std::optional<QJsonObject> participantPayload(const ServiceContext& context,
                                              const DomainEvent& event) {
    const auto participant =
        readOrSkip(ParticipationService(context).participantForBroadcast(event.entityId), event);
    const auto session =
        readOrSkip(SessionService(context).sessionForBroadcast(event.sessionId), event);
    if (!participant || !session)
        return std::nullopt;
    // Who came, went or was banned; their engagement counts are the staff's business.
    const QJsonObject shown{
        {QStringLiteral("id"), participant->id},
        {QStringLiteral("user"),
         json::personOf(people(context, {participant->userId}), participant->userId)},
        {QStringLiteral("status"), enumName(participant->status)},
        {QStringLiteral("is_moderator"), participant->isModerator},
    };
    return QJsonObject{{QStringLiteral("participant"), shown},
                       {QStringLiteral("participant_count"), session->participantCount()},
                       {QStringLiteral("joined_count"), session->joinedNow}};
}

std::optional<QJsonObject> sessionPayload(const ServiceContext& context, const DomainEvent& event) {
    const auto session =
        readOrSkip(SessionService(context).sessionForBroadcast(event.sessionId), event);
    if (!session)
        return std::nullopt;
    const QJsonValue host =
        json::personOf(people(context, {session->instructorId}), session->instructorId);
    return QJsonObject{
        {QStringLiteral("session"), json::session(*session, host.toObject(), context.now())}};
}

} // namespace

bool isStreamed(const QString& type) {
    static const QSet<QString> streamed{
        events::chatCreated,        events::chatEdited,        events::chatDeleted,
        events::chatPinned,         events::chatLiked,         events::questionAsked,
        events::questionUpvoted,    events::questionAnswered,  events::questionDismissed,
        events::questionFeatured,   events::pollStarted,       events::pollResults,
        events::pollClosed,         events::participantJoined, events::participantLeft,
        events::participantUpdated, events::sessionStarted,    events::sessionEnded,
        events::sessionUpdated,     events::sessionCancelled,
    };
    return streamed.contains(type);
}

std::optional<QJsonObject> livePayload(const ServiceContext& context, const DomainEvent& event) {
    if (!isStreamed(event.type))
        return std::nullopt;
    std::optional<QJsonObject> payload;
    if (event.type.startsWith(u"chat."))
        payload = chatPayload(context, event);
    else if (event.type.startsWith(u"question."))
        payload = questionPayload(context, event);
    else if (event.type.startsWith(u"poll."))
        payload = pollPayload(context, event);
    else if (event.type.startsWith(u"participant."))
        payload = participantPayload(context, event);
    else
        payload = sessionPayload(context, event);
    if (payload) {
        payload->insert(QStringLiteral("type"), event.type);
        payload->insert(QStringLiteral("session_id"), event.sessionId);
    }
    return payload;
}

} // namespace lectern::hub
