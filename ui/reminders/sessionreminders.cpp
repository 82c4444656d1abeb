#include "sessionreminders.h"

#include "whendone.h"

#include <QLocale>
#include <QTimer>

namespace lectern::ui {

SessionReminders::SessionReminders(client::ConsoleApi& api, QObject* parent)
    : QObject(parent)
    , m_api(api)
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
    const QDateTime now = m_api.now();
    SessionQuery query;
    query.hostedByMe = true;
    query.status = SessionStatus::Scheduled;
    query.startsFrom = now;
    query.startsBefore = now.addSecs(ReminderTracker::dayBeforeSeconds + 60);
    whenDone(this, m_api.sessions(query), [this](const Result<QList<LiveSession>>& sessions) {
        m_checking = false;
        if (sessions) {
            const QDateTime now = m_api.now();
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
