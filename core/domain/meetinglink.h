#pragma once

#include "domain/enums.h"
#include "domain/error.h"

#include <QString>

#include <optional>

namespace lectern::meeting {

// What a meeting link says: the meeting's id and password, as the platform writes them.
struct MeetingDetails {
    QString meetingId;
    QString password;
};

// Checks a pasted link against `platform` and reads its id and password:
//   Zoom   https://<sub>.zoom.us/j/<9 to 11 digits>[?pwd=...]
//   Meet   https://meet.google.com/abc-defg-hij
//   Teams  https://teams.microsoft.com/l/meetup-join/<thread>/... or /meet/<id>?p=<passcode>
//   other  any https address (Agora sessions need no link)
// Invalid (field "meeting_link") says what is wrong with a bad one.
Result<MeetingDetails> readMeetingLink(Platform platform, const QString& link);

// The platform whose link this is, when it is Zoom, Meet or Teams.
std::optional<Platform> platformOfLink(const QString& link);

// A new Agora channel name for a session that has none: "lectern-" and 16 random hex digits.
QString newChannelName();
// A session's stream key, made when it is scheduled: 192 random bits, base64url, for the
// encoder (OBS, the platform's RTMP ingest) of whoever runs it.
QString newStreamKey();

} // namespace lectern::meeting
