#include "livesession.h"

namespace lectern {

bool LiveSession::isUpcoming(const QDateTime& now) const {
    return status == SessionStatus::Scheduled && scheduledStart > now;
}

bool LiveSession::isPast(const QDateTime& now) const {
    if (status == SessionStatus::Ended || status == SessionStatus::Cancelled)
        return true;
    return status == SessionStatus::Scheduled && scheduledEnd <= now;
}

qint64 LiveSession::durationMinutes() const {
    return qMax<qint64>(0, scheduledStart.secsTo(scheduledEnd) / 60);
}

qint64 LiveSession::availableSlots() const {
    return qMax<qint64>(0, maxParticipants - joinedNow);
}

qint64 LiveSession::actualDurationSeconds(const QDateTime& now) const {
    if (!actualStart.isValid())
        return 0;
    const QDateTime end = actualEnd.isValid() ? actualEnd : now;
    return qMax<qint64>(0, actualStart.secsTo(end));
}

} // namespace lectern
