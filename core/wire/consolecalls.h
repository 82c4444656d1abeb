#pragma once

#include "types.h"

#include <QLatin1StringView>

#include <array>
#include <tuple>

// Every call of the console's API as it crosses the wire: POST /api/console/<path> with a JSON
// object of named arguments, answered with {"answer": ...} (or the hub's {"error": ...}). The
// local console runs the same calls in process (calls/perform.h), so both give one answer.
namespace lectern::wire::call {

// A call's answer (void for a bare Status) and its arguments, named as the body spells them.
template <typename AnswerType, typename... ArgumentTypes> struct Shape {
    using Answer = AnswerType;
    using Arguments = std::tuple<ArgumentTypes...>;
};

#define LECTERN_EXPAND(...) __VA_ARGS__
// LECTERN_CALL(Name, "path", (Answer, Argument...), ("argument_name", ...))
#define LECTERN_CALL(Name, pathText, shape, argumentNames)                                         \
    struct Name : Shape<LECTERN_EXPAND shape> {                                                    \
        static constexpr QLatin1StringView path{pathText};                                         \
        static constexpr std::array<const char*, std::tuple_size_v<Arguments>> names{              \
            LECTERN_EXPAND argumentNames};                                                         \
    };

// Schedule
LECTERN_CALL(Sessions, "sessions", (QList<LiveSession>, SessionQuery), ("query"))
LECTERN_CALL(ScheduleView, "schedule", (Schedule, SessionQuery), ("query"))
LECTERN_CALL(SaveSession, "sessions/save", (ScheduledSession, LiveSession), ("draft"))
LECTERN_CALL(PreviewRemoval, "sessions/preview-removal", (SessionRemoval, Id), ("session_id"))
LECTERN_CALL(DeleteSession, "sessions/delete", (SessionRemoval, Id), ("session_id"))
LECTERN_CALL(CancelSession, "sessions/cancel", (LiveSession, Id), ("session_id"))
LECTERN_CALL(StartSession, "sessions/start", (LiveSession, Id), ("session_id"))
// Live
LECTERN_CALL(LiveClassView, "live-class", (LiveClass), ())
LECTERN_CALL(EndSession, "sessions/end", (LiveSession, Id), ("session_id"))
LECTERN_CALL(SetBanned, "participants/banned", (SessionParticipant, Id, bool),
             ("participant_id", "banned"))
LECTERN_CALL(SetModerator, "participants/moderator", (SessionParticipant, Id, bool),
             ("participant_id", "moderator"))
LECTERN_CALL(AgoraJoinFor, "agora/join", (AgoraJoin, Id), ("session_id"))
LECTERN_CALL(AgoraKeysKept, "agora/keys", (std::optional<AgoraKeys>), ())
LECTERN_CALL(SaveAgoraKeys, "agora/keys/save", (void, AgoraKeys), ("keys"))
LECTERN_CALL(ForgetAgoraKeys, "agora/keys/forget", (void), ())
// Moderation
LECTERN_CALL(ChatPageView, "chat", (ChatPage, Id, ChatQuery), ("session_id", "query"))
LECTERN_CALL(SendChat, "chat/send", (LiveChatMessage, Id, ChatDraft), ("session_id", "draft"))
LECTERN_CALL(LikeChat, "chat/like", (LiveChatMessage, Id), ("message_id"))
LECTERN_CALL(PinChat, "chat/pin", (LiveChatMessage, Id, bool), ("message_id", "pinned"))
LECTERN_CALL(DeleteChat, "chat/delete", (LiveChatMessage, Id), ("message_id"))
LECTERN_CALL(BanFromSession, "sessions/ban", (SessionParticipant, Id, Id),
             ("session_id", "user_id"))
LECTERN_CALL(QuestionBoardView, "questions", (QuestionBoard, Id), ("session_id"))
LECTERN_CALL(AnswerQuestion, "questions/answer", (LiveQuestion, Id, QString),
             ("question_id", "answer"))
LECTERN_CALL(DismissQuestion, "questions/dismiss", (LiveQuestion, Id), ("question_id"))
LECTERN_CALL(FeatureQuestion, "questions/feature", (LiveQuestion, Id, bool),
             ("question_id", "featured"))
// Polls
LECTERN_CALL(PollBoardView, "polls", (PollBoard, Id), ("session_id"))
LECTERN_CALL(PollDetailView, "polls/detail", (PollDetail, Id, Id), ("session_id", "poll_id"))
LECTERN_CALL(CreatePoll, "polls/create", (CreatedPoll, Id, PollDraft, bool),
             ("session_id", "draft", "start_now"))
LECTERN_CALL(UpdatePoll, "polls/update", (LivePoll, Id, PollDraft), ("poll_id", "draft"))
LECTERN_CALL(DeletePoll, "polls/delete", (LivePoll, Id), ("poll_id"))
LECTERN_CALL(StartPoll, "polls/start", (LivePoll, Id), ("poll_id"))
LECTERN_CALL(ClosePoll, "polls/close", (LivePoll, Id), ("poll_id"))
// Reports
LECTERN_CALL(ReportCourses, "courses", (QList<Course>), ())
LECTERN_CALL(CourseDashboardView, "courses/dashboard", (CourseDashboard, Id, DateRange, double),
             ("course_id", "range", "required_share"))
LECTERN_CALL(ExportCourse, "courses/export", (ExportedFile, CourseExport), ("request"))
LECTERN_CALL(ReadRoster, "roster/read", (Roster, QByteArray), ("file"))
LECTERN_CALL(ImportRoster, "roster/import", (RosterOutcome, Id, QByteArray, bool),
             ("course_id", "file", "skip_bad_lines"))
// Recordings and attendance
LECTERN_CALL(SessionRecordsView, "records", (SessionRecords, Id), ("session_id"))
LECTERN_CALL(CreateRecording, "recordings/create", (SessionRecording, Id, RecordingDraft),
             ("session_id", "draft"))
LECTERN_CALL(TrackRecordingView, "recordings/view", (RecordingView, Id, ViewProgress),
             ("recording_id", "progress"))
LECTERN_CALL(VerifyAttendance, "attendance/verify",
             (SessionAttendance, Id, AttendanceStatus, QString),
             ("attendance_id", "status", "notes"))
LECTERN_CALL(AttendanceHistory, "attendance/history", (QList<AttendanceChange>, Id), ("session_id"))
LECTERN_CALL(ImportAttendance, "attendance/import",
             (AttendanceImport, Id, QByteArray, AttendanceImportOptions),
             ("session_id", "report", "options"))

#undef LECTERN_CALL
#undef LECTERN_EXPAND

// Every call, for the hub to serve them all and the tests to check them all.
using All =
    std::tuple<Sessions, ScheduleView, SaveSession, PreviewRemoval, DeleteSession, CancelSession,
               StartSession, LiveClassView, EndSession, SetBanned, SetModerator, AgoraJoinFor,
               AgoraKeysKept, SaveAgoraKeys, ForgetAgoraKeys, ChatPageView, SendChat, LikeChat,
               PinChat, DeleteChat, BanFromSession, QuestionBoardView, AnswerQuestion,
               DismissQuestion, FeatureQuestion, PollBoardView, PollDetailView, CreatePoll,
               UpdatePoll, DeletePoll, StartPoll, ClosePoll, ReportCourses, CourseDashboardView,
               ExportCourse, ReadRoster, ImportRoster, SessionRecordsView, CreateRecording,
               TrackRecordingView, VerifyAttendance, AttendanceHistory, ImportAttendance>;

// What a call's future holds: its answer, or why there is none.
template <typename Call> using Outcome = Result<typename Call::Answer>;

} // namespace lectern::wire::call

