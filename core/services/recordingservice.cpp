#include "recordingservice.h"

#include "access.h"
#include "domain/events.h"
#include "domain/rules.h"
#include "domain/try.h"
#include "domain/validation.h"
#include "storage/recordingrepository.h"
#include "storage/sessionrepository.h"
#include "storage/transaction.h"

namespace lectern {

namespace {
struct RecordingInSession {
    SessionRecording recording;
    LiveSession session;
    SessionAccess access;
};

// Public recordings are for everyone; the rest for staff and, when the recording asks for
// enrolment, enrolled users only (else any member of the session); never for someone banned
// from the session.
Status requireViewer(const SessionRecording& recording, const SessionAccess& access) {
    if (recording.isPublic || access.staff)
        return {};
    if (recording.requiresEnrollment ? access.enrolled && access.member() : access.member())
        return {};
    return std::unexpected(
        Error::forbidden(QStringLiteral("This recording is for students of the course")));
}

Result<RecordingInSession> loadRecording(const QSqlDatabase& connection, Dialect dialect,
                                         const User& actor, Id recordingId) {
    LECTERN_TRY(SessionRecording recording, RecordingRepository(connection).find(recordingId));
    LECTERN_TRY(SessionInContext loaded,
                loadSession(connection, dialect, actor, recording.sessionId));
    auto& [session, access] = loaded;
    LECTERN_CHECK(requireViewer(recording, access));
    return RecordingInSession{std::move(recording), std::move(session), std::move(access)};
}
} // namespace

Result<SessionRecording> RecordingService::createRecording(const User& actor, Id sessionId,
                                                           const RecordingDraft& draft) {
    using namespace validation;
    SessionRecording recording;
    LECTERN_TRY(recording.videoUrl, optionalUrl(QStringLiteral("video_url"), draft.videoUrl, true));
    if (recording.videoUrl.isEmpty())
        return std::unexpected(Error::invalid(QStringLiteral("video_url"),
                                              QStringLiteral("video_url must not be empty")));
    LECTERN_TRY(recording.title, requiredText(QStringLiteral("title"), draft.title, 200));
    LECTERN_TRY(recording.description,
                optionalText(QStringLiteral("description"), draft.description, 10'000));
    LECTERN_TRY(recording.thumbnailUrl,
                optionalUrl(QStringLiteral("thumbnail_url"), draft.thumbnailUrl, true));
    LECTERN_CHECK(nonNegative(QStringLiteral("duration_seconds"), draft.durationSeconds));
    if (!(draft.fileSizeMb >= 0.0))
        return std::unexpected(Error::invalid(QStringLiteral("file_size_mb"),
                                              QStringLiteral("file_size_mb must not be negative")));
    recording.durationSeconds = draft.durationSeconds;
    recording.fileSizeMb = draft.fileSizeMb;
    recording.processingStatus = draft.processingStatus;
    recording.isPublic = draft.isPublic;
    recording.requiresEnrollment = draft.requiresEnrollment;

    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    const QSqlDatabase& connection = transaction.connection();
    LECTERN_TRY(const SessionInContext loaded,
                loadSession(connection, transaction.dialect(), actor, sessionId));
    const auto& [session, access] = loaded;
    LECTERN_CHECK(requireManager(access, QStringLiteral("add recordings")));
    if (session.status == SessionStatus::Cancelled)
        return std::unexpected(
            Error::conflict(QStringLiteral("A cancelled session has no recordings")));
    recording.sessionId = session.id;
    recording.createdAt = recording.updatedAt = m_context.now();
    LECTERN_TRY(recording.id, RecordingRepository(connection).insert(recording));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::recordingCreated, session.id, recording.id);
    return recording;
}

Result<RecordingView> RecordingService::trackRecordingView(const User& actor, Id recordingId,
                                                           const ViewProgress& progress) {
    using namespace validation;
    LECTERN_CHECK(
        nonNegative(QStringLiteral("watch_duration_seconds"), progress.watchDurationSeconds));
    LECTERN_CHECK(
        nonNegative(QStringLiteral("last_position_seconds"), progress.lastPositionSeconds));
    LECTERN_TRY(const QString device,
                optionalText(QStringLiteral("device_type"), progress.deviceType, 50));
    LECTERN_TRY(const QString browser,
                optionalText(QStringLiteral("browser"), progress.browser, 100));

    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    const QSqlDatabase& connection = transaction.connection();
    LECTERN_TRY(const RecordingInSession found,
                loadRecording(connection, transaction.dialect(), actor, recordingId));
    const SessionRecording& recording = found.recording;
    if (recording.durationSeconds > 0 && progress.lastPositionSeconds > recording.durationSeconds)
        return std::unexpected(Error::invalid(
            QStringLiteral("last_position_seconds"),
            QStringLiteral("last_position_seconds is past the end of the recording (%1 s)")
                .arg(recording.durationSeconds)));

    RecordingRepository recordings(connection);
    LECTERN_TRY(const auto existing, recordings.findView(recording.id, actor.id));
    const QDateTime now = m_context.now();
    RecordingView view = existing.value_or(RecordingView{});
    if (!existing) {
        view.recordingId = recording.id;
        view.userId = actor.id;
        view.createdAt = now;
    }
    const qint64 reachable = rules::mostWatchedSeconds(view.watchDurationSeconds,
                                                       existing ? view.updatedAt.secsTo(now) : 0);
    view.watchDurationSeconds =
        qMax(view.watchDurationSeconds, qMin(progress.watchDurationSeconds, reachable));
    view.lastPositionSeconds = progress.lastPositionSeconds;
    view.completed =
        view.completed || rules::isCompleted(view.watchPercentage(recording.durationSeconds));
    if (!device.isEmpty())
        view.deviceType = device;
    if (!browser.isEmpty())
        view.browser = browser;
    view.updatedAt = now;
    LECTERN_TRY(view.id, recordings.saveView(view));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::recordingViewed, found.session.id, recording.id);
    return view;
}

Result<std::optional<RecordingView>> RecordingService::viewOf(const User& actor, Id recordingId) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(const RecordingInSession found,
                loadRecording(connection, m_context.database->dialect(), actor, recordingId));
    return RecordingRepository(connection).findView(found.recording.id, actor.id);
}

Result<SessionRecording> RecordingService::getRecording(const User& actor, Id recordingId) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(RecordingInSession found,
                loadRecording(connection, m_context.database->dialect(), actor, recordingId));
    return found.recording;
}

Result<QList<SessionRecording>> RecordingService::listRecordings(const User& actor, Id sessionId) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(const SessionInContext loaded,
                loadSession(connection, m_context.database->dialect(), actor, sessionId));
    const auto& [session, access] = loaded;
    LECTERN_TRY(const QList<SessionRecording> all,
                RecordingRepository(connection).listBySession(session.id));
    QList<SessionRecording> visible;
    for (const SessionRecording& recording : all) {
        if (requireViewer(recording, access))
            visible.append(recording);
    }
    return visible;
}

Result<qint64> RecordingService::completions(const User& actor, Id recordingId) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(const RecordingInSession found,
                loadRecording(connection, m_context.database->dialect(), actor, recordingId));
    LECTERN_CHECK(requireManager(found.access, QStringLiteral("see who finished a recording")));
    return RecordingRepository(connection).completions(recordingId);
}

} // namespace lectern
