#include "perform.h"

#include "domain/importfile.h"
#include "domain/try.h"
#include "platform/agorakeys.h"
#include "reports/attendanceimport.h"
#include "reports/courseattendance.h"
#include "reports/courseexport.h"
#include "reports/roster.h"
#include "services/access.h"
#include "services/attendanceservice.h"
#include "services/chatservice.h"
#include "services/participationservice.h"
#include "services/pollservice.h"
#include "services/questionservice.h"
#include "services/recordingservice.h"
#include "services/sessionservice.h"
#include "services/views/chatview.h"
#include "services/views/coursesview.h"
#include "services/views/liveclassview.h"
#include "services/views/pollview.h"
#include "services/views/scheduleview.h"
#include "services/views/sessionrecordsview.h"
#include "services/views/standing.h"

namespace lectern::calls {

Result<QList<LiveSession>> perform(call::Sessions, const ServiceContext& context, const User& user,
                                   const SessionQuery& query) {
    return SessionService(context).listSessions(user, views::sessionFilter(user, query));
}

Result<Schedule> perform(call::ScheduleView, const ServiceContext& context, const User& user,
                         const SessionQuery& query) {
    return views::readSchedule(context, user, query);
}

Result<ScheduledSession> perform(call::SaveSession, const ServiceContext& context, const User& user,
                                 const LiveSession& draft) {
    SessionService sessions(context);
    return draft.id ? sessions.updateLiveSession(user, draft.id, draft)
                    : sessions.createLiveSession(user, draft);
}

Result<SessionRemoval> perform(call::PreviewRemoval, const ServiceContext& context,
                               const User& user, Id sessionId) {
    return SessionService(context).previewRemoval(user, sessionId);
}

Result<SessionRemoval> perform(call::DeleteSession, const ServiceContext& context, const User& user,
                               Id sessionId) {
    return SessionService(context).removeLiveSession(user, sessionId, false);
}

Result<LiveSession> perform(call::CancelSession, const ServiceContext& context, const User& user,
                            Id sessionId) {
    return SessionService(context).cancelLiveSession(user, sessionId);
}

Result<LiveSession> perform(call::StartSession, const ServiceContext& context, const User& user,
                            Id sessionId) {
    return SessionService(context).startLiveSession(user, sessionId);
}

Result<SessionRecords> perform(call::SessionRecordsView, const ServiceContext& context,
                               const User& user, Id sessionId) {
    return views::readSessionRecords(context, user, sessionId);
}

Result<SessionRecording> perform(call::CreateRecording, const ServiceContext& context,
                                 const User& user, Id sessionId, const RecordingDraft& draft) {
    return RecordingService(context).createRecording(user, sessionId, draft);
}

Result<RecordingView> perform(call::TrackRecordingView, const ServiceContext& context,
                              const User& user, Id recordingId, const ViewProgress& progress) {
    return RecordingService(context).trackRecordingView(user, recordingId, progress);
}

Result<SessionAttendance> perform(call::VerifyAttendance, const ServiceContext& context,
                                  const User& user, Id attendanceId, AttendanceStatus status,
                                  const QString& notes) {
    return AttendanceService(context).verifyAttendance(user, attendanceId, status, notes);
}

Result<QList<AttendanceChange>> perform(call::AttendanceHistory, const ServiceContext& context,
                                        const User& user, Id sessionId) {
    return AttendanceService(context).attendanceHistory(user, sessionId);
}

Result<AttendanceImport> perform(call::ImportAttendance, const ServiceContext& context,
                                 const User& user, Id sessionId, const QByteArray& report,
                                 const AttendanceImportOptions& options) {
    return reports::importPlatformAttendance(context, user, sessionId, report, options);
}

Result<LiveClass> perform(call::LiveClassView, const ServiceContext& context, const User& user) {
    return views::readLiveClass(context, user);
}

Result<LiveSession> perform(call::EndSession, const ServiceContext& context, const User& user,
                            Id sessionId) {
    return SessionService(context).endLiveSession(user, sessionId);
}

Result<SessionParticipant> perform(call::SetBanned, const ServiceContext& context, const User& user,
                                   Id participantId, bool banned) {
    return ParticipationService(context).setBanned(user, participantId, banned);
}

Result<SessionParticipant> perform(call::SetModerator, const ServiceContext& context,
                                   const User& user, Id participantId, bool moderator) {
    return ParticipationService(context).setModerator(user, participantId, moderator);
}

Result<AgoraJoin> perform(call::AgoraJoinFor, const ServiceContext& context, const User& user,
                          Id sessionId) {
    LECTERN_TRY(const SessionInContext loaded, views::readStanding(context, user, sessionId));
    LECTERN_CHECK(requireManager(loaded.access, QStringLiteral("join it as its host")));
    const LiveSession& session = loaded.session;
    if (session.platform != Platform::Agora)
        return std::unexpected(Error::conflict(
            QStringLiteral("This session is not on Agora; join it by its meeting link")));
    // The keys are this computer's: kept in its keychain, never in the database.
    LECTERN_TRY(const std::optional<AgoraKeys> keys,
                platform::AgoraKeyStore(SecretStore::forThisUser()).load());
    if (!keys)
        return std::unexpected(Error::notFound(
            QStringLiteral("Add the Agora app id and certificate first (File ▸ Agora keys…)")));
    return platform::agoraJoinFor(*keys, session, static_cast<quint32>(user.id), context.now());
}

Result<std::optional<AgoraKeys>> perform(call::AgoraKeysKept, const ServiceContext&, const User&) {
    return platform::AgoraKeyStore(SecretStore::forThisUser()).load();
}

Status perform(call::ForgetAgoraKeys, const ServiceContext&, const User&) {
    return platform::AgoraKeyStore(SecretStore::forThisUser()).forget();
}

Result<ChatPage> perform(call::ChatPageView, const ServiceContext& context, const User& user,
                         Id sessionId, const ChatQuery& query) {
    return views::readChatPage(context, user, sessionId, query);
}

Result<LiveChatMessage> perform(call::SendChat, const ServiceContext& context, const User& user,
                                Id sessionId, const ChatDraft& draft) {
    return ChatService(context).sendChatMessage(user, sessionId, draft);
}

Result<LiveChatMessage> perform(call::LikeChat, const ServiceContext& context, const User& user,
                                Id messageId) {
    return ChatService(context).likeChatMessage(user, messageId);
}

Result<LiveChatMessage> perform(call::PinChat, const ServiceContext& context, const User& user,
                                Id messageId, bool pinned) {
    return ChatService(context).setPinned(user, messageId, pinned);
}

Result<LiveChatMessage> perform(call::DeleteChat, const ServiceContext& context, const User& user,
                                Id messageId) {
    return ChatService(context).deleteChatMessage(user, messageId);
}

Result<SessionParticipant> perform(call::BanFromSession, const ServiceContext& context,
                                   const User& user, Id sessionId, Id userId) {
    return views::banFromSession(context, user, sessionId, userId);
}

Result<QuestionBoard> perform(call::QuestionBoardView, const ServiceContext& context,
                              const User& user, Id sessionId) {
    return views::readQuestionBoard(context, user, sessionId);
}

Result<LiveQuestion> perform(call::AnswerQuestion, const ServiceContext& context, const User& user,
                             Id questionId, const QString& answer) {
    return QuestionService(context).answerQuestion(user, questionId, answer);
}

Result<LiveQuestion> perform(call::DismissQuestion, const ServiceContext& context, const User& user,
                             Id questionId) {
    return QuestionService(context).dismissQuestion(user, questionId);
}

Result<LiveQuestion> perform(call::FeatureQuestion, const ServiceContext& context, const User& user,
                             Id questionId, bool featured) {
    return QuestionService(context).setFeatured(user, questionId, featured);
}

Result<PollBoard> perform(call::PollBoardView, const ServiceContext& context, const User& user,
                          Id sessionId) {
    return views::readPollBoard(context, user, sessionId);
}

Result<PollDetail> perform(call::PollDetailView, const ServiceContext& context, const User& user,
                           Id sessionId, Id pollId) {
    return views::readPollDetail(context, user, sessionId, pollId);
}

Result<CreatedPoll> perform(call::CreatePoll, const ServiceContext& context, const User& user,
                            Id sessionId, const PollDraft& draft, bool startNow) {
    return views::createPoll(context, user, sessionId, draft, startNow);
}

Result<LivePoll> perform(call::UpdatePoll, const ServiceContext& context, const User& user,
                         Id pollId, const PollDraft& draft) {
    return PollService(context).updatePoll(user, pollId, draft);
}

Result<LivePoll> perform(call::DeletePoll, const ServiceContext& context, const User& user,
                         Id pollId) {
    return PollService(context).deletePoll(user, pollId);
}

Result<LivePoll> perform(call::StartPoll, const ServiceContext& context, const User& user,
                         Id pollId) {
    return PollService(context).startPoll(user, pollId);
}

Result<LivePoll> perform(call::ClosePoll, const ServiceContext& context, const User& user,
                         Id pollId) {
    return PollService(context).closePoll(user, pollId);
}

Result<QList<Course>> perform(call::ReportCourses, const ServiceContext& context,
                              const User& user) {
    return views::coursesRunBy(context, user);
}

Result<CourseDashboard> perform(call::CourseDashboardView, const ServiceContext& context,
                                const User& user, Id courseId, const DateRange& range,
                                double requiredShare) {
    return reports::readCourseDashboard(context, user, courseId, range, requiredShare);
}

Result<RosterOutcome> perform(call::ImportRoster, const ServiceContext& context, const User& user,
                              Id courseId, const QByteArray& file, bool skipBadLines) {
    return reports::importRosterFile(context, user, courseId, file, skipBadLines);
}

Status perform(call::SaveAgoraKeys, const ServiceContext&, const User&, const AgoraKeys& keys) {
    return platform::AgoraKeyStore(SecretStore::forThisUser()).save(keys);
}

Result<Roster> perform(call::ReadRoster, const ServiceContext&, const User& user,
                       const QByteArray& file) {
    // Only those who enrol people read rosters (on a server, parsing is work done for them).
    if (!user.runsCourses())
        return std::unexpected(
            Error::forbidden(QStringLiteral("Only instructors and admins import rosters")));
    LECTERN_CHECK(checkImportFileSize(file.size()));
    return reports::readRoster(file);
}

Result<ExportedFile> perform(call::ExportCourse, const ServiceContext& context, const User& user,
                             const CourseExport& request, const reports::ReportProgress& watch) {
    return reports::exportCourse(context, user, request, watch);
}

} // namespace lectern::calls
