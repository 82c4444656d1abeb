#pragma once

#include "forwardedcalls.h"

// The bodies of ForwardedCalls, for the one file of each implementation that instantiates it
// (template class ForwardedCalls<Derived>;) after defining Derived::call().
namespace lectern::client {

template <typename Derived>
QFuture<Result<QList<LiveSession>>> ForwardedCalls<Derived>::sessions(const SessionQuery& query) {
    return self().template call<wire::call::Sessions>(query);
}

template <typename Derived>
QFuture<Result<Schedule>> ForwardedCalls<Derived>::schedule(const SessionQuery& query) {
    return self().template call<wire::call::ScheduleView>(query);
}

template <typename Derived>
QFuture<Result<ScheduledSession>> ForwardedCalls<Derived>::saveSession(const LiveSession& draft) {
    return self().template call<wire::call::SaveSession>(draft);
}

template <typename Derived>
QFuture<Result<SessionRemoval>> ForwardedCalls<Derived>::previewRemoval(Id sessionId) {
    return self().template call<wire::call::PreviewRemoval>(sessionId);
}

template <typename Derived>
QFuture<Result<SessionRemoval>> ForwardedCalls<Derived>::deleteSession(Id sessionId) {
    return self().template call<wire::call::DeleteSession>(sessionId);
}

template <typename Derived>
QFuture<Result<LiveSession>> ForwardedCalls<Derived>::cancelSession(Id sessionId) {
    return self().template call<wire::call::CancelSession>(sessionId);
}

template <typename Derived>
QFuture<Result<LiveSession>> ForwardedCalls<Derived>::startSession(Id sessionId) {
    return self().template call<wire::call::StartSession>(sessionId);
}

template <typename Derived>
QFuture<Result<SessionRecords>> ForwardedCalls<Derived>::sessionRecords(Id sessionId) {
    return self().template call<wire::call::SessionRecordsView>(sessionId);
}

template <typename Derived>
QFuture<Result<SessionRecording>>
ForwardedCalls<Derived>::createRecording(Id sessionId, const RecordingDraft& draft) {
    return self().template call<wire::call::CreateRecording>(sessionId, draft);
}

template <typename Derived>
QFuture<Result<RecordingView>>
ForwardedCalls<Derived>::trackRecordingView(Id recordingId, const ViewProgress& progress) {
    return self().template call<wire::call::TrackRecordingView>(recordingId, progress);
}

template <typename Derived>
QFuture<Result<SessionAttendance>>
ForwardedCalls<Derived>::verifyAttendance(Id attendanceId, AttendanceStatus status,
                                          const QString& notes) {
    return self().template call<wire::call::VerifyAttendance>(attendanceId, status, notes);
}

template <typename Derived>
QFuture<Result<QList<AttendanceChange>>> ForwardedCalls<Derived>::attendanceHistory(Id sessionId) {
    return self().template call<wire::call::AttendanceHistory>(sessionId);
}

template <typename Derived>
QFuture<Result<AttendanceImport>>
ForwardedCalls<Derived>::importAttendance(Id sessionId, const QByteArray& report,
                                          const AttendanceImportOptions& options) {
    return self().template call<wire::call::ImportAttendance>(sessionId, report, options);
}

template <typename Derived> QFuture<Result<LiveClass>> ForwardedCalls<Derived>::liveClass() {
    return self().template call<wire::call::LiveClassView>();
}

template <typename Derived>
QFuture<Result<LiveSession>> ForwardedCalls<Derived>::endSession(Id sessionId) {
    return self().template call<wire::call::EndSession>(sessionId);
}

template <typename Derived>
QFuture<Result<SessionParticipant>> ForwardedCalls<Derived>::setBanned(Id participantId,
                                                                       bool banned) {
    return self().template call<wire::call::SetBanned>(participantId, banned);
}

template <typename Derived>
QFuture<Result<SessionParticipant>> ForwardedCalls<Derived>::setModerator(Id participantId,
                                                                          bool moderator) {
    return self().template call<wire::call::SetModerator>(participantId, moderator);
}

template <typename Derived>
QFuture<Result<AgoraJoin>> ForwardedCalls<Derived>::agoraJoin(Id sessionId) {
    return self().template call<wire::call::AgoraJoinFor>(sessionId);
}

template <typename Derived>
QFuture<Result<std::optional<AgoraKeys>>> ForwardedCalls<Derived>::agoraKeys() {
    return self().template call<wire::call::AgoraKeysKept>();
}

template <typename Derived>
QFuture<Status> ForwardedCalls<Derived>::saveAgoraKeys(const AgoraKeys& keys) {
    return self().template call<wire::call::SaveAgoraKeys>(keys);
}

template <typename Derived> QFuture<Status> ForwardedCalls<Derived>::forgetAgoraKeys() {
    return self().template call<wire::call::ForgetAgoraKeys>();
}

template <typename Derived>
QFuture<Result<ChatPage>> ForwardedCalls<Derived>::chatPage(Id sessionId, const ChatQuery& query) {
    return self().template call<wire::call::ChatPageView>(sessionId, query);
}

template <typename Derived>
QFuture<Result<LiveChatMessage>> ForwardedCalls<Derived>::sendChat(Id sessionId,
                                                                   const ChatDraft& draft) {
    return self().template call<wire::call::SendChat>(sessionId, draft);
}

template <typename Derived>
QFuture<Result<LiveChatMessage>> ForwardedCalls<Derived>::likeChat(Id messageId) {
    return self().template call<wire::call::LikeChat>(messageId);
}

template <typename Derived>
QFuture<Result<LiveChatMessage>> ForwardedCalls<Derived>::pinChat(Id messageId, bool pinned) {
    return self().template call<wire::call::PinChat>(messageId, pinned);
}

template <typename Derived>
QFuture<Result<LiveChatMessage>> ForwardedCalls<Derived>::deleteChat(Id messageId) {
    return self().template call<wire::call::DeleteChat>(messageId);
}

template <typename Derived>
QFuture<Result<SessionParticipant>> ForwardedCalls<Derived>::banFromSession(Id sessionId,
                                                                            Id userId) {
    return self().template call<wire::call::BanFromSession>(sessionId, userId);
}

template <typename Derived>
QFuture<Result<QuestionBoard>> ForwardedCalls<Derived>::questionBoard(Id sessionId) {
    return self().template call<wire::call::QuestionBoardView>(sessionId);
}

template <typename Derived>
QFuture<Result<LiveQuestion>> ForwardedCalls<Derived>::answerQuestion(Id questionId,
                                                                      const QString& answer) {
    return self().template call<wire::call::AnswerQuestion>(questionId, answer);
}

template <typename Derived>
QFuture<Result<LiveQuestion>> ForwardedCalls<Derived>::dismissQuestion(Id questionId) {
    return self().template call<wire::call::DismissQuestion>(questionId);
}

template <typename Derived>
QFuture<Result<LiveQuestion>> ForwardedCalls<Derived>::featureQuestion(Id questionId,
                                                                       bool featured) {
    return self().template call<wire::call::FeatureQuestion>(questionId, featured);
}

template <typename Derived>
QFuture<Result<PollBoard>> ForwardedCalls<Derived>::pollBoard(Id sessionId) {
    return self().template call<wire::call::PollBoardView>(sessionId);
}

template <typename Derived>
QFuture<Result<PollDetail>> ForwardedCalls<Derived>::pollDetail(Id sessionId, Id pollId) {
    return self().template call<wire::call::PollDetailView>(sessionId, pollId);
}

template <typename Derived>
QFuture<Result<CreatedPoll>>
ForwardedCalls<Derived>::createPoll(Id sessionId, const PollDraft& draft, bool startNow) {
    return self().template call<wire::call::CreatePoll>(sessionId, draft, startNow);
}

template <typename Derived>
QFuture<Result<LivePoll>> ForwardedCalls<Derived>::updatePoll(Id pollId, const PollDraft& draft) {
    return self().template call<wire::call::UpdatePoll>(pollId, draft);
}

template <typename Derived>
QFuture<Result<LivePoll>> ForwardedCalls<Derived>::deletePoll(Id pollId) {
    return self().template call<wire::call::DeletePoll>(pollId);
}

template <typename Derived>
QFuture<Result<LivePoll>> ForwardedCalls<Derived>::startPoll(Id pollId) {
    return self().template call<wire::call::StartPoll>(pollId);
}

template <typename Derived>
QFuture<Result<LivePoll>> ForwardedCalls<Derived>::closePoll(Id pollId) {
    return self().template call<wire::call::ClosePoll>(pollId);
}

template <typename Derived>
QFuture<Result<QList<Course>>> ForwardedCalls<Derived>::reportCourses() {
    return self().template call<wire::call::ReportCourses>();
}

template <typename Derived>
QFuture<Result<CourseDashboard>> ForwardedCalls<Derived>::courseDashboard(Id courseId,
                                                                          const DateRange& range,
                                                                          double requiredShare) {
    return self().template call<wire::call::CourseDashboardView>(courseId, range, requiredShare);
}

template <typename Derived>
QFuture<Result<Roster>> ForwardedCalls<Derived>::readRoster(const QByteArray& file) {
    return self().template call<wire::call::ReadRoster>(file);
}

template <typename Derived>
QFuture<Result<RosterOutcome>>
ForwardedCalls<Derived>::importRoster(Id courseId, const QByteArray& file, bool skipBadLines) {
    return self().template call<wire::call::ImportRoster>(courseId, file, skipBadLines);
}

} // namespace lectern::client
