#pragma once

#include "domain/error.h"
#include "domain/livesession.h"

namespace lectern {

inline constexpr int maxSessionTitleLength = 200;
inline constexpr int maxSessionDescriptionLength = 10'000;
inline constexpr int maxParticipantsLimit = 100'000;
inline constexpr qint64 advanceNoticeSeconds = 3600;

// Everything wrong with the fields a person can set on a session, one error per problem (each
// names its field), so a form shows them all at once; empty when they are fine.
QList<Error> sessionFieldProblems(const LiveSession& draft);
// Checks (the first of sessionFieldProblems() is the error) and tidies those fields.
Result<LiveSession> validatedSessionFields(const LiveSession& draft);
// The warning for a session that starts less than an hour from `now`, if it does.
QStringList schedulingWarnings(const LiveSession& session, const QDateTime& now);

} // namespace lectern
