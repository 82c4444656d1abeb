#include "jsonformat.h"

#include "domain/rules.h"

#include <QJsonArray>

namespace lectern::json {

QJsonValue time(const QDateTime& value) {
    if (!value.isValid())
        return QJsonValue::Null;
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject person(const User& user, bool withEmail) {
    QJsonObject object{{QStringLiteral("id"), user.id}, {QStringLiteral("name"), user.name}};
    if (withEmail)
        object.insert(QStringLiteral("email"), user.email);
    // So pages can label a TA's messages; the host is the session's instructor.
    if (user.role == Role::Ta)
        object.insert(QStringLiteral("is_ta"), true);
    return object;
}

QJsonObject account(const User& user) {
    QJsonObject object = person(user, true);
    object.insert(QStringLiteral("role"), enumName(user.role));
    return object;
}

QJsonObject session(const LiveSession& s, const QJsonObject& instructor, const QDateTime& now) {
    QJsonObject object{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("course"), s.courseId},
        {QStringLiteral("instructor"), instructor},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("description"), s.description},
        {QStringLiteral("session_type"), enumName(s.sessionType)},
        {QStringLiteral("scheduled_start"), time(s.scheduledStart)},
        {QStringLiteral("scheduled_end"), time(s.scheduledEnd)},
        {QStringLiteral("actual_start"), time(s.actualStart)},
        {QStringLiteral("actual_end"), time(s.actualEnd)},
        {QStringLiteral("platform"), enumName(s.platform)},
        {QStringLiteral("meeting_link"), s.meetingLink},
        {QStringLiteral("meeting_id"), s.meetingId},
        {QStringLiteral("channel_name"), s.channelName},
        {QStringLiteral("max_participants"), s.maxParticipants},
        {QStringLiteral("enable_chat"), s.enableChat},
        {QStringLiteral("enable_qa"), s.enableQa},
        {QStringLiteral("enable_polls"), s.enablePolls},
        {QStringLiteral("enable_recording"), s.enableRecording},
        {QStringLiteral("status"), enumName(s.status)},
        {QStringLiteral("created_at"), time(s.createdAt)},
        {QStringLiteral("updated_at"), time(s.updatedAt)},
        {QStringLiteral("duration_minutes"), s.durationMinutes()},
        {QStringLiteral("participant_count"), s.participantCount()},
        {QStringLiteral("joined_count"), s.joinedNow},
        {QStringLiteral("available_slots"), s.availableSlots()},
        {QStringLiteral("is_upcoming"), s.isUpcoming(now)},
        {QStringLiteral("is_live"), s.isLive()},
        {QStringLiteral("is_past"), s.isPast(now)},
        {QStringLiteral("has_password"), s.hasPassword()},
    };
    // The services already emptied what this viewer may not know.
    if (!s.meetingPassword.isEmpty())
        object.insert(QStringLiteral("meeting_password"), s.meetingPassword);
    if (!s.streamKey.isEmpty())
        object.insert(QStringLiteral("stream_key"), s.streamKey);
    return object;
}

QJsonValue personOf(const QHash<Id, User>& users, Id id, bool withEmail) {
    if (id == 0)
        return QJsonValue::Null;
    const auto found = users.constFind(id);
    if (found == users.constEnd())
        return QJsonObject{{QStringLiteral("id"), id}};
    return person(*found, withEmail);
}

QJsonObject participant(const SessionParticipant& p, const QHash<Id, User>& users,
                        qint64 sessionSeconds, const QDateTime& now, bool withEmail,
                        bool forStaffOrSelf) {
    QJsonObject object{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("session"), p.sessionId},
        {QStringLiteral("user"), personOf(users, p.userId, withEmail)},
        {QStringLiteral("status"), enumName(p.status)},
        {QStringLiteral("joined_at"), time(p.joinedAt)},
        {QStringLiteral("left_at"), time(p.leftAt)},
        {QStringLiteral("can_unmute"), p.canUnmute},
        {QStringLiteral("can_share_screen"), p.canShareScreen},
        {QStringLiteral("is_moderator"), p.isModerator},
    };
    if (forStaffOrSelf) {
        object.insert(QStringLiteral("duration_seconds"), p.attendedSeconds(now));
        object.insert(QStringLiteral("chat_messages_count"), p.chatMessagesCount);
        object.insert(QStringLiteral("questions_asked"), p.questionsAsked);
        object.insert(QStringLiteral("polls_answered"), p.pollsAnswered);
        object.insert(QStringLiteral("attendance_rate"),
                      rules::roundOneDecimal(p.attendanceRate(sessionSeconds, now)));
    }
    return object;
}

QJsonObject message(const LiveChatMessage& m, const QHash<Id, User>& users, bool withEmail) {
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("session"), m.sessionId},
        {QStringLiteral("user"), personOf(users, m.userId, withEmail)},
        {QStringLiteral("content"), m.content},
        {QStringLiteral("message_type"), enumName(m.messageType)},
        {QStringLiteral("file_url"), m.fileUrl},
        {QStringLiteral("is_pinned"), m.isPinned},
        {QStringLiteral("is_deleted"), m.isDeleted},
        {QStringLiteral("is_edited"), m.isEdited},
        {QStringLiteral("reply_to"), m.replyTo ? QJsonValue(*m.replyTo) : QJsonValue::Null},
        {QStringLiteral("likes_count"), m.likesCount},
        {QStringLiteral("created_at"), time(m.createdAt)},
        {QStringLiteral("updated_at"), time(m.updatedAt)},
    };
}

