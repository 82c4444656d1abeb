#include "recordingrepository.h"

#include "sql.h"

namespace lectern {

namespace {
const QString recordingColumns = QStringLiteral(
    "id, session_id, title, description, video_url, thumbnail_url, duration_seconds, "
    "file_size_mb, processing_status, is_public, requires_enrollment, views_count, "
    "downloads_count, created_at, updated_at");

SessionRecording readRecording(const sql::Rows& q) {
    SessionRecording r;
    r.id = q.value(0).toLongLong();
    r.sessionId = q.value(1).toLongLong();
    r.title = q.value(2).toString();
    r.description = q.value(3).toString();
    r.videoUrl = q.value(4).toString();
    r.thumbnailUrl = q.value(5).toString();
    r.durationSeconds = q.value(6).toLongLong();
    r.fileSizeMb = q.value(7).toDouble();
    r.processingStatus =
        parseEnum<ProcessingStatus>(q.value(8).toString()).value_or(ProcessingStatus::Pending);
    r.isPublic = q.value(9).toBool();
    r.requiresEnrollment = q.value(10).toBool();
    r.viewsCount = q.value(11).toLongLong();
    r.downloadsCount = q.value(12).toLongLong();
    r.createdAt = sql::toTime(q.value(13));
    r.updatedAt = sql::toTime(q.value(14));
    return r;
}
} // namespace

Result<Id> RecordingRepository::insert(const SessionRecording& r) {
    return sql::insert(
        m_connection,
        QStringLiteral("INSERT INTO session_recordings (session_id, title, description, "
                       "video_url, thumbnail_url, duration_seconds, file_size_mb, "
                       "processing_status, is_public, requires_enrollment, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {r.sessionId, r.title, sql::fromText(r.description), r.videoUrl,
         sql::fromText(r.thumbnailUrl), r.durationSeconds, r.fileSizeMb,
         enumName(r.processingStatus), r.isPublic, r.requiresEnrollment, sql::fromTime(r.createdAt),
         sql::fromTime(r.updatedAt)});
}

Result<SessionRecording> RecordingRepository::find(Id id) {
    auto query = sql::run(m_connection,
                          QStringLiteral("SELECT ") + recordingColumns +
                              QStringLiteral(" FROM session_recordings WHERE id = ?"),
                          {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(Error::notFound(QStringLiteral("No recording with id %1").arg(id)));
    return readRecording(*query);
}

Result<QList<SessionRecording>> RecordingRepository::listBySession(Id sessionId) {
    auto query = sql::run(m_connection,
                          QStringLiteral("SELECT ") + recordingColumns +
                              QStringLiteral(" FROM session_recordings WHERE session_id = ? "
                                             "ORDER BY id"),
                          {sessionId});
    return sql::readAll(std::move(query), readRecording);
}

Result<std::optional<RecordingView>> RecordingRepository::findView(Id recordingId, Id userId) {
    auto q = sql::run(m_connection,
                      QStringLiteral("SELECT id, watch_duration_seconds, last_position_seconds, "
                                     "completed, device_type, browser, created_at, updated_at "
                                     "FROM recording_views WHERE recording_id = ? AND user_id = ?"),
                      {recordingId, userId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<RecordingView>{};
    RecordingView view;
    view.id = q->value(0).toLongLong();
    view.recordingId = recordingId;
    view.userId = userId;
    view.watchDurationSeconds = q->value(1).toLongLong();
    view.lastPositionSeconds = q->value(2).toLongLong();
    view.completed = q->value(3).toBool();
    view.deviceType = q->value(4).toString();
    view.browser = q->value(5).toString();
    view.createdAt = sql::toTime(q->value(6));
    view.updatedAt = sql::toTime(q->value(7));
    return std::optional<RecordingView>{view};
}

Result<Id> RecordingRepository::saveView(const RecordingView& v) {
    if (v.id != 0) {
        auto updated = sql::updateOne(
            m_connection,
            QStringLiteral("UPDATE recording_views SET watch_duration_seconds = ?, "
                           "last_position_seconds = ?, completed = ?, device_type = ?, browser = "
                           "?, updated_at = ? WHERE id = ?"),
            {v.watchDurationSeconds, v.lastPositionSeconds, v.completed,
             sql::fromText(v.deviceType), sql::fromText(v.browser), sql::fromTime(v.updatedAt),
             v.id},
            QStringLiteral("No recording view with id %1").arg(v.id));
        if (!updated)
            return std::unexpected(updated.error());
        return v.id;
    }
    auto id = sql::insert(
        m_connection,
        QStringLiteral("INSERT INTO recording_views (recording_id, user_id, "
                       "watch_duration_seconds, last_position_seconds, completed, device_type, "
                       "browser, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {v.recordingId, v.userId, v.watchDurationSeconds, v.lastPositionSeconds, v.completed,
         sql::fromText(v.deviceType), sql::fromText(v.browser), sql::fromTime(v.createdAt),
         sql::fromTime(v.updatedAt)});
    if (!id)
        return id;
    if (auto counted = sql::updateOne(m_connection,
                                      QStringLiteral("UPDATE session_recordings SET views_count = "
                                                     "views_count + 1 WHERE id = ?"),
                                      {v.recordingId},
                                      QStringLiteral("No recording with id %1").arg(v.recordingId));
        !counted)
        return std::unexpected(counted.error());
    return id;
}

Result<qint64> RecordingRepository::completions(Id recordingId) {
    auto value = sql::scalar(m_connection,
                             QStringLiteral("SELECT COUNT(*) FROM recording_views WHERE "
                                            "recording_id = ? AND completed"),
                             {recordingId});
    if (!value)
        return std::unexpected(value.error());
    return (*value)->toLongLong();
}

} // namespace lectern
