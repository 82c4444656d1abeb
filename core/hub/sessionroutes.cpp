#include "sessionroutes.h"

#include "jsonformat.h"
#include "routekit.h"
#include "services/participationservice.h"
#include "services/sessionservice.h"
#include "services/userservice.h"

#include <algorithm>

namespace lectern::hub {

namespace {
// The fields a client may set, over `base` (the current session for an update).
LiveSession sessionFields(JsonFields& fields, LiveSession base) {
    if (fields.has(QStringLiteral("course")))
        base.courseId = fields.id(QStringLiteral("course")).value_or(0);
    if (fields.has(QStringLiteral("instructor")))
        base.instructorId = fields.id(QStringLiteral("instructor")).value_or(0);
    base.title = fields.text(QStringLiteral("title"), base.title);
    base.description = fields.text(QStringLiteral("description"), base.description);
    base.sessionType = fields.choice(QStringLiteral("session_type"), base.sessionType);
    if (fields.has(QStringLiteral("scheduled_start")))
        base.scheduledStart = fields.time(QStringLiteral("scheduled_start"));
    if (fields.has(QStringLiteral("scheduled_end")))
        base.scheduledEnd = fields.time(QStringLiteral("scheduled_end"));
    base.platform = fields.choice(QStringLiteral("platform"), base.platform);
    base.meetingLink = fields.text(QStringLiteral("meeting_link"), base.meetingLink);
    base.meetingId = fields.text(QStringLiteral("meeting_id"), base.meetingId);
    base.meetingPassword = fields.text(QStringLiteral("meeting_password"), base.meetingPassword);
    base.streamKey = fields.text(QStringLiteral("stream_key"), base.streamKey);
    base.channelName = fields.text(QStringLiteral("channel_name"), base.channelName);
    // Out-of-range numbers stay out of range (and are refused by the service) without
    // overflowing an int on the way.
    base.maxParticipants = static_cast<int>(std::clamp<qint64>(
        fields.integer(QStringLiteral("max_participants"), base.maxParticipants), -1, 1'000'000));
    base.enableChat = fields.flag(QStringLiteral("enable_chat"), base.enableChat);
    base.enableQa = fields.flag(QStringLiteral("enable_qa"), base.enableQa);
    base.enablePolls = fields.flag(QStringLiteral("enable_polls"), base.enablePolls);
    base.enableRecording = fields.flag(QStringLiteral("enable_recording"), base.enableRecording);
    return base;
}

QJsonObject hostOf(const ServiceContext& context, const LiveSession& session) {
    auto host = UserService(context).findUser(session.instructorId);
    if (!host)
        return QJsonObject{{QStringLiteral("id"), session.instructorId}};
    return json::person(*host, false);
}

QJsonObject scheduled(const ServiceContext& context, const ScheduledSession& result) {
    QJsonObject object =
        json::session(result.session, hostOf(context, result.session), context.now());
    object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings));
    return object;
}

QJsonObject participantJson(const ServiceContext& context, const SessionParticipant& p) {
    auto users = UserService(context).usersById({p.userId});
    // The caller's own row (join, leave, moderation by staff).
    return json::participant(p, users.value_or(QHash<Id, User>{}), 0, context.now(), false, true);
}
} // namespace

QJsonArray sessionList(const ServiceContext& context, const QList<LiveSession>& sessions) {
    // One lookup for every host on the page, not one per session.
    QList<Id> hosts;
    for (const LiveSession& session : sessions)
        hosts << session.instructorId;
    const auto users = UserService(context).usersById(hosts).value_or(QHash<Id, User>{});
    QJsonArray list;
    for (const LiveSession& session : sessions)
        list.append(json::session(session, json::personOf(users, session.instructorId).toObject(),
                                  context.now()));
    return list;
}

