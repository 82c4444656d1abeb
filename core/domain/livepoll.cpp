#include "livepoll.h"

#include "rules.h"

namespace lectern {

double PollOption::votePercentage(qint64 totalVotes) const {
    return rules::votePercentage(votesCount, totalVotes);
}

qint64 LivePoll::totalVotes() const {
    qint64 total = 0;
    for (const PollOption& option : options)
        total += option.votesCount;
    return total;
}

bool LivePoll::isActive(const QDateTime& now) const {
    if (status != PollStatus::Active)
        return false;
    return !endsAt.isValid() || now < endsAt;
}

PollStatus LivePoll::effectiveStatus(const QDateTime& now) const {
    if (status == PollStatus::Active && !isActive(now))
        return PollStatus::Closed;
    return status;
}

} // namespace lectern
