#include "sessionparticipant.h"

#include "rules.h"

namespace lectern {

qint64 SessionParticipant::attendedSeconds(const QDateTime& now) const {
    qint64 seconds = durationSeconds;
    if (stintStartedAt.isValid())
        seconds += qMax<qint64>(0, stintStartedAt.secsTo(now));
    return seconds;
}

double SessionParticipant::attendanceRate(qint64 sessionSeconds, const QDateTime& now) const {
    return rules::attendancePercentage(attendedSeconds(now), sessionSeconds);
}

} // namespace lectern
