#include "loginthrottle.h"

#include <algorithm>

namespace lectern::hub {
namespace {

QString normalised(const QString& account) {
    return account.trimmed().toCaseFolded();
}
QString addressKey(const QString& address) {
    return u"a " + address;
}
QString accountKey(const QString& account) {
    return u"u " + normalised(account);
}
QString pairKey(const QString& address, const QString& account) {
    return u"p " + address + u' ' + normalised(account);
}

} // namespace

LoginThrottle::LoginThrottle(const Clock& clock)
    : LoginThrottle(clock, Limits{}) {}

LoginThrottle::LoginThrottle(const Clock& clock, Limits limits)
    : m_clock(clock)
    , m_limits(limits)
    , m_prunedAt(clock.now()) {}

std::optional<qint64> LoginThrottle::wait(const QString& key, int maxFailures) const {
    const auto found = m_records.constFind(key);
    if (found == m_records.constEnd() || found->failures < maxFailures)
        return std::nullopt;
    const qint64 waited = found->lastFailure.secsTo(m_clock.now());
    if (waited >= m_limits.blockSeconds)
        return std::nullopt;
    return m_limits.blockSeconds - waited;
}

std::optional<qint64> LoginThrottle::blocked(const QString& address, const QString& account) const {
    std::optional<qint64> longest;
    for (const auto& wait : {wait(pairKey(address, account), m_limits.perAccountAtAddress),
                             wait(accountKey(account), m_limits.perAccount),
                             wait(addressKey(address), m_limits.perAddress)}) {
        if (wait)
            longest = std::max(longest.value_or(0), *wait);
    }
    return longest;
}

void LoginThrottle::count(const QString& key) {
    Record& record = m_records[key];
    // Failures long ago do not add up with today's.
    if (record.lastFailure.isValid() &&
        record.lastFailure.secsTo(m_clock.now()) >= m_limits.blockSeconds)
        record.failures = 0;
    ++record.failures;
    record.lastFailure = m_clock.now();
}

void LoginThrottle::recordFailure(const QString& address, const QString& account) {
    pruneOldRecords();
    count(pairKey(address, account));
    count(accountKey(account));
    count(addressKey(address));
}

void LoginThrottle::recordSuccess(const QString& address, const QString& account) {
    m_records.remove(pairKey(address, account));
    m_records.remove(accountKey(account));
}

// At most once per block time, so a flood of failures does not scan the table each time.
void LoginThrottle::pruneOldRecords() {
    const QDateTime now = m_clock.now();
    if (m_prunedAt.secsTo(now) < m_limits.blockSeconds)
        return;
    m_prunedAt = now;
    m_records.removeIf([&](const QHash<QString, Record>::iterator& it) {
        return it->lastFailure.secsTo(now) >= m_limits.blockSeconds;
    });
}

} // namespace lectern::hub