void addSessionRoutes(QHttpServer& server, const ServiceContext& context, HubLimits* limits) {
    const QString sessions = QStringLiteral("/api/live/sessions");
    auto sessionJson = [context](const LiveSession& session) {
        return json::session(session, hostOf(context, session), context.now());
    };

    routeBoth(server, sessions, Method::Get, [context](const QHttpServerRequest& r) {
        return asUser(context, r, [&](const User& user) {
            auto filter = sessionFilter(r.query());
            if (!filter)
                return errorResponse(filter.error());
            auto found = SessionService(context).listSessions(user, *filter);
            if (!found)
                return errorResponse(found.error());
            return QHttpServerResponse(sessionList(context, *found));
        });
    });
    routeBoth(server, sessions + QStringLiteral("/create"), Method::Post,
              [context](const QHttpServerRequest& r) {
                  return asUserWithBody(context, r, [&](const User& user, JsonFields& fields) {
                      LiveSession draft = sessionFields(fields, LiveSession{});
                      if (fields.problem())
                          return errorResponse(*fields.problem());
                      return reply(
                          SessionService(context).createLiveSession(user, draft),
                          [&](const ScheduledSession& s) { return scheduled(context, s); },
                          StatusCode::Created);
                  });
              });
    routeBoth(server, sessions + QStringLiteral("/<arg>"), Method::Get,
              [context, sessionJson](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      return reply(SessionService(context).getSession(user, id), sessionJson);
                  });
              });
    routeBoth(server, sessions + QStringLiteral("/<arg>"), Method::Put,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUserWithBody(context, r, [&](const User& user, JsonFields& fields) {
                      auto current = SessionService(context).getSession(user, id);
                      if (!current)
                          return errorResponse(current.error());
                      const LiveSession changes = sessionFields(fields, *current);
                      if (fields.problem())
                          return errorResponse(*fields.problem());
                      return reply(
                          SessionService(context).updateLiveSession(user, id, changes),
                          [&](const ScheduledSession& s) { return scheduled(context, s); });
                  });
              });
    routeBoth(
        server, sessions + QStringLiteral("/<arg>"), Method::Delete,
        [context](qint64 id, const QHttpServerRequest& r) {
            return asUser(context, r, [&](const User& user) {
                // ?purge=true: an admin deletes an ended session with its attendance.
                const QString purge = r.query().queryItemValue(QStringLiteral("purge"));
                if (!purge.isEmpty() && purge != u"true" && purge != u"false")
                    return errorResponse(Error::invalid(QStringLiteral("purge"),
                                                        QStringLiteral("purge is true or false")));
                auto removed =
                    SessionService(context).removeLiveSession(user, id, purge == u"true");
                if (!removed)
                    return errorResponse(removed.error());
                if (!removed->archived && removed->attendanceRecords == 0)
                    return QHttpServerResponse(StatusCode::NoContent);
                // An archive keeps its attendance: nothing of it was deleted.
                const bool deleted = !removed->archived;
                return QHttpServerResponse(QJsonObject{
                    {QStringLiteral("archived"), removed->archived},
                    {QStringLiteral("deleted_attendance_records"),
                     deleted ? removed->attendanceRecords : 0},
                    {QStringLiteral("deleted_participants"), deleted ? removed->participants : 0}});
            });
        });

    // start, end and cancel share a shape: the session after the change.
    using Change = Result<LiveSession> (SessionService::*)(const User&, Id);
    const std::pair<const char*, Change> changes[] = {
        {"start", &SessionService::startLiveSession},
        {"end", &SessionService::endLiveSession},
        {"cancel", &SessionService::cancelLiveSession},
    };
    for (const auto& [verb, change] : changes) {
        routeBoth(server, sessions + QStringLiteral("/<arg>/") + QLatin1StringView(verb),
                  Method::Post,
                  [context, sessionJson, change](qint64 id, const QHttpServerRequest& r) {
                      return asUser(context, r, [&](const User& user) {
                          SessionService service(context);
                          return reply((service.*change)(user, id), sessionJson);
                      });
                  });
    }

    auto participant = [context](const SessionParticipant& p) {
        return participantJson(context, p);
    };
    routeBoth(server, sessions + QStringLiteral("/<arg>/join"), Method::Post,
              [context, limits, participant](qint64 id, const QHttpServerRequest& r) {
                  return asUserWithBody(context, r, [&](const User& user, JsonFields& fields) {
                      if (auto allowed = withinLimit(limits->joins, user, QStringLiteral("joins"));
                          !allowed)
                          return errorResponse(allowed.error());
                      const QString password = fields.text(QStringLiteral("password"));
                      if (fields.problem())
                          return errorResponse(*fields.problem());
                      const QString where = QStringLiteral("session %1").arg(id);
                      const QString who = QString::number(user.id);
                      if (const auto wait = limits->joinPasswords.blocked(where, who))
                          return errorResponse(Error::tooMany(
                              QStringLiteral("Too many wrong passwords; try again in %1 minutes")
                                  .arg((*wait + 59) / 60),
                              *wait));
                      auto joined = ParticipationService(context).joinSession(user, id, password);
                      if (!joined) {
                          if (joined.error().field == u"password" && !password.isEmpty())
                              limits->joinPasswords.recordFailure(where, who);
                          return errorResponse(joined.error());
                      }
                      limits->joinPasswords.recordSuccess(where, who);
                      QJsonObject answer = participant(*joined);
                      // The way into the meeting goes to the one it just let in.
                      if (auto session = SessionService(context).getSession(user, id))
                          answer.insert(
                              QStringLiteral("session"),
                              json::session(*session, hostOf(context, *session), context.now()));
                      return QHttpServerResponse(answer);
                  });
              });
    routeBoth(server, sessions + QStringLiteral("/<arg>/leave"), Method::Post,
              [context, limits, participant](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      if (auto allowed = withinLimit(limits->joins, user, QStringLiteral("leaves"));
                          !allowed)
                          return errorResponse(allowed.error());
                      return reply(ParticipationService(context).leaveSession(user, id),
                                   participant);
                  });
              });
    routeBoth(server, sessions + QStringLiteral("/<arg>/participants"), Method::Get,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      const auto page = pageParameters(r.query(), QStringLiteral("after"));
                      if (!page)
                          return errorResponse(page.error());
                      auto session = SessionService(context).getSession(user, id);
                      if (!session)
                          return errorResponse(session.error());
                      auto roster = ParticipationService(context).listParticipants(user, id, *page);
                      if (!roster)
                          return errorResponse(roster.error());
                      QList<Id> ids;
                      for (const SessionParticipant& p : *roster)
                          ids << p.userId;
                      const auto users =
                          UserService(context).usersById(ids).value_or(QHash<Id, User>{});
                      const qint64 seconds = session->actualDurationSeconds(context.now());
                      const bool withEmail = SessionService(context).showsEmailsTo(user, id);
                      QJsonArray list;
                      for (const SessionParticipant& p : *roster)
                          list.append(json::participant(p, users, seconds, context.now(), withEmail,
                                                        withEmail || p.userId == user.id));
                      return QHttpServerResponse(list);
                  });
              });

    // Roster moderation.
    routeBoth(server, QStringLiteral("/api/live/participants/<arg>/ban"), Method::Post,
              [context, participant](qint64 id, const QHttpServerRequest& r) {
                  return asUserWithBody(context, r, [&](const User& user, JsonFields& fields) {
                      const bool banned = fields.flag(QStringLiteral("banned"), true);
                      if (fields.problem())
                          return errorResponse(*fields.problem());
                      return reply(ParticipationService(context).setBanned(user, id, banned),
                                   participant);
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/participants/<arg>/moderator"), Method::Post,
              [context, participant](qint64 id, const QHttpServerRequest& r) {
                  return asUserWithBody(context, r, [&](const User& user, JsonFields& fields) {
                      const bool moderator = fields.flag(QStringLiteral("is_moderator"), true);
                      if (fields.problem())
                          return errorResponse(*fields.problem());
                      return reply(ParticipationService(context).setModerator(user, id, moderator),
                                   participant);
                  });
              });
}

} // namespace lectern::hub
