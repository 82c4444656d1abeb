#include "reminders.h"

namespace lectern {

QList<DueReminder> ReminderTracker::due(const QList<LiveSession>& sessions, const QDateTime& now) {
    QList<DueReminder> reminders;
    for (const LiveSession& session : sessions) {
        const QDateTime& start = session.scheduledStart;
        if (session.status != SessionStatus::Scheduled || !start.isValid() || now >= start)
            continue;
        const qint64 left = now.secsTo(start);
        const Shown dayBefore{session.id, start, ReminderKind::DayBefore};
        const Shown tenMinutes{session.id, start, ReminderKind::TenMinutesBefore};
        if (left <= tenMinutesSeconds) {
            if (!m_shown.contains(tenMinutes))
                reminders << DueReminder{session, ReminderKind::TenMinutesBefore};
            m_shown << tenMinutes << dayBefore;
        } else if (left <= dayBeforeSeconds) {
            if (!m_shown.contains(dayBefore))
                reminders << DueReminder{session, ReminderKind::DayBefore};
            m_shown << dayBefore;
        }
    }
    return reminders;
}

} // namespace lectern
