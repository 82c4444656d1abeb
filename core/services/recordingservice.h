#pragma once

#include "domain/sessionrecording.h"
#include "servicecontext.h"

namespace lectern {

// Recordings of a session and who watched how much of them.
class RecordingService {
public:
    explicit RecordingService(ServiceContext context)
        : m_context(std::move(context)) {}

    Result<SessionRecording> createRecording(const User& actor, Id sessionId,
                                             const RecordingDraft& draft);
    // Keeps the furthest progress reported, no faster than rules::mostWatchedSeconds allows;
    // completed once 90 % has been watched, and stays so.
    Result<RecordingView> trackRecordingView(const User& actor, Id recordingId,
                                             const ViewProgress& progress);
    Result<SessionRecording> getRecording(const User& actor, Id recordingId);
    // The actor's own progress on a recording they may watch (nullopt: not started).
    Result<std::optional<RecordingView>> viewOf(const User& actor, Id recordingId);
    Result<QList<SessionRecording>> listRecordings(const User& actor, Id sessionId);
    Result<qint64> completions(const User& actor, Id recordingId);

private:
    ServiceContext m_context;
};

} // namespace lectern
