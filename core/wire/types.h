#pragma once

#include "codec.h"
#include "domain/agorajoin.h"
#include "domain/agorakeys.h"
#include "domain/attendanceimport.h"
#include "domain/chatdraft.h"
#include "domain/domainevent.h"
#include "domain/livesession.h"
#include "domain/polldraft.h"
#include "domain/sessionchanges.h"
#include "domain/sessionquery.h"
#include "domain/views/chatpage.h"
#include "domain/views/coursedashboard.h"
#include "domain/views/courseexport.h"
#include "domain/views/liveclass.h"
#include "domain/views/pollboard.h"
#include "domain/views/questionboard.h"
#include "domain/views/rosterimport.h"
#include "domain/views/schedule.h"
#include "domain/views/sessionrecords.h"

// The fields of every type the console and the hub exchange. A field added to a domain type
// goes here too, or it does not cross the wire (the round-trip test in tst_wire notices).
namespace lectern {

template <> struct EnumStrings<ChatQuery::Part> {
    static constexpr std::array table = {
        std::pair{ChatQuery::Part::Newest, "newest"}, std::pair{ChatQuery::Part::Before, "before"},
        std::pair{ChatQuery::Part::After, "after"}, std::pair{ChatQuery::Part::WithIds, "ids"},
        std::pair{ChatQuery::Part::Pinned, "pinned"}};
};
template <> struct EnumStrings<CourseExport::Kind> {
    static constexpr std::array table = {std::pair{CourseExport::Kind::Attendance, "attendance"},
                                         std::pair{CourseExport::Kind::Polls, "polls"},
                                         std::pair{CourseExport::Kind::Calendar, "calendar"}};
};
template <> struct EnumStrings<ExportFormat> {
    static constexpr std::array table = {std::pair{ExportFormat::Csv, "csv"},
                                         std::pair{ExportFormat::Xlsx, "xlsx"},
                                         std::pair{ExportFormat::Pdf, "pdf"}};
};

} // namespace lectern

