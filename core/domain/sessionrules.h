#pragma once

#include "domain/error.h"
#include "domain/livesession.h"

namespace lectern {

inline constexpr int maxSessionTitleLength = 200;
inline constexpr int maxSessionDescriptionLength = 10'000;
inline constexpr int maxParticipantsLimit = 100'000;
inline constexpr qint64 advanceNoticeSeconds = 3600;

// Checks and tidies the fields a person can set on a session; errors name the field.
Result<LiveSession> validatedSessionFields(const LiveSession& draft);
// The warning for a session that starts less than an hour from `now`, if it does.
QStringList schedulingWarnings(const LiveSession& session, const QDateTime& now);

} // namespace lectern
