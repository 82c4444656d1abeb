#pragma once

#include "livesession.h"

#include <QSet>

namespace lectern {

// When the console reminds an instructor of a session they teach.
enum class ReminderKind { DayBefore, TenMinutesBefore };

struct DueReminder {
    LiveSession session;
    ReminderKind kind = ReminderKind::DayBefore;
};

// Decides which reminders are due, once each: a scheduled session's day-before reminder from
// 24 hours before its start, its ten-minute one from 10 minutes before, until it starts. A
// console started late shows only the nearest reminder that is due (not both at once), and
// a session moved later is reminded of again for its new time.
class ReminderTracker {
public:
    static constexpr qint64 dayBeforeSeconds = 24 * 3600;
    static constexpr qint64 tenMinutesSeconds = 10 * 60;

    QList<DueReminder> due(const QList<LiveSession>& sessions, const QDateTime& now);

private:
    struct Shown {
        Id sessionId;
        QDateTime start;
        ReminderKind kind;
        bool operator==(const Shown&) const = default;
    };
    friend size_t qHash(const Shown& shown, size_t seed) {
        return qHashMulti(seed, shown.sessionId, shown.start, static_cast<int>(shown.kind));
    }
    QSet<Shown> m_shown;
};

} // namespace lectern
