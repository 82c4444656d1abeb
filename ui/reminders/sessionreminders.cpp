#include "sessionreminders.h"

#include "corecall.h"
#include "services/sessionservice.h"

#include <QLocale>
#include <QTimer>

namespace lectern::ui {

SessionReminders::SessionReminders(ServiceContext context, User user, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_user(std::move(user))
    , m_timer(new QTimer(this)) {
    m_timer->setInterval(30'000);
    connect(m_timer, &QTimer::timeout, this, &SessionReminders::check);
    m_timer->start();
}

QString SessionReminders::text(const DueReminder& reminder, const QDateTime& now) {
    const QLocale locale;
    const QDateTime start = reminder.session.scheduledStart.toLocalTime();
    const QString time = locale.toString(start.time(), QStringLiteral("HH:mm"));
    if (reminder.kind == ReminderKind::TenMinutesBefore) {
        const qint64 minutes = std::max<qint64>(1, (now.secsTo(start) + 59) / 60);
        return tr("%1 starts in %2 minutes (%3).")
            .arg(reminder.session.title, QString::number(minutes), time);
    }
    const bool today = start.date() == now.toLocalTime().date();
    return (today ? tr("%1 is today at %2.") : tr("%1 is tomorrow at %2."))
        .arg(reminder.session.title, time);
}

void SessionReminders::check() {
    if (m_checking)
        return;
    m_checking = true;
    const QDateTime now = m_context.now();
    SessionFilter filter;
    filter.instructorId = m_user.id;
    filter.status = SessionStatus::Scheduled;
    filter.startsFrom = now;
    filter.startsBefore = now.addSecs(ReminderTracker::dayBeforeSeconds + 60);
    callCore(
        this,
        [context = m_context, user = m_user, filter] {
            return SessionService(context).listSessions(user, filter);
        },
        [this](const Result<QList<LiveSession>>& sessions) {
            m_checking = false;
            if (sessions) {
                const QDateTime now = m_context.now();
                for (const DueReminder& reminder : m_tracker.due(*sessions, now))
                    Q_EMIT remind(reminder.kind == ReminderKind::TenMinutesBefore
                                      ? tr("Class starts soon")
                                      : tr("Upcoming class"),
                                  text(reminder, now), reminder.session.id);
            }
            Q_EMIT checked();
        });
}

} // namespace lectern::ui
