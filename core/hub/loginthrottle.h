#pragma once

#include "domain/clock.h"

#include <QHash>
#include <QString>

#include <optional>

namespace lectern::hub {

// Failed sign-ins, counted three ways so that guessing stops without locking a class out:
// - one account from one address: a student's own typos block only them, not the class
//   behind the same campus NAT;
// - one account from anywhere: guesses spread over many addresses still stop;
// - one address for any account: an address that tries password after password on many
//   accounts stops too, at a level a whole class's typos do not reach.
// A success clears only that account's counts; the address's count stays, so signing in to
// one's own account does not buy more guesses at someone else's. Counts older than the block
// time are forgotten and their records pruned. Lives on the hub's thread; not thread-safe.
class LoginThrottle {
public:
    struct Limits {
        int perAccountAtAddress = 5;
        int perAccount = 20;
        int perAddress = 50;
        qint64 blockSeconds = 15 * 60;
    };

    explicit LoginThrottle(const Clock& clock);
    LoginThrottle(const Clock& clock, Limits limits);

    // Seconds `address` must still wait before trying `account` again, if it is blocked.
    // `account` is the email as typed; case and surrounding spaces do not matter.
    std::optional<qint64> blocked(const QString& address, const QString& account) const;
    void recordFailure(const QString& address, const QString& account);
    void recordSuccess(const QString& address, const QString& account);

    // Records kept now, for tests of the pruning.
    qsizetype recordCount() const { return m_records.size(); }

private:
    struct Record {
        int failures = 0;
        QDateTime lastFailure;
    };
    std::optional<qint64> wait(const QString& key, int maxFailures) const;
    void count(const QString& key);
    void pruneOldRecords();

    const Clock& m_clock;
    Limits m_limits;
    QHash<QString, Record> m_records; // by key: "a " + address, "u " + account, or both
    QDateTime m_prunedAt;
};

} // namespace lectern::hub