namespace lectern::wire {

// The body of a call: {name: argument, ...}.
template <typename Call, typename... A> QJsonObject encodeArguments(const A&... arguments) {
    static_assert(sizeof...(A) == std::tuple_size_v<typename Call::Arguments>);
    QJsonObject body;
    [[maybe_unused]] std::size_t i = 0;
    ((body.insert(QLatin1String(Call::names[i++]), encode(arguments))), ...);
    return body;
}

// The arguments a body holds; Invalid naming the first that is missing or wrong.
template <typename Call> Result<typename Call::Arguments> decodeArguments(const QJsonObject& body) {
    typename Call::Arguments arguments{};
    Status status;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        [[maybe_unused]] const auto one = [&](auto& argument, const char* name) {
            if (!status)
                return;
            const QString key = QLatin1String(name);
            if (!body.contains(key))
                status = std::unexpected(Error::invalid(key, key + QStringLiteral(" is missing")));
            else
                status = decode(body.value(key), argument, key);
        };
        (one(std::get<I>(arguments), Call::names[I]), ...);
    }
    (std::make_index_sequence<std::tuple_size_v<typename Call::Arguments>>{});
    if (!status)
        return std::unexpected(status.error());
    return arguments;
}

// The answer's JSON: {"answer": value} ({"answer": null} for a call that answers nothing).
template <typename Call> QJsonObject encodeAnswer(const call::Outcome<Call>& outcome) {
    if constexpr (std::is_void_v<typename Call::Answer>)
        return {{QStringLiteral("answer"), QJsonValue::Null}};
    else
        return {{QStringLiteral("answer"), encode(*outcome)}};
}

template <typename Call> call::Outcome<Call> decodeAnswer(const QJsonObject& body) {
    if constexpr (std::is_void_v<typename Call::Answer>)
        return {};
    else
        return decoded<typename Call::Answer>(body.value(QStringLiteral("answer")),
                                              QStringLiteral("answer"));
}

} // namespace lectern::wire
