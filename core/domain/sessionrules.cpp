#include "sessionrules.h"

#include "domain/try.h"
#include "meetinglink.h"
#include "validation.h"

namespace lectern {

Result<LiveSession> validatedSessionFields(const LiveSession& draft) {
    using namespace validation;
    LiveSession s = draft;
    LECTERN_TRY(s.title, requiredText(QStringLiteral("title"), draft.title, maxSessionTitleLength));
    LECTERN_TRY(s.description, optionalText(QStringLiteral("description"), draft.description,
                                            maxSessionDescriptionLength));
    if (!s.scheduledStart.isValid())
        return std::unexpected(Error::invalid(QStringLiteral("scheduled_start"),
                                              QStringLiteral("scheduled_start is missing")));
    if (!s.scheduledEnd.isValid())
        return std::unexpected(Error::invalid(QStringLiteral("scheduled_end"),
                                              QStringLiteral("scheduled_end is missing")));
    if (s.scheduledEnd <= s.scheduledStart)
        return std::unexpected(
            Error::invalid(QStringLiteral("scheduled_end"),
                           QStringLiteral("scheduled_end must be after scheduled_start")));
    if (s.maxParticipants < 1 || s.maxParticipants > maxParticipantsLimit)
        return std::unexpected(Error::invalid(
            QStringLiteral("max_participants"),
            QStringLiteral("max_participants must be between 1 and %1").arg(maxParticipantsLimit)));
    LECTERN_TRY(s.meetingLink, optionalUrl(QStringLiteral("meeting_link"), draft.meetingLink));
    LECTERN_TRY(s.meetingId, optionalText(QStringLiteral("meeting_id"), draft.meetingId, 200));
    LECTERN_TRY(s.meetingPassword,
                optionalText(QStringLiteral("meeting_password"), draft.meetingPassword, 200));
    LECTERN_TRY(s.streamKey, optionalText(QStringLiteral("stream_key"), draft.streamKey, 500));
    LECTERN_TRY(s.channelName, optionalText(QStringLiteral("channel_name"), draft.channelName, 64));
    // A platform's link must be one of its own; its id and password fill fields left empty.
    if (!s.meetingLink.isEmpty()) {
        LECTERN_TRY(const meeting::MeetingDetails details,
                    meeting::readMeetingLink(s.platform, s.meetingLink));
        if (s.meetingId.isEmpty())
            s.meetingId = details.meetingId;
        if (s.meetingPassword.isEmpty())
            s.meetingPassword = details.password;
    }
    // Agora sessions meet in a channel: one is made up when none is given.
    if (s.platform == Platform::Agora && s.channelName.isEmpty())
        s.channelName = meeting::newChannelName();
    s.scheduledStart = s.scheduledStart.toUTC();
    s.scheduledEnd = s.scheduledEnd.toUTC();
    return s;
}

QStringList schedulingWarnings(const LiveSession& session, const QDateTime& now) {
    QStringList warnings;
    const qint64 lead = now.secsTo(session.scheduledStart);
    if (lead < 0)
        warnings << QStringLiteral("The session starts in the past");
    else if (lead < advanceNoticeSeconds)
        warnings << QStringLiteral("The session starts in less than an hour; students may not see "
                                   "it in time");
    return warnings;
}

} // namespace lectern
