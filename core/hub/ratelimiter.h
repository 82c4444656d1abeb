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

private:
    struct Bucket {
        double tokens = 0;
        QDateTime refilledAt;
    };

    const Clock& m_clock;
    double m_capacity;
    double m_perSecond;
    QHash<QString, Bucket> m_buckets;
};

// Failed sign-ins per address: after `maxFailures` within the block time, the address is
// refused until that time has passed since the last failure. Successes count for nothing.
class LoginThrottle {
public:
    LoginThrottle(const Clock& clock, int maxFailures = 5, qint64 blockSeconds = 15 * 60);

    // Seconds the address must still wait, if it is blocked.
    std::optional<qint64> blocked(const QString& address) const;
    void recordFailure(const QString& address);
    void recordSuccess(const QString& address);

private:
    struct Record {
        int failures = 0;
        QDateTime lastFailure;
    };

    const Clock& m_clock;
    int m_maxFailures;
    qint64 m_blockSeconds;
    QHash<QString, Record> m_records;
};

} // namespace lectern::hub
