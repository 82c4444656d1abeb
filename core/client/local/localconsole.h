#pragma once

#include "client/consoleapi.h"
#include "services/servicecontext.h"

namespace lectern::client {

// The console's door on this computer: the services in process, on the embedded SQLite file
// (or, for an admin on the server itself, PostgreSQL directly). Each call runs on a worker
// thread with its own database connection.
class LocalConsole final : public ConsoleApi {
    Q_OBJECT

public:
    LocalConsole(ServiceContext context, User user, QObject* parent = nullptr);

    QDateTime now() const override;
    QString placeText() const override;

    QFuture<Result<QList<LiveSession>>> sessions(const SessionQuery& query) override;

    QFuture<Result<Schedule>> schedule(const SessionQuery& query) override;
    QFuture<Result<ScheduledSession>> saveSession(const LiveSession& draft) override;
    QFuture<Result<SessionRemoval>> previewRemoval(Id sessionId) override;
    QFuture<Result<SessionRemoval>> deleteSession(Id sessionId) override;
    QFuture<Result<LiveSession>> cancelSession(Id sessionId) override;
    QFuture<Result<LiveSession>> startSession(Id sessionId) override;

    QFuture<Result<SessionRecords>> sessionRecords(Id sessionId) override;
    QFuture<Result<SessionRecording>> createRecording(Id sessionId,
                                                      const RecordingDraft& draft) override;
    QFuture<Result<RecordingView>> trackRecordingView(Id recordingId,
                                                      const ViewProgress& progress) override;
    QFuture<Result<SessionAttendance>> verifyAttendance(Id attendanceId, AttendanceStatus status,
                                                        const QString& notes) override;
    QFuture<Result<QList<AttendanceChange>>> attendanceHistory(Id sessionId) override;
    QFuture<Result<AttendanceImport>>
    importAttendance(Id sessionId, const QByteArray& report,
                     const AttendanceImportOptions& options) override;

private:
    // Runs `work(context, user)` on a worker thread.
    template <typename Work> auto run(Work work) const;

    ServiceContext m_context;
};

} // namespace lectern::client
