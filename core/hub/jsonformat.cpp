#include "jsonformat.h"

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

} // namespace lectern::json
