#pragma once

#include "client/consoleapi.h"
#include "domain/views/schedule.h"
#include "schedulerange.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTableView;
class QTimer;

namespace lectern::ui {

class NextSessionBanner;
class ScheduleFilterBar;
class SessionCommands;
class SessionEditor;
class SessionList;
class SessionTableModel;

// The sessions of the user's courses by day, by week or as a list, refreshed whenever one
// changes: the next session's banner, the commands on the sessions, the filters, and the list.
class ScheduleTab : public QWidget {
    Q_OBJECT

public:
    ScheduleTab(client::ConsoleApi& api, QWidget* parent = nullptr);

    SessionCommands* commands() const { return m_commands; }
    SessionTableModel* model() const;
    QTableView* view() const;
    NextSessionBanner* banner() const { return m_banner; }
    // For the window's Session menu.
    QList<QAction*> sessionActions() const;
    QAction* newSessionAction() const;

    void setView(ScheduleView view);
    void setAnchor(QDate day);
    ScheduleView currentView() const;
    // Selects the row of the session, when shown.
    void selectSession(Id sessionId);
    std::optional<LiveSession> selectedSession() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();
    void failed(const QString& message);
    // A message for the status bar: what was done, and the core's warnings about it.
    void notice(const QString& message);
    void wentLive(Id sessionId);
    // Emitted with each editor before it opens (tests fill it in).
    void editorOpened(SessionEditor* editor);

private:
    // Shows where a saved session now is, selected.
    void showSaved(const LiveSession& session);
    void showError(const QString& message);

    client::ConsoleApi& m_api;
    NextSessionBanner* m_banner;
    ScheduleFilterBar* m_filters;
    SessionList* m_list;
    SessionCommands* m_commands;
    QLabel* m_error;
    QTimer* m_reloadSoon;
    Id m_selectAfterLoad = 0;
    // Reloads may finish out of order; only the newest one's answer is shown.
    quint64 m_latestReload = 0;
};

} // namespace lectern::ui
