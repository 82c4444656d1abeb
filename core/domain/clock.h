#pragma once

#include <QDateTime>

namespace lectern {

// Where domain code gets "now" from, so tests can hold time still or move it on.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start)
        : m_now(start.toUTC()) {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime time) { m_now = time.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace lectern