QJsonObject question(const LiveQuestion& q, const QHash<Id, User>& users, bool withEmail) {
    return QJsonObject{
        {QStringLiteral("id"), q.id},
        {QStringLiteral("session"), q.sessionId},
        {QStringLiteral("user"), personOf(users, q.userId, withEmail)},
        {QStringLiteral("question"), q.question},
        {QStringLiteral("answer"), q.answer},
        {QStringLiteral("status"), enumName(q.status)},
        {QStringLiteral("is_anonymous"), q.isAnonymous},
        {QStringLiteral("upvotes"), q.upvotes},
        {QStringLiteral("is_featured"), q.isFeatured},
        {QStringLiteral("answered_by"), personOf(users, q.answeredBy.value_or(0), withEmail)},
        {QStringLiteral("answered_at"), time(q.answeredAt)},
        {QStringLiteral("created_at"), time(q.createdAt)},
    };
}

QJsonObject poll(const LivePoll& p, const QHash<Id, User>& users, const QDateTime& now) {
    const qint64 total = p.totalVotes();
    QJsonArray options;
    for (const PollOption& option : p.options)
        options.append(QJsonObject{
            {QStringLiteral("id"), option.id},
            {QStringLiteral("text"), option.text},
            {QStringLiteral("order"), option.order},
            {QStringLiteral("votes_count"), option.votesCount},
            {QStringLiteral("vote_percentage"),
             rules::roundOneDecimal(option.votePercentage(total))},
        });
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("session"), p.sessionId},
        {QStringLiteral("created_by"), personOf(users, p.createdBy)},
        {QStringLiteral("question"), p.question},
        {QStringLiteral("description"), p.description},
        {QStringLiteral("status"), enumName(p.effectiveStatus(now))},
        {QStringLiteral("allow_multiple_answers"), p.allowMultipleAnswers},
        {QStringLiteral("show_results_immediately"), p.showResultsImmediately},
        {QStringLiteral("is_anonymous"), p.isAnonymous},
        {QStringLiteral("duration_seconds"), p.durationSeconds},
        {QStringLiteral("started_at"), time(p.startedAt)},
        {QStringLiteral("ends_at"), time(p.endsAt)},
        {QStringLiteral("is_active"), p.isActive(now)},
        {QStringLiteral("total_votes"), total},
        {QStringLiteral("options"), options},
    };
}

QJsonObject recording(const SessionRecording& r) {
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("session"), r.sessionId},
        {QStringLiteral("title"), r.title},
        {QStringLiteral("description"), r.description},
        {QStringLiteral("video_url"), r.videoUrl},
        {QStringLiteral("thumbnail_url"), r.thumbnailUrl},
        {QStringLiteral("duration_seconds"), r.durationSeconds},
        {QStringLiteral("duration_formatted"), r.durationFormatted()},
        {QStringLiteral("file_size_mb"), r.fileSizeMb},
        {QStringLiteral("processing_status"), enumName(r.processingStatus)},
        {QStringLiteral("is_public"), r.isPublic},
        {QStringLiteral("requires_enrollment"), r.requiresEnrollment},
        {QStringLiteral("views_count"), r.viewsCount},
        {QStringLiteral("downloads_count"), r.downloadsCount},
        {QStringLiteral("created_at"), time(r.createdAt)},
    };
}

QJsonObject view(const RecordingView& v, qint64 recordingSeconds) {
    return QJsonObject{
        {QStringLiteral("id"), v.id},
        {QStringLiteral("recording"), v.recordingId},
        {QStringLiteral("user"), v.userId},
        {QStringLiteral("watch_duration_seconds"), v.watchDurationSeconds},
        {QStringLiteral("last_position_seconds"), v.lastPositionSeconds},
        {QStringLiteral("completed"), v.completed},
        {QStringLiteral("watch_percentage"),
         rules::roundOneDecimal(v.watchPercentage(recordingSeconds))},
        {QStringLiteral("device_type"), v.deviceType},
        {QStringLiteral("browser"), v.browser},
        {QStringLiteral("updated_at"), time(v.updatedAt)},
    };
}

QJsonObject attendance(const SessionAttendance& a, const QHash<Id, User>& users) {
    QJsonObject user = personOf(users, a.userId).toObject();
    if (const auto found = users.constFind(a.userId); found != users.constEnd())
        user.insert(QStringLiteral("email"), found->email);
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("session"), a.sessionId},
        {QStringLiteral("participant"), a.participantId},
        {QStringLiteral("user"), user},
        {QStringLiteral("marked_present"), a.markedPresent},
        {QStringLiteral("attendance_percentage"), rules::roundOneDecimal(a.attendancePercentage)},
        {QStringLiteral("status"), enumName(a.status)},
        {QStringLiteral("verified_by"), personOf(users, a.verifiedBy.value_or(0))},
        {QStringLiteral("verified_at"), time(a.verifiedAt)},
        {QStringLiteral("notes"), a.notes},
    };
}

} // namespace lectern::json
