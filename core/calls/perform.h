#pragma once

#include "reports/courseattendance.h"
#include "services/servicecontext.h"
#include "wire/consolecalls.h"

#include <tuple>

// What each call of the console's API does, for `user`: the one place it is written, run in
// process by the local console and by the hub for a console signed in to it. Permission checks
// are the services' own; each function only puts the view or the command together.
namespace lectern::calls {

namespace call = wire::call;

Result<QList<LiveSession>> perform(call::Sessions, const ServiceContext& context, const User& user,
                                   const SessionQuery& query);
Result<Schedule> perform(call::ScheduleView, const ServiceContext& context, const User& user,
                         const SessionQuery& query);
Result<ScheduledSession> perform(call::SaveSession, const ServiceContext& context, const User& user,
                                 const LiveSession& draft);
Result<SessionRemoval> perform(call::PreviewRemoval, const ServiceContext& context,
                               const User& user, Id sessionId);
Result<SessionRemoval> perform(call::DeleteSession, const ServiceContext& context, const User& user,
                               Id sessionId);
Result<LiveSession> perform(call::CancelSession, const ServiceContext& context, const User& user,
                            Id sessionId);
Result<LiveSession> perform(call::StartSession, const ServiceContext& context, const User& user,
                            Id sessionId);
Result<SessionRecords> perform(call::SessionRecordsView, const ServiceContext& context,
                               const User& user, Id sessionId);
Result<SessionRecording> perform(call::CreateRecording, const ServiceContext& context,
                                 const User& user, Id sessionId, const RecordingDraft& draft);
Result<RecordingView> perform(call::TrackRecordingView, const ServiceContext& context,
                              const User& user, Id recordingId, const ViewProgress& progress);
Result<SessionAttendance> perform(call::VerifyAttendance, const ServiceContext& context,
                                  const User& user, Id attendanceId, AttendanceStatus status,
                                  const QString& notes);
Result<QList<AttendanceChange>> perform(call::AttendanceHistory, const ServiceContext& context,
                                        const User& user, Id sessionId);
Result<AttendanceImport> perform(call::ImportAttendance, const ServiceContext& context,
                                 const User& user, Id sessionId, const QByteArray& report,
                                 const AttendanceImportOptions& options);
Result<LiveClass> perform(call::LiveClassView, const ServiceContext& context, const User& user);
Result<LiveSession> perform(call::EndSession, const ServiceContext& context, const User& user,
                            Id sessionId);
Result<SessionParticipant> perform(call::SetBanned, const ServiceContext& context, const User& user,
                                   Id participantId, bool banned);
Result<SessionParticipant> perform(call::SetModerator, const ServiceContext& context,
                                   const User& user, Id participantId, bool moderator);
Result<AgoraJoin> perform(call::AgoraJoinFor, const ServiceContext& context, const User& user,
                          Id sessionId);
Result<std::optional<AgoraKeys>> perform(call::AgoraKeysKept, const ServiceContext&, const User&);
Status perform(call::ForgetAgoraKeys, const ServiceContext&, const User&);
Result<ChatPage> perform(call::ChatPageView, const ServiceContext& context, const User& user,
                         Id sessionId, const ChatQuery& query);
Result<LiveChatMessage> perform(call::SendChat, const ServiceContext& context, const User& user,
                                Id sessionId, const ChatDraft& draft);
Result<LiveChatMessage> perform(call::LikeChat, const ServiceContext& context, const User& user,
                                Id messageId);
Result<LiveChatMessage> perform(call::PinChat, const ServiceContext& context, const User& user,
                                Id messageId, bool pinned);
Result<LiveChatMessage> perform(call::DeleteChat, const ServiceContext& context, const User& user,
                                Id messageId);
Result<SessionParticipant> perform(call::BanFromSession, const ServiceContext& context,
                                   const User& user, Id sessionId, Id userId);
Result<QuestionBoard> perform(call::QuestionBoardView, const ServiceContext& context,
                              const User& user, Id sessionId);
Result<LiveQuestion> perform(call::AnswerQuestion, const ServiceContext& context, const User& user,
                             Id questionId, const QString& answer);
Result<LiveQuestion> perform(call::DismissQuestion, const ServiceContext& context, const User& user,
                             Id questionId);
Result<LiveQuestion> perform(call::FeatureQuestion, const ServiceContext& context, const User& user,
                             Id questionId, bool featured);
Result<PollBoard> perform(call::PollBoardView, const ServiceContext& context, const User& user,
                          Id sessionId);
Result<PollDetail> perform(call::PollDetailView, const ServiceContext& context, const User& user,
                           Id sessionId, Id pollId);
Result<CreatedPoll> perform(call::CreatePoll, const ServiceContext& context, const User& user,
                            Id sessionId, const PollDraft& draft, bool startNow);
Result<LivePoll> perform(call::UpdatePoll, const ServiceContext& context, const User& user,
                         Id pollId, const PollDraft& draft);
Result<LivePoll> perform(call::DeletePoll, const ServiceContext& context, const User& user,
                         Id pollId);
Result<LivePoll> perform(call::StartPoll, const ServiceContext& context, const User& user,
                         Id pollId);
Result<LivePoll> perform(call::ClosePoll, const ServiceContext& context, const User& user,
                         Id pollId);
Result<QList<Course>> perform(call::ReportCourses, const ServiceContext& context, const User& user);
Result<CourseDashboard> perform(call::CourseDashboardView, const ServiceContext& context,
                                const User& user, Id courseId, const DateRange& range,
                                double requiredShare);
Result<RosterOutcome> perform(call::ImportRoster, const ServiceContext& context, const User& user,
                              Id courseId, const QByteArray& file, bool skipBadLines);
Status perform(call::SaveAgoraKeys, const ServiceContext&, const User&, const AgoraKeys& keys);
Result<Roster> perform(call::ReadRoster, const ServiceContext&, const User& user,
                       const QByteArray& file);
// Without `watch`, the export runs to its end; with it, it tells its progress and stops when asked.
Result<ExportedFile> perform(call::ExportCourse, const ServiceContext& context, const User& user,
                             const CourseExport& request,
                             const reports::ReportProgress& watch = {});

// `Call` with its arguments as a tuple (as the hub decodes them).
template <typename Call>
call::Outcome<Call> performCall(const ServiceContext& context, const User& user,
                                const typename Call::Arguments& arguments) {
    return std::apply(
        [&](const auto&... argument) { return perform(Call{}, context, user, argument...); },
        arguments);
}

} // namespace lectern::calls
