#pragma once

#include "client/consoleapi.h"
#include "hubplacement.h"
#include "services/servicecontext.h"

#include <memory>

namespace lectern::hub {
class HubThread;
}

namespace lectern::client {

// The console's door on this computer: the services in process, on the embedded SQLite file
// (or, for an admin on the server itself, PostgreSQL directly). Each call runs on a worker
// thread with its own database connection.
class LocalConsole final : public ConsoleApi {
    Q_OBJECT

public:
    LocalConsole(ServiceContext context, User user, HubPlacement placement = {},
                 QObject* parent = nullptr);
    ~LocalConsole() override;

    // Where the next participant page listens (one being served keeps its address).
    void setHubPlacement(HubPlacement placement) { m_placement = placement; }

    QDateTime now() const override;
    QString placeText() const override;
    QFuture<void> signOut() override;

    QFuture<Result<QList<LiveSession>>> sessions(const SessionQuery& query) override;

    QFuture<Result<Schedule>> schedule(const SessionQuery& query) override;
    QFuture<Result<ScheduledSession>> saveSession(const LiveSession& draft) override;
    QFuture<Result<SessionRemoval>> previewRemoval(Id sessionId) override;
    QFuture<Result<SessionRemoval>> deleteSession(Id sessionId) override;
    QFuture<Result<LiveSession>> cancelSession(Id sessionId) override;
    QFuture<Result<LiveSession>> startSession(Id sessionId) override;

    QFuture<Result<LiveClass>> liveClass() override;
    QFuture<Result<LiveSession>> endSession(Id sessionId) override;
    QFuture<Result<SessionParticipant>> setBanned(Id participantId, bool banned) override;
    QFuture<Result<SessionParticipant>> setModerator(Id participantId, bool moderator) override;
    QFuture<Result<AgoraJoin>> agoraJoin(Id sessionId) override;
    QFuture<Result<std::optional<AgoraKeys>>> agoraKeys() override;
    QFuture<Status> saveAgoraKeys(const AgoraKeys& keys) override;
    QFuture<Status> forgetAgoraKeys() override;
    Result<QString> participantPage() override;
    void stopServingPage() override;

    QFuture<Result<ChatPage>> chatPage(Id sessionId, const ChatQuery& query) override;
    QFuture<Result<LiveChatMessage>> sendChat(Id sessionId, const ChatDraft& draft) override;
    QFuture<Result<LiveChatMessage>> likeChat(Id messageId) override;
    QFuture<Result<LiveChatMessage>> pinChat(Id messageId, bool pinned) override;
    QFuture<Result<LiveChatMessage>> deleteChat(Id messageId) override;
    QFuture<Result<SessionParticipant>> banFromSession(Id sessionId, Id userId) override;
    QFuture<Result<QuestionBoard>> questionBoard(Id sessionId) override;
    QFuture<Result<LiveQuestion>> answerQuestion(Id questionId, const QString& answer) override;
    QFuture<Result<LiveQuestion>> dismissQuestion(Id questionId) override;
    QFuture<Result<LiveQuestion>> featureQuestion(Id questionId, bool featured) override;

    QFuture<Result<PollBoard>> pollBoard(Id sessionId) override;
    QFuture<Result<PollDetail>> pollDetail(Id sessionId, Id pollId) override;
    QFuture<Result<CreatedPoll>> createPoll(Id sessionId, const PollDraft& draft,
                                            bool startNow) override;
    QFuture<Result<LivePoll>> startPoll(Id pollId) override;
    QFuture<Result<LivePoll>> closePoll(Id pollId) override;

    QFuture<Result<QList<Course>>> reportCourses() override;
    QFuture<Result<CourseDashboard>> courseDashboard(Id courseId, const DateRange& range,
                                                     double requiredShare) override;
    QFuture<Result<ExportedFile>> exportCourse(const CourseExport& request) override;
    QFuture<Result<Roster>> readRoster(const QByteArray& file) override;
    QFuture<Result<RosterOutcome>> importRoster(Id courseId, const QByteArray& file,
                                                bool skipBadLines) override;

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
    // Runs `Call` for the user on a worker thread.
    template <typename Call, typename... A> auto call(const A&... arguments) const;

    ServiceContext m_context;
    HubPlacement m_placement;
    std::unique_ptr<hub::HubThread> m_hub; // the participant page, while served
    QString m_pageAddress;
};

} // namespace lectern::client
