#include "interactionroutes.h"

#include "jsonformat.h"
#include "routekit.h"
#include "services/chatservice.h"
#include "services/pollservice.h"
#include "services/questionservice.h"
#include "services/sessionservice.h"
#include "services/userservice.h"
#include "services/validation.h"

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

QList<Id> messageIds(const LiveChatMessage& m) {
    return {m.userId};
}
QList<Id> questionIds(const LiveQuestion& q) {
    return {q.userId, q.answeredBy.value_or(0)};
}

void addChatRoutes(QHttpServer& server, const ServiceContext& context, HubLimits* limits) {
    routeBoth(server, QStringLiteral("/api/live/sessions/<arg>/chat"), Method::Get,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      const auto page = pageParameters(r.query(), QStringLiteral("before"));
                      if (!page)
                          return errorResponse(page.error());
                      return withNames(context, user,
                                       ChatService(context).listChatMessages(user, id, page->limit,
                                                                             page->cursor),
                                       messageIds, json::message);
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
                      return oneWithNames(context, user,
                                          ChatService(context).sendChatMessage(user, id, draft),
                                          messageIds, json::message, StatusCode::Created);
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
                      return oneWithNames(context, user,
                                          ChatService(context).editChatMessage(user, id, content),
                                          messageIds, json::message);
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/messages/<arg>"), Method::Delete,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      return oneWithNames(context, user,
                                          ChatService(context).deleteChatMessage(user, id),
                                          messageIds, json::message);
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
                          return oneWithNames(context, user, (chat.*toggle)(user, id), messageIds,
                                              json::message);
                      });
                  });
    }
    for (const bool pin : {true, false}) {
        routeBoth(server,
                  QStringLiteral("/api/live/messages/<arg>/") +
                      (pin ? QStringLiteral("pin") : QStringLiteral("unpin")),
                  Method::Post, [context, pin](qint64 id, const QHttpServerRequest& r) {
                      return asUser(context, r, [&](const User& user) {
                          return oneWithNames(context, user,
                                              ChatService(context).setPinned(user, id, pin),
                                              messageIds, json::message);
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
                      return withNames(context, user,
                                       QuestionService(context).listQuestions(user, id, status),
                                       questionIds, json::question);
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
                      return oneWithNames(
                          context, user,
                          QuestionService(context).askQuestion(user, id, text, anonymous),
                          questionIds, json::question, StatusCode::Created);
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/questions/<arg>/upvote"), Method::Post,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      return oneWithNames(context, user,
                                          QuestionService(context).upvoteQuestion(user, id),
                                          questionIds, json::question);
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/questions/<arg>/answer"), Method::Post,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUserWithBody(context, r, [&](const User& user, JsonFields& fields) {
                      const QString answer = fields.text(QStringLiteral("answer"));
                      if (fields.problem())
                          return errorResponse(*fields.problem());
                      return oneWithNames(context, user,
                                          QuestionService(context).answerQuestion(user, id, answer),
                                          questionIds, json::question);
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/questions/<arg>/dismiss"), Method::Post,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      return oneWithNames(context, user,
                                          QuestionService(context).dismissQuestion(user, id),
                                          questionIds, json::question);
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/questions/<arg>/feature"), Method::Post,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUserWithBody(context, r, [&](const User& user, JsonFields& fields) {
                      const bool featured = fields.flag(QStringLiteral("is_featured"), true);
                      if (fields.problem())
                          return errorResponse(*fields.problem());
                      return oneWithNames(context, user,
                                          QuestionService(context).setFeatured(user, id, featured),
                                          questionIds, json::question);
                  });
              });
}

void addPollRoutes(QHttpServer& server, const ServiceContext& context, HubLimits* limits) {
    auto pollJson = [context](const LivePoll& poll) {
        const auto maker = UserService(context).usersById({poll.createdBy});
        return json::poll(poll, maker.value_or(QHash<Id, User>{}), context.now());
    };
    auto resultsJson = [](const PollResults& results) { return results.toJson(); };
    routeBoth(server, QStringLiteral("/api/live/sessions/<arg>/polls"), Method::Get,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      auto polls = PollService(context).listPolls(user, id);
                      if (!polls)
                          return errorResponse(polls.error());
                      // One lookup for every maker on the list, not one per poll.
                      QList<Id> makers;
                      for (const LivePoll& poll : *polls)
                          makers << poll.createdBy;
                      const auto users =
                          UserService(context).usersById(makers).value_or(QHash<Id, User>{});
                      QJsonArray list;
                      for (const LivePoll& poll : *polls)
                          list.append(json::poll(poll, users, context.now()));
                      return QHttpServerResponse(list);
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
                      return reply(PollService(context).createPoll(user, id, draft), pollJson,
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
                return reply(PollService(context).startPoll(user, id, duration), pollJson);
            });
        });
    routeBoth(server, QStringLiteral("/api/live/polls/<arg>/close"), Method::Post,
              [context, pollJson](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      return reply(PollService(context).closePoll(user, id), pollJson);
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
