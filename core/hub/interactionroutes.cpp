#include "interactionroutes.h"

#include "domain/validation.h"
#include "jsonformat.h"
#include "routekit.h"
#include "services/chatservice.h"
#include "services/ownmarksservice.h"
#include "services/pollservice.h"
#include "services/questionservice.h"
#include "services/sessionservice.h"
#include "services/userservice.h"

#include <algorithm>

#include <QUrlQuery>

namespace lectern::hub {

namespace {
// Items of one session with their people, as `viewer` may see them (emails for staff).
template <typename T, typename IdsOf, typename Format>
QHttpServerResponse withNames(const ServiceContext& context, const User& viewer,
                              const Result<QList<T>>& items, IdsOf idsOf, Format format) {
    if (!items)
        return errorResponse(items.error());
    QList<Id> ids;
    for (const T& item : *items)
        ids << idsOf(item);
    const auto users = UserService(context).usersById(ids).value_or(QHash<Id, User>{});
    const bool withEmail = !items->isEmpty() &&
                           SessionService(context).showsEmailsTo(viewer, items->first().sessionId);
    QJsonArray list;
    for (const T& item : *items)
        list.append(format(item, users, withEmail));
    return QHttpServerResponse(list);
}

template <typename T, typename IdsOf, typename Format>
QHttpServerResponse oneWithNames(const ServiceContext& context, const User& viewer,
                                 const Result<T>& item, IdsOf idsOf, Format format,
                                 QHttpServerResponse::StatusCode ok = StatusCode::Ok) {
    if (!item)
        return errorResponse(item.error());
    const auto users = UserService(context).usersById(idsOf(*item)).value_or(QHash<Id, User>{});
    const bool withEmail = SessionService(context).showsEmailsTo(viewer, item->sessionId);
    return QHttpServerResponse(format(*item, users, withEmail), ok);
}

template <typename T> QList<Id> idsOf(const QList<T>& items) {
    QList<Id> ids;
    ids.reserve(items.size());
    for (const T& item : items)
        ids << item.id;
    return ids;
}

// `format` plus `field`: whether the viewer marked the item (liked it, upvoted it). `marked`
// tells, in one read, which of the items' ids they marked.
template <typename T, typename Format, typename Marked>
auto withOwnMark(const QList<T>& items, Format format, const QString& field, Marked marked) {
    const QSet<Id> mine = marked(idsOf(items)).value_or(QSet<Id>{});
    return [mine, format, field](const T& item, const QHash<Id, User>& users, bool withEmail) {
        QJsonObject object = format(item, users, withEmail);
        object.insert(field, mine.contains(item.id));
        return object;
    };
}

QList<Id> messageIds(const LiveChatMessage& m) {
    return {m.userId};
}
QList<Id> questionIds(const LiveQuestion& q) {
    return {q.userId, q.answeredBy.value_or(0)};
}

// Messages as json::message with liked_by_me for the viewer.
auto messageFormat(const ServiceContext& context, const User& viewer,
                   const QList<LiveChatMessage>& messages) {
    return withOwnMark(
        messages, json::message, QStringLiteral("liked_by_me"),
        [&](const QList<Id>& ids) { return OwnMarksService(context).likedMessages(viewer, ids); });
}
QHttpServerResponse messageList(const ServiceContext& context, const User& viewer,
                                const Result<QList<LiveChatMessage>>& messages) {
    if (!messages)
        return errorResponse(messages.error());
    return withNames(context, viewer, messages, messageIds,
                     messageFormat(context, viewer, *messages));
}
QHttpServerResponse oneMessage(const ServiceContext& context, const User& viewer,
                               const Result<LiveChatMessage>& message,
                               StatusCode ok = StatusCode::Ok) {
    if (!message)
        return errorResponse(message.error());
    return oneWithNames(context, viewer, message, messageIds,
                        messageFormat(context, viewer, {*message}), ok);
}

// Questions as json::question with upvoted_by_me for the viewer.
auto questionFormat(const ServiceContext& context, const User& viewer,
                    const QList<LiveQuestion>& questions) {
    return withOwnMark(questions, json::question, QStringLiteral("upvoted_by_me"),
                       [&](const QList<Id>& ids) {
                           return OwnMarksService(context).upvotedQuestions(viewer, ids);
                       });
}
QHttpServerResponse questionList(const ServiceContext& context, const User& viewer,
                                 const Result<QList<LiveQuestion>>& questions) {
    if (!questions)
        return errorResponse(questions.error());
    return withNames(context, viewer, questions, questionIds,
                     questionFormat(context, viewer, *questions));
}
QHttpServerResponse oneQuestion(const ServiceContext& context, const User& viewer,
                                const Result<LiveQuestion>& question,
                                StatusCode ok = StatusCode::Ok) {
    if (!question)
        return errorResponse(question.error());
    return oneWithNames(context, viewer, question, questionIds,
                        questionFormat(context, viewer, {*question}), ok);
}

// Polls as json::poll with my_vote: the ids of the options the viewer chose (empty: none yet).
// One lookup for every maker and one for the viewer's choices, not one per poll.
QJsonArray pollsJson(const ServiceContext& context, const User& viewer,
                     const QList<LivePoll>& polls) {
    QList<Id> makers;
    for (const LivePoll& poll : polls)
        makers << poll.createdBy;
    const auto users = UserService(context).usersById(makers).value_or(QHash<Id, User>{});
    const auto chosen = OwnMarksService(context)
                            .chosenOptions(viewer, idsOf(polls))
                            .value_or(QHash<Id, QList<Id>>{});
    QJsonArray list;
    for (const LivePoll& poll : polls) {
        QJsonObject object = json::poll(poll, users, context.now());
        QJsonArray mine;
        for (const Id option : chosen.value(poll.id))
            mine.append(option);
        object.insert(QStringLiteral("my_vote"), mine);
        list.append(object);
    }
    return list;
}

void addChatRoutes(QHttpServer& server, const ServiceContext& context, HubLimits* limits) {
    routeBoth(server, QStringLiteral("/api/live/sessions/<arg>/chat"), Method::Get,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      const auto page = pageParameters(r.query(), QStringLiteral("before"));
                      if (!page)
                          return errorResponse(page.error());
                      ChatService chat(context);
                      // ?pinned=true: the pinned ones, which stay on top whatever page is shown.
                      if (r.query().queryItemValue(QStringLiteral("pinned")) == u"true")
                          return messageList(context, user, chat.pinnedChatMessages(user, id));
                      return messageList(
                          context, user,
                          chat.listChatMessages(user, id, page->limit, page->cursor));
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/sessions/<arg>/chat/send"), Method::Post,
              [context, limits](qint64 id, const QHttpServerRequest& r) {
                  return asUserWithBody(context, r, [&](const User& user, JsonFields& fields) {
                      if (auto allowed =
                              withinLimit(limits->chat, user, QStringLiteral("messages"));
                          !allowed)
                          return errorResponse(allowed.error());
                      ChatDraft draft;
                      draft.content = fields.text(QStringLiteral("content"));
                      draft.messageType =
                          fields.choice(QStringLiteral("message_type"), MessageType::Text);
                      draft.replyTo = fields.id(QStringLiteral("reply_to"));
                      draft.fileUrl = fields.text(QStringLiteral("file_url"));
                      if (fields.problem())
                          return errorResponse(*fields.problem());
                      return oneMessage(context, user,
                                        ChatService(context).sendChatMessage(user, id, draft),
                                        StatusCode::Created);
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/messages/<arg>"), Method::Put,
              [context, limits](qint64 id, const QHttpServerRequest& r) {
                  return asUserWithBody(context, r, [&](const User& user, JsonFields& fields) {
                      if (auto allowed = withinLimit(limits->edits, user, QStringLiteral("edits"));
                          !allowed)
                          return errorResponse(allowed.error());
                      const QString content = fields.text(QStringLiteral("content"));
                      if (fields.problem())
                          return errorResponse(*fields.problem());
                      return oneMessage(context, user,
                                        ChatService(context).editChatMessage(user, id, content));
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/messages/<arg>"), Method::Delete,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      return oneMessage(context, user,
                                        ChatService(context).deleteChatMessage(user, id));
                  });
              });
    using Toggle = Result<LiveChatMessage> (ChatService::*)(const User&, Id);
    const std::pair<const char*, Toggle> toggles[] = {
        {"like", &ChatService::likeChatMessage},
        {"unlike", &ChatService::unlikeChatMessage},
    };
    for (const auto& [verb, toggle] : toggles) {
        routeBoth(server, QStringLiteral("/api/live/messages/<arg>/") + QLatin1StringView(verb),
                  Method::Post, [context, limits, toggle](qint64 id, const QHttpServerRequest& r) {
                      return asUser(context, r, [&](const User& user) {
                          if (auto allowed =
                                  withinLimit(limits->reactions, user, QStringLiteral("likes"));
                              !allowed)
                              return errorResponse(allowed.error());
                          ChatService chat(context);
                          return oneMessage(context, user, (chat.*toggle)(user, id));
                      });
                  });
    }
    for (const bool pin : {true, false}) {
        routeBoth(server,
                  QStringLiteral("/api/live/messages/<arg>/") +
                      (pin ? QStringLiteral("pin") : QStringLiteral("unpin")),
                  Method::Post, [context, pin](qint64 id, const QHttpServerRequest& r) {
                      return asUser(context, r, [&](const User& user) {
                          return oneMessage(context, user,
                                            ChatService(context).setPinned(user, id, pin));
                      });
                  });
    }
}

void addQuestionRoutes(QHttpServer& server, const ServiceContext& context, HubLimits* limits) {
    routeBoth(server, QStringLiteral("/api/live/sessions/<arg>/questions"), Method::Get,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      std::optional<QuestionStatus> status;
                      if (r.query().hasQueryItem(QStringLiteral("status"))) {
                          auto parsed = validation::parseField<QuestionStatus>(
                              QStringLiteral("status"),
                              r.query().queryItemValue(QStringLiteral("status")));
                          if (!parsed)
                              return errorResponse(parsed.error());
                          status = *parsed;
                      }
                      return questionList(context, user,
                                          QuestionService(context).listQuestions(user, id, status));
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/sessions/<arg>/questions/ask"), Method::Post,
              [context, limits](qint64 id, const QHttpServerRequest& r) {
                  return asUserWithBody(context, r, [&](const User& user, JsonFields& fields) {
                      if (auto allowed =
                              withinLimit(limits->questions, user, QStringLiteral("questions"));
                          !allowed)
                          return errorResponse(allowed.error());
                      const QString text = fields.text(QStringLiteral("question"));
                      const bool anonymous = fields.flag(QStringLiteral("is_anonymous"), false);
                      if (fields.problem())
                          return errorResponse(*fields.problem());
                      return oneQuestion(
                          context, user,
                          QuestionService(context).askQuestion(user, id, text, anonymous),
                          StatusCode::Created);
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/questions/<arg>/upvote"), Method::Post,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      return oneQuestion(context, user,
                                         QuestionService(context).upvoteQuestion(user, id));
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/questions/<arg>/answer"), Method::Post,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUserWithBody(context, r, [&](const User& user, JsonFields& fields) {
                      const QString answer = fields.text(QStringLiteral("answer"));
                      if (fields.problem())
                          return errorResponse(*fields.problem());
                      return oneQuestion(context, user,
                                         QuestionService(context).answerQuestion(user, id, answer));
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/questions/<arg>/dismiss"), Method::Post,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      return oneQuestion(context, user,
                                         QuestionService(context).dismissQuestion(user, id));
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/questions/<arg>/feature"), Method::Post,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUserWithBody(context, r, [&](const User& user, JsonFields& fields) {
                      const bool featured = fields.flag(QStringLiteral("is_featured"), true);
                      if (fields.problem())
                          return errorResponse(*fields.problem());
                      return oneQuestion(context, user,
                                         QuestionService(context).setFeatured(user, id, featured));
                  });
              });
}

void addPollRoutes(QHttpServer& server, const ServiceContext& context, HubLimits* limits) {
    auto pollJson = [context](const User& viewer) {
        return [context, viewer](const LivePoll& poll) {
            return pollsJson(context, viewer, {poll}).first().toObject();
        };
    };
    auto resultsJson = [](const PollResults& results) { return results.toJson(); };
    routeBoth(server, QStringLiteral("/api/live/sessions/<arg>/polls"), Method::Get,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      auto polls = PollService(context).listPolls(user, id);
                      if (!polls)
                          return errorResponse(polls.error());
                      return QHttpServerResponse(pollsJson(context, user, *polls));
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/sessions/<arg>/polls/create"), Method::Post,
              [context, pollJson](qint64 id, const QHttpServerRequest& r) {
                  return asUserWithBody(context, r, [&](const User& user, JsonFields& fields) {
                      PollDraft draft;
                      draft.question = fields.text(QStringLiteral("question"));
                      draft.description = fields.text(QStringLiteral("description"));
                      draft.options = fields.texts(QStringLiteral("options"));
                      draft.allowMultipleAnswers =
                          fields.flag(QStringLiteral("allow_multiple_answers"), false);
                      draft.showResultsImmediately =
                          fields.flag(QStringLiteral("show_results_immediately"), true);
                      draft.isAnonymous = fields.flag(QStringLiteral("is_anonymous"), false);
                      draft.durationSeconds = static_cast<int>(std::clamp<qint64>(
                          fields.integer(QStringLiteral("duration_seconds"), 0), -1, 10'000'000));
                      if (fields.problem())
                          return errorResponse(*fields.problem());
                      return reply(PollService(context).createPoll(user, id, draft), pollJson(user),
                                   StatusCode::Created);
                  });
              });
    routeBoth(
        server, QStringLiteral("/api/live/polls/<arg>/start"), Method::Post,
        [context, pollJson](qint64 id, const QHttpServerRequest& r) {
            return asUserWithBody(context, r, [&](const User& user, JsonFields& fields) {
                std::optional<int> duration;
                if (fields.has(QStringLiteral("duration_seconds")))
                    duration = static_cast<int>(std::clamp<qint64>(
                        fields.integer(QStringLiteral("duration_seconds"), 0), -1, 10'000'000));
                if (fields.problem())
                    return errorResponse(*fields.problem());
                return reply(PollService(context).startPoll(user, id, duration), pollJson(user));
            });
        });
    routeBoth(server, QStringLiteral("/api/live/polls/<arg>/close"), Method::Post,
              [context, pollJson](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      return reply(PollService(context).closePoll(user, id), pollJson(user));
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/polls/<arg>/vote"), Method::Post,
              [context, limits, resultsJson](qint64 id, const QHttpServerRequest& r) {
                  return asUserWithBody(context, r, [&](const User& user, JsonFields& fields) {
                      if (auto allowed = withinLimit(limits->votes, user, QStringLiteral("votes"));
                          !allowed)
                          return errorResponse(allowed.error());
                      const QList<Id> options = fields.ids(QStringLiteral("option_ids"));
                      if (fields.problem())
                          return errorResponse(*fields.problem());
                      return reply(PollService(context).votePoll(user, id, options), resultsJson);
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/polls/<arg>/results"), Method::Get,
              [context, resultsJson](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      return reply(PollService(context).getPollResults(user, id), resultsJson);
                  });
              });
}
} // namespace

void addInteractionRoutes(QHttpServer& server, const ServiceContext& context, HubLimits* limits) {
    addChatRoutes(server, context, limits);
    addQuestionRoutes(server, context, limits);
    addPollRoutes(server, context, limits);
}

} // namespace lectern::hub
