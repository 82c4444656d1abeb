#pragma once

#include "domain/error.h"
#include "domain/sessionrecording.h"

#include <QSqlDatabase>

#include <optional>

namespace lectern {

class RecordingRepository {
public:
    explicit RecordingRepository(QSqlDatabase connection)
        : m_connection(std::move(connection)) {}

    Result<Id> insert(const SessionRecording& recording);
    Result<SessionRecording> find(Id id);
    Result<QList<SessionRecording>> listBySession(Id sessionId);
    Result<std::optional<RecordingView>> findView(Id recordingId, Id userId);
    // Creates the viewer's row (counting one more view) or updates it.
    Result<Id> saveView(const RecordingView& view);
    Result<qint64> completions(Id recordingId);

private:
    QSqlDatabase m_connection;
};

} // namespace lectern