namespace lectern::wire {

#define LECTERN_WIRE_FIELDS(Type, ...)                                                             \
    template <> struct Fields<Type> {                                                              \
        using T = Type;                                                                            \
        static constexpr auto list = std::tuple{__VA_ARGS__};                                      \
    };
#define F(name, member) LECTERN_WIRE_FIELD(T, name, member)

LECTERN_WIRE_FIELDS(User, F("id", id), F("email", email), F("name", name), F("role", role),
                    F("created_at", createdAt), F("updated_at", updatedAt))
LECTERN_WIRE_FIELDS(Course, F("id", id), F("title", title), F("instructor_id", instructorId),
                    F("created_at", createdAt), F("updated_at", updatedAt))
LECTERN_WIRE_FIELDS(LiveSession, F("id", id), F("course_id", courseId),
                    F("instructor_id", instructorId), F("title", title),
                    F("description", description), F("session_type", sessionType),
                    F("scheduled_start", scheduledStart), F("scheduled_end", scheduledEnd),
                    F("actual_start", actualStart), F("actual_end", actualEnd),
                    F("platform", platform), F("meeting_link", meetingLink),
                    F("meeting_id", meetingId), F("meeting_password", meetingPassword),
                    F("stream_key", streamKey), F("channel_name", channelName),
                    F("max_participants", maxParticipants), F("enable_chat", enableChat),
                    F("enable_qa", enableQa), F("enable_polls", enablePolls),
                    F("enable_recording", enableRecording), F("status", status),
                    F("created_at", createdAt), F("updated_at", updatedAt),
                    F("password_withheld", passwordWithheld),
                    F("participant_total", participantTotal), F("joined_now", joinedNow))
LECTERN_WIRE_FIELDS(SessionParticipant, F("id", id), F("session_id", sessionId),
                    F("user_id", userId), F("status", status), F("joined_at", joinedAt),
                    F("left_at", leftAt), F("stint_started_at", stintStartedAt),
                    F("duration_seconds", durationSeconds),
                    F("chat_messages_count", chatMessagesCount),
                    F("questions_asked", questionsAsked), F("polls_answered", pollsAnswered),
                    F("can_unmute", canUnmute), F("can_share_screen", canShareScreen),
                    F("is_moderator", isModerator), F("created_at", createdAt),
                    F("updated_at", updatedAt), F("merged_seconds", mergedSeconds))
LECTERN_WIRE_FIELDS(LiveChatMessage, F("id", id), F("session_id", sessionId), F("user_id", userId),
                    F("content", content), F("message_type", messageType), F("file_url", fileUrl),
                    F("is_pinned", isPinned), F("is_deleted", isDeleted), F("is_edited", isEdited),
                    F("reply_to", replyTo), F("likes_count", likesCount),
                    F("created_at", createdAt), F("updated_at", updatedAt))
LECTERN_WIRE_FIELDS(LiveQuestion, F("id", id), F("session_id", sessionId), F("user_id", userId),
                    F("question", question), F("answer", answer), F("status", status),
                    F("is_anonymous", isAnonymous), F("upvotes", upvotes),
                    F("is_featured", isFeatured), F("answered_by", answeredBy),
                    F("answered_at", answeredAt), F("created_at", createdAt),
                    F("updated_at", updatedAt))
LECTERN_WIRE_FIELDS(PollOption, F("id", id), F("poll_id", pollId), F("text", text),
                    F("order", order), F("votes_count", votesCount))
LECTERN_WIRE_FIELDS(LivePoll, F("id", id), F("session_id", sessionId), F("created_by", createdBy),
                    F("question", question), F("description", description), F("status", status),
                    F("allow_multiple_answers", allowMultipleAnswers),
                    F("show_results_immediately", showResultsImmediately),
                    F("is_anonymous", isAnonymous), F("duration_seconds", durationSeconds),
                    F("started_at", startedAt), F("ends_at", endsAt), F("created_at", createdAt),
                    F("updated_at", updatedAt), F("options", options))
LECTERN_WIRE_FIELDS(PollResults::Option, F("id", id), F("text", text), F("votes", votes),
                    F("percentage", percentage))
LECTERN_WIRE_FIELDS(PollResults, F("poll_id", pollId), F("question", question), F("status", status),
                    F("total_votes", totalVotes), F("options", options), F("hidden", hidden))
LECTERN_WIRE_FIELDS(SessionRecording, F("id", id), F("session_id", sessionId), F("title", title),
                    F("description", description), F("video_url", videoUrl),
                    F("thumbnail_url", thumbnailUrl), F("duration_seconds", durationSeconds),
                    F("file_size_mb", fileSizeMb), F("processing_status", processingStatus),
                    F("is_public", isPublic), F("requires_enrollment", requiresEnrollment),
                    F("views_count", viewsCount), F("downloads_count", downloadsCount),
                    F("created_at", createdAt), F("updated_at", updatedAt))
LECTERN_WIRE_FIELDS(RecordingView, F("id", id), F("recording_id", recordingId),
                    F("user_id", userId), F("watch_duration_seconds", watchDurationSeconds),
                    F("last_position_seconds", lastPositionSeconds), F("completed", completed),
                    F("device_type", deviceType), F("browser", browser), F("created_at", createdAt),
                    F("updated_at", updatedAt))
LECTERN_WIRE_FIELDS(SessionAttendance, F("id", id), F("session_id", sessionId),
                    F("participant_id", participantId), F("user_id", userId),
                    F("marked_present", markedPresent),
                    F("attendance_percentage", attendancePercentage), F("status", status),
                    F("verified_by", verifiedBy), F("verified_at", verifiedAt), F("notes", notes),
                    F("created_at", createdAt), F("updated_at", updatedAt))
LECTERN_WIRE_FIELDS(AttendanceChange, F("id", id), F("attendance_id", attendanceId),
                    F("changed_by", changedBy), F("changed_by_name", changedByName),
                    F("changed_at", changedAt), F("kind", kind), F("status_before", statusBefore),
                    F("status_after", statusAfter), F("percentage_before", percentageBefore),
                    F("percentage_after", percentageAfter), F("notes_before", notesBefore),
                    F("notes_after", notesAfter), F("detail", detail))

// Commands' arguments.
LECTERN_WIRE_FIELDS(SessionQuery, F("course_id", courseId), F("status", status),
                    F("hosted_by_me", hostedByMe), F("starts_from", startsFrom),
                    F("starts_before", startsBefore))
LECTERN_WIRE_FIELDS(ChatQuery, F("part", part), F("anchor", anchor), F("ids", ids),
                    F("limit", limit))
LECTERN_WIRE_FIELDS(ChatDraft, F("content", content), F("message_type", messageType),
                    F("reply_to", replyTo), F("file_url", fileUrl))
LECTERN_WIRE_FIELDS(PollDraft, F("question", question), F("description", description),
                    F("options", options), F("allow_multiple_answers", allowMultipleAnswers),
                    F("show_results_immediately", showResultsImmediately),
                    F("is_anonymous", isAnonymous), F("duration_seconds", durationSeconds))
LECTERN_WIRE_FIELDS(RecordingDraft, F("video_url", videoUrl), F("title", title),
                    F("description", description), F("thumbnail_url", thumbnailUrl),
                    F("duration_seconds", durationSeconds), F("file_size_mb", fileSizeMb),
                    F("processing_status", processingStatus), F("is_public", isPublic),
                    F("requires_enrollment", requiresEnrollment))
LECTERN_WIRE_FIELDS(ViewProgress, F("watch_duration_seconds", watchDurationSeconds),
                    F("last_position_seconds", lastPositionSeconds), F("device_type", deviceType),
                    F("browser", browser))
LECTERN_WIRE_FIELDS(AttendanceImportOptions, F("time_zone", timeZone),
                    F("assignments", assignments), F("skip_bad_lines", skipBadLines),
                    F("apply", apply))
LECTERN_WIRE_FIELDS(DateRange, F("from", from), F("to", to))
LECTERN_WIRE_FIELDS(CourseExport, F("kind", kind), F("course_id", courseId), F("range", range),
                    F("required_share", requiredShare), F("format", format))
LECTERN_WIRE_FIELDS(AgoraKeys, F("app_id", appId), F("app_certificate", appCertificate))

// Answers.
LECTERN_WIRE_FIELDS(SessionRights, F("manages", manages), F("staffs", staffs),
                    F("moderates", moderates))
LECTERN_WIRE_FIELDS(Schedule, F("sessions", sessions), F("courses", courses),
                    F("schedulable", schedulable), F("hosts", hosts), F("runs", runs),
                    F("next", next))
LECTERN_WIRE_FIELDS(ScheduledSession, F("session", session), F("warnings", warnings))
LECTERN_WIRE_FIELDS(SessionRemoval, F("archived", archived),
                    F("attendance_records", attendanceRecords), F("participants", participants))
LECTERN_WIRE_FIELDS(LiveClass, F("session", session), F("rights", rights), F("next", next),
                    F("participants", participants), F("people", people), F("read_at", readAt))
LECTERN_WIRE_FIELDS(AgoraJoin, F("app_id", appId), F("channel", channel), F("uid", uid),
                    F("token", token), F("expires_at", expiresAt))
LECTERN_WIRE_FIELDS(ChatPage, F("messages", messages), F("names", names))
LECTERN_WIRE_FIELDS(QuestionBoard, F("questions", questions), F("names", names))
LECTERN_WIRE_FIELDS(PollBoard, F("rights", rights), F("polls", polls))
LECTERN_WIRE_FIELDS(PollDetail, F("results", results), F("voters_known", votersKnown),
                    F("voted", voted), F("waiting", waiting))
LECTERN_WIRE_FIELDS(CreatedPoll, F("poll", poll), F("start_problem", startProblem))
LECTERN_WIRE_FIELDS(StudentTotals, F("person", person), F("sessions_held", sessionsHeld),
                    F("sessions_attended", sessionsAttended),
                    F("sessions_excused", sessionsExcused), F("seconds_attended", secondsAttended),
                    F("chat_messages", chatMessages), F("questions", questions),
                    F("poll_answers", pollAnswers), F("eligible", eligible))
LECTERN_WIRE_FIELDS(CourseDashboard, F("sessions_held", sessionsHeld), F("totals", totals))
LECTERN_WIRE_FIELDS(ExportedFile, F("content", content), F("summary", summary),
                    F("sessions", sessions))
LECTERN_WIRE_FIELDS(RosterEntry, F("line", line), F("email", email), F("name", name),
                    F("role", role))
LECTERN_WIRE_FIELDS(RosterProblem, F("line", line), F("message", message))
LECTERN_WIRE_FIELDS(Roster, F("entries", entries), F("problems", problems))
LECTERN_WIRE_FIELDS(RosterImport, F("created", created), F("enrolled", enrolled),
                    F("already_enrolled", alreadyEnrolled))
LECTERN_WIRE_FIELDS(RosterOutcome, F("import", import), F("passwords", passwords))
LECTERN_WIRE_FIELDS(SessionRecords, F("rights", rights), F("recordings", recordings),
                    F("completions", completions), F("attendance", attendance), F("people", people),
                    F("attendance_problem", attendanceProblem))
LECTERN_WIRE_FIELDS(PlatformReportProblem, F("line", line), F("message", message))
LECTERN_WIRE_FIELDS(ImportedAttendance, F("student", student), F("lines", lines),
                    F("report_seconds", reportSeconds), F("seconds_before", secondsBefore),
                    F("seconds_after", secondsAfter), F("percentage_before", percentageBefore),
                    F("percentage_after", percentageAfter), F("status_before", statusBefore),
                    F("status_after", statusAfter), F("verified", verified))
LECTERN_WIRE_FIELDS(UnmatchedAttendance, F("name", name), F("email", email), F("lines", lines),
                    F("report_seconds", reportSeconds), F("reason", reason))
LECTERN_WIRE_FIELDS(AttendanceImport, F("source", source), F("matched", matched),
                    F("unmatched", unmatched), F("problems", problems),
                    F("staff_lines", staffLines), F("students", students), F("applied", applied))
LECTERN_WIRE_FIELDS(DomainEvent, F("type", type), F("session_id", sessionId),
                    F("entity_id", entityId))

#undef F
#undef LECTERN_WIRE_FIELDS

} // namespace lectern::wire
