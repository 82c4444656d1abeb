#include "reportroutes.h"

#include "jsonformat.h"
#include "routekit.h"
#include "services/analyticsservice.h"
#include "services/attendanceservice.h"
#include "services/recordingservice.h"
#include "services/sessionservice.h"
#include "services/userservice.h"
#include "sessionroutes.h"

namespace lectern::hub {

namespace {
// A recording with the viewer's own progress, my_view (null before they start): where to
// resume, and how much they watched.
auto withMyView(const ServiceContext& context, const User& viewer) {
    return [context, viewer](const SessionRecording& recording) {
        QJsonObject object = json::recording(recording);
        const auto mine = RecordingService(context).viewOf(viewer, recording.id);
        object.insert(QStringLiteral("my_view"),
                      mine && *mine ? QJsonValue(json::view(**mine, recording.durationSeconds))
                                    : QJsonValue(QJsonValue::Null));
        return object;
    };
}

void addRecordingRoutes(QHttpServer& server, const ServiceContext& context) {
    routeBoth(server, QStringLiteral("/api/live/sessions/<arg>/recordings"), Method::Get,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      return replyList(RecordingService(context).listRecordings(user, id),
                                       withMyView(context, user));
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/sessions/<arg>/recordings/create"), Method::Post,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUserWithBody(context, r, [&](const User& user, JsonFields& fields) {
                      RecordingDraft draft;
                      draft.videoUrl = fields.text(QStringLiteral("video_url"));
                      draft.title = fields.text(QStringLiteral("title"));
                      draft.description = fields.text(QStringLiteral("description"));
                      draft.thumbnailUrl = fields.text(QStringLiteral("thumbnail_url"));
                      draft.durationSeconds = fields.integer(QStringLiteral("duration_seconds"), 0);
                      draft.fileSizeMb = fields.number(QStringLiteral("file_size_mb"), 0.0);
                      draft.processingStatus = fields.choice(QStringLiteral("processing_status"),
                                                             ProcessingStatus::Ready);
                      draft.isPublic = fields.flag(QStringLiteral("is_public"), false);
                      draft.requiresEnrollment =
                          fields.flag(QStringLiteral("requires_enrollment"), true);
                      if (fields.problem())
                          return errorResponse(*fields.problem());
                      return reply(RecordingService(context).createRecording(user, id, draft),
                                   json::recording, StatusCode::Created);
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/recordings/<arg>"), Method::Get,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      return reply(RecordingService(context).getRecording(user, id),
                                   withMyView(context, user));
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/recordings/<arg>/track"), Method::Post,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUserWithBody(context, r, [&](const User& user, JsonFields& fields) {
                      ViewProgress progress;
                      progress.watchDurationSeconds =
                          fields.integer(QStringLiteral("watch_duration_seconds"), 0);
                      progress.lastPositionSeconds =
                          fields.integer(QStringLiteral("last_position_seconds"), 0);
                      progress.deviceType = fields.text(QStringLiteral("device_type"));
                      progress.browser = fields.text(QStringLiteral("browser"));
                      if (fields.problem())
                          return errorResponse(*fields.problem());
                      RecordingService recordings(context);
                      auto view = recordings.trackRecordingView(user, id, progress);
                      if (!view)
                          return errorResponse(view.error());
                      auto recording = recordings.getRecording(user, id);
                      return QHttpServerResponse(
                          json::view(*view, recording ? recording->durationSeconds : 0));
                  });
              });
}

void addAttendanceRoutes(QHttpServer& server, const ServiceContext& context) {
    auto withUsers = [context](const Result<QList<SessionAttendance>>& records) {
        if (!records)
            return errorResponse(records.error());
        QList<Id> ids;
        for (const SessionAttendance& a : *records)
            ids << a.userId << a.verifiedBy.value_or(0);
        const auto users = UserService(context).usersById(ids).value_or(QHash<Id, User>{});
        QJsonArray list;
        for (const SessionAttendance& a : *records)
            list.append(json::attendance(a, users));
        return QHttpServerResponse(list);
    };
    routeBoth(server, QStringLiteral("/api/live/sessions/<arg>/attendance"), Method::Get,
              [context, withUsers](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      return withUsers(AttendanceService(context).getAttendance(user, id));
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/attendance/<arg>/verify"), Method::Post,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUserWithBody(context, r, [&](const User& user, JsonFields& fields) {
                      const auto status =
                          fields.choice(QStringLiteral("status"), AttendanceStatus::Present);
                      const QString notes = fields.text(QStringLiteral("notes"));
                      if (!fields.has(QStringLiteral("status")))
                          return errorResponse(Error::invalid(
                              QStringLiteral("status"), QStringLiteral("status must be one of: %1")
                                                            .arg(enumNames<AttendanceStatus>())));
                      if (fields.problem())
                          return errorResponse(*fields.problem());
                      auto record =
                          AttendanceService(context).verifyAttendance(user, id, status, notes);
                      if (!record)
                          return errorResponse(record.error());
                      const auto users = UserService(context)
                                             .usersById({record->userId, user.id})
                                             .value_or(QHash<Id, User>{});
                      return QHttpServerResponse(json::attendance(*record, users));
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/sessions/<arg>/analytics"), Method::Get,
              [context](qint64 id, const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      return reply(AnalyticsService(context).getSessionAnalytics(user, id),
                                   [](const SessionAnalytics& a) { return a.toJson(); });
                  });
              });
}

void addUserRoutes(QHttpServer& server, const ServiceContext& context) {
    routeBoth(server, QStringLiteral("/api/live/upcoming"), Method::Get,
              [context](const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      const auto page = pageParameters(r.query(), QStringLiteral("after"));
                      if (!page)
                          return errorResponse(page.error());
                      auto upcoming = SessionService(context).upcomingSessions(user, *page);
                      if (!upcoming)
                          return errorResponse(upcoming.error());
                      return QHttpServerResponse(sessionList(context, *upcoming));
                  });
              });
    routeBoth(server, QStringLiteral("/api/live/history"), Method::Get,
              [context](const QHttpServerRequest& r) {
                  return asUser(context, r, [&](const User& user) {
                      const auto page = pageParameters(r.query(), QStringLiteral("before"));
                      if (!page)
                          return errorResponse(page.error());
                      auto history = SessionService(context).sessionHistory(user, *page);
                      if (!history)
                          return errorResponse(history.error());
                      QList<LiveSession> sessions;
                      for (const SessionHistoryEntry& entry : *history)
                          sessions << entry.session;
                      const QJsonArray sessionJson = sessionList(context, sessions);
                      const QHash<Id, User> me{{user.id, user}};
                      QJsonArray list;
                      for (qsizetype i = 0; i < history->size(); ++i) {
                          const SessionHistoryEntry& entry = history->at(i);
                          list.append(QJsonObject{
                              {QStringLiteral("session"), sessionJson.at(i)},
                              {QStringLiteral("participation"),
                               json::participant(entry.participant, me,
                                                 entry.session.actualDurationSeconds(context.now()),
                                                 context.now(), true, true)}});
                      }
                      return QHttpServerResponse(list);
                  });
              });
}
} // namespace

void addReportRoutes(QHttpServer& server, const ServiceContext& context) {
    addRecordingRoutes(server, context);
    addAttendanceRoutes(server, context);
    addUserRoutes(server, context);
}

} // namespace lectern::hub
