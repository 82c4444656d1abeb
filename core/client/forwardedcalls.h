#pragma once

#include "client/consoleapi.h"
#include "wire/consolecalls.h"

namespace lectern::client {

// The calls of ConsoleApi that are one call of the wire's each (wire/consolecalls.h), handed
// to Derived::call<Call>(arguments...): in process for the local console, as a request for
// the hub console. Each implementation adds only what differs between them, and instantiates
// this once, beside its call() (forwardedcallsdefs.h).
template <typename Derived> class ForwardedCalls : public ConsoleApi {
public:
    using ConsoleApi::ConsoleApi;

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
    QFuture<Result<LiveClass>> liveClass() override;
    QFuture<Result<LiveSession>> endSession(Id sessionId) override;
    QFuture<Result<SessionParticipant>> setBanned(Id participantId, bool banned) override;
    QFuture<Result<SessionParticipant>> setModerator(Id participantId, bool moderator) override;
    QFuture<Result<AgoraJoin>> agoraJoin(Id sessionId) override;
    QFuture<Result<std::optional<AgoraKeys>>> agoraKeys() override;
    QFuture<Status> saveAgoraKeys(const AgoraKeys& keys) override;
    QFuture<Status> forgetAgoraKeys() override;
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
    QFuture<Result<LivePoll>> updatePoll(Id pollId, const PollDraft& draft) override;
    QFuture<Result<LivePoll>> deletePoll(Id pollId) override;
    QFuture<Result<LivePoll>> startPoll(Id pollId) override;
    QFuture<Result<LivePoll>> closePoll(Id pollId) override;
    QFuture<Result<QList<Course>>> reportCourses() override;
    QFuture<Result<CourseDashboard>> courseDashboard(Id courseId, const DateRange& range,
                                                     double requiredShare) override;
    QFuture<Result<Roster>> readRoster(const QByteArray& file) override;
    QFuture<Result<RosterOutcome>> importRoster(Id courseId, const QByteArray& file,
                                                bool skipBadLines) override;

private:
    Derived& self() { return static_cast<Derived&>(*this); }
};

} // namespace lectern::client
