#pragma once

#include "client/consoleapi.h"
#include "domain/reminders.h"

#include <QObject>

class QTimer;

namespace lectern::ui {

// Watches the sessions the user hosts and says when one is due a reminder: 24 hours and
// 10 minutes before it starts (see ReminderTracker). Checks every half minute off the UI
// thread; the window shows what it says in the tray or the status bar.
class SessionReminders : public QObject {
    Q_OBJECT

public:
    explicit SessionReminders(client::ConsoleApi& api, QObject* parent = nullptr);

    // "Django 101 starts in 10 minutes (09:00)": what a reminder says.
    static QString text(const DueReminder& reminder, const QDateTime& now);

public Q_SLOTS:
    void check();

Q_SIGNALS:
    void remind(const QString& title, const QString& message, Id sessionId);
    void checked();

private:
    client::ConsoleApi& m_api;
    ReminderTracker m_tracker;
    QTimer* m_timer;
    bool m_checking = false;
};

} // namespace lectern::ui
