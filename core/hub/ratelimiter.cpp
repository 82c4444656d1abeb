#include "ratelimiter.h"

#include <cmath>

namespace lectern::hub {

RateLimiter::RateLimiter(const Clock& clock, int capacity, qint64 windowSeconds)
    : m_clock(clock)
    , m_capacity(capacity)
    , m_perSecond(static_cast<double>(capacity) / static_cast<double>(windowSeconds)) {}

std::optional<qint64> RateLimiter::take(const QString& key) {
    const QDateTime now = m_clock.now();
    auto found = m_buckets.find(key);
    if (found == m_buckets.end())
        found = m_buckets.insert(key, Bucket{m_capacity, now});
    Bucket& bucket = *found;
    const double elapsed = static_cast<double>(bucket.refilledAt.msecsTo(now)) / 1000.0;
    bucket.tokens = std::min(m_capacity, bucket.tokens + std::max(0.0, elapsed) * m_perSecond);
    bucket.refilledAt = now;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return std::nullopt;
    }
    return static_cast<qint64>(std::ceil((1.0 - bucket.tokens) / m_perSecond));
}

LoginThrottle::LoginThrottle(const Clock& clock, int maxFailures, qint64 blockSeconds)
    : m_clock(clock)
    , m_maxFailures(maxFailures)
    , m_blockSeconds(blockSeconds) {}

std::optional<qint64> LoginThrottle::blocked(const QString& address) const {
    const auto found = m_records.constFind(address);
    if (found == m_records.constEnd() || found->failures < m_maxFailures)
        return std::nullopt;
    const qint64 waited = found->lastFailure.secsTo(m_clock.now());
    if (waited >= m_blockSeconds)
        return std::nullopt;
    return m_blockSeconds - waited;
}

void LoginThrottle::recordFailure(const QString& address) {
    Record& record = m_records[address];
    // Failures long ago do not add up with today's.
    if (record.lastFailure.isValid() && record.lastFailure.secsTo(m_clock.now()) >= m_blockSeconds)
        record.failures = 0;
    ++record.failures;
    record.lastFailure = m_clock.now();
}

void LoginThrottle::recordSuccess(const QString& address) {
    m_records.remove(address);
}

} // namespace lectern::hub
