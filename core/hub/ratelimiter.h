#pragma once

#include "domain/clock.h"

#include <QHash>
#include <QString>

#include <optional>

namespace lectern::hub {

// A token bucket per key (a user, an address): `capacity` actions at once, refilled evenly
// over `window`. Lives on the hub's thread; not thread-safe.
class RateLimiter {
public:
    RateLimiter(const Clock& clock, int capacity, qint64 windowSeconds);

    // Takes one action for `key`; gives the seconds to wait when there is none left.
    std::optional<qint64> take(const QString& key);
    // Buckets kept now, for tests of the pruning.
    qsizetype bucketCount() const { return m_buckets.size(); }

private:
    struct Bucket {
        double tokens = 0;
        QDateTime refilledAt;
    };

    void pruneFullBuckets(const QDateTime& now);

    const Clock& m_clock;
    double m_capacity;
    double m_perSecond;
    qint64 m_windowSeconds;
    QHash<QString, Bucket> m_buckets;
    QDateTime m_prunedAt;
};

} // namespace lectern::hub
