#include "sessionrules.h"

#include "domain/try.h"
#include "meetinglink.h"
#include "validation.h"

namespace lectern {

QList<Error> sessionFieldProblems(const LiveSession& draft) {
    using namespace validation;
    QList<Error> problems;
    const auto check = [&problems](const auto& checked) {
        if (!checked)
            problems << checked.error();
    };
    check(requiredText(QStringLiteral("title"), draft.title, maxSessionTitleLength));
    check(optionalText(QStringLiteral("description"), draft.description,
                       maxSessionDescriptionLength));
    if (!draft.scheduledStart.isValid())
        problems << Error::invalid(QStringLiteral("scheduled_start"),
                                   QStringLiteral("scheduled_start is missing"))
                        .because(QStringLiteral("required"));
    if (!draft.scheduledEnd.isValid())
        problems << Error::invalid(QStringLiteral("scheduled_end"),
                                   QStringLiteral("scheduled_end is missing"))
                        .because(QStringLiteral("required"));
    else if (draft.scheduledStart.isValid() && draft.scheduledEnd <= draft.scheduledStart)
        problems << Error::invalid(QStringLiteral("scheduled_end"),
                                   QStringLiteral("scheduled_end must be after scheduled_start"))
                        .because(QStringLiteral("end_before_start"));
    if (draft.maxParticipants < 1 || draft.maxParticipants > maxParticipantsLimit)
        problems << Error::invalid(QStringLiteral("max_participants"),
                                   QStringLiteral("max_participants must be between 1 and %1")
                                       .arg(maxParticipantsLimit))
                        .because(QStringLiteral("out_of_range"),
                                 {QStringLiteral("1"), QString::number(maxParticipantsLimit)});
    const auto link = optionalUrl(QStringLiteral("meeting_link"), draft.meetingLink);
    check(link);
    // A platform's link must be one of its own.
    if (link && !link->isEmpty())
        check(meeting::readMeetingLink(draft.platform, *link));
    check(optionalText(QStringLiteral("meeting_id"), draft.meetingId, 200));
    check(optionalText(QStringLiteral("meeting_password"), draft.meetingPassword, 200));
    check(optionalText(QStringLiteral("stream_key"), draft.streamKey, 500));
    check(optionalText(QStringLiteral("channel_name"), draft.channelName, 64));
    return problems;
}

Result<LiveSession> validatedSessionFields(const LiveSession& draft) {
    if (const QList<Error> problems = sessionFieldProblems(draft); !problems.isEmpty())
        return std::unexpected(problems.first());
    // Every field passed: what is left is tidying.
    LiveSession s = draft;
    for (QString* text : {&s.title, &s.description, &s.meetingLink, &s.meetingId,
                          &s.meetingPassword, &s.streamKey, &s.channelName})
        *text = text->trimmed();
    // A platform link's id and password fill fields left empty.
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
