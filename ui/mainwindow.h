#pragma once

#include "live/livetab.h"
#include "settings/consolesettings.h"

#include <QMainWindow>

class QSystemTrayIcon;
class QTabWidget;

namespace lectern::client {
class ConsoleApi;
}

namespace lectern::ui {

class PollsTab;
class RecordingsTab;
class ReportsTab;
class SessionReminders;
class ScheduleTab;

// The console: one tab per part of running a class, for the signed-in user.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // The window of `api`'s user; the api outlives it.
    explicit MainWindow(client::ConsoleApi& api, QWidget* parent = nullptr);

    // The door every tab goes through.
    client::ConsoleApi& api() const;
    ScheduleTab* scheduleTab() const { return m_schedule; }
    LiveTab* liveTab() const { return m_live; }
    PollsTab* pollsTab() const { return m_polls; }
    RecordingsTab* recordingsTab() const { return m_recordings; }
    // Null for users who run no courses (students and TAs).
    ReportsTab* reportsTab() const { return m_reports; }
    QTabWidget* tabs() const { return m_tabs; }
    SessionReminders* reminders() const { return m_reminders; }
    // Null where the desktop has no system tray (reminders then go to the status bar).
    QSystemTrayIcon* trayIcon() const { return m_tray; }

Q_SIGNALS:
    // The user saved new settings (already written to disk).
    void settingsSaved(const lectern::ui::ConsoleSettings& settings);
    // The user signed out, or the server ended their sign-in and they were told: the window is
    // done, and the next person to use the console signs in.
    void signedOut();

private:
    void createMenus();
    void showAbout();
    void showSettings();
    void showAgoraKeys();
    void signOut();
    void createTrayIcon();
    // A mark in the status bar while the server is out of reach.
    void showReachability();
    // The server ended the sign-in: says why, then back to the sign-in dialog.
    void askToSignInAgain(const QString& reason);
    void showReminder(const QString& title, const QString& message, Id sessionId);

    client::ConsoleApi& m_api;
    QTabWidget* m_tabs;
    ScheduleTab* m_schedule;
    LiveTab* m_live;
    PollsTab* m_polls;
    RecordingsTab* m_recordings;
    ReportsTab* m_reports = nullptr;
    SessionReminders* m_reminders;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_askedToSignIn = false;
};

} // namespace lectern::ui
