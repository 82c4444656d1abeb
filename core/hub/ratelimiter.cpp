#include "ratelimiter.h"

#include <cmath>

namespace lectern::hub {

RateLimiter::RateLimiter(const Clock& clock, int capacity, qint64 windowSeconds)
    : m_clock(clock)
    , m_capacity(capacity)
    , m_perSecond(static_cast<double>(capacity) / static_cast<double>(windowSeconds))
    , m_windowSeconds(windowSeconds)
    , m_prunedAt(clock.now()) {}

// A bucket that has refilled is the same as none: dropped, at most once a window, so that
// every user who ever chatted does not stay in memory.
void RateLimiter::pruneFullBuckets(const QDateTime& now) {
    if (m_prunedAt.secsTo(now) < m_windowSeconds)
        return;
    m_prunedAt = now;
    m_buckets.removeIf([&](const QHash<QString, Bucket>::iterator& it) {
        const double elapsed = static_cast<double>(it->refilledAt.msecsTo(now)) / 1000.0;
        return it->tokens + elapsed * m_perSecond >= m_capacity;
    });
}

std::optional<qint64> RateLimiter::take(const QString& key) {
    const QDateTime now = m_clock.now();
    pruneFullBuckets(now);
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

} // namespace lectern::hub
