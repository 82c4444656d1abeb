#pragma once

#include "client/consoleapi.h"
#include "domain/views/schedule.h"
#include "schedulerange.h"

#include <QDate>
#include <QWidget>

#include <QFuture>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QStackedLayout;
class QTableView;
class QTimer;
class QToolButton;

namespace lectern::ui {

class NextSessionBanner;
class SessionEditor;
class SessionTableModel;

// The sessions of the user's courses by day, by week or as a list, filtered by course and
// status, refreshed whenever one changes; and the actions on them: new, edit, duplicate,
// cancel, delete and go live.
class ScheduleTab : public QWidget {
    Q_OBJECT

public:
    ScheduleTab(client::ConsoleApi& api, QWidget* parent = nullptr);

    SessionTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // For the window's Session menu.
    QList<QAction*> sessionActions() const;
    QAction* newSessionAction() const { return m_new; }
    QAction* goLiveAction() const { return m_goLive; }
    NextSessionBanner* banner() const { return m_banner; }

    void setView(ScheduleView view);
    void setAnchor(QDate day);
    ScheduleView currentView() const { return m_viewMode; }
    // Selects the row of the session, when shown.
    void selectSession(Id sessionId);
    std::optional<LiveSession> selectedSession() const;

public Q_SLOTS:
    void reload();
    void newSession();
    void editSession();
    void duplicateSession();
    void cancelSession();
    void deleteSession();
    void goLive();

Q_SIGNALS:
    void loaded();
    void failed(const QString& message);
    // A message for the status bar: what was done, and the core's warnings about it.
    void notice(const QString& message);
    void wentLive(Id sessionId);
    // Emitted with each editor before it opens (tests fill it in).
    void editorOpened(SessionEditor* editor);

private:
    // Shows what `change` (a call to the API on `session`) ends in: `failure` gets the core's
    // message (%1), `success` the session's title; `then` runs after a success.
    template <typename T>
    void changeSession(const LiveSession& session, QFuture<Result<T>> change,
                       const QString& failure, const QString& success,
                       const std::function<void()>& then = {});
    void confirmRemoval(const LiveSession& session, const SessionRemoval& removal);
    void openEditor(int mode, const LiveSession& base);
    void updateActions();
    void updateRangeLabel();
    void showError(const QString& message);

    client::ConsoleApi& m_api;
    SessionTableModel* m_model;
    QTableView* m_view;
    QLabel* m_empty;
    QLabel* m_error;
    QStackedLayout* m_stack;
    QComboBox* m_viewBox;
    QComboBox* m_courseBox;
    QComboBox* m_statusBox;
    QLabel* m_rangeLabel;
    NextSessionBanner* m_banner;
    QToolButton* m_previous;
    QToolButton* m_today;
    QToolButton* m_next;
    QAction* m_new;
    QAction* m_edit;
    QAction* m_duplicate;
    QAction* m_cancel;
    QAction* m_delete;
    QAction* m_goLive;
    QTimer* m_reloadSoon;
    ScheduleView m_viewMode = ScheduleView::Week;
    QDate m_anchor;
    Schedule m_schedule; // the last one loaded
    Id m_selectAfterLoad = 0;
    // Reloads may finish out of order; only the newest one's answer is shown.
    quint64 m_latestReload = 0;
};

} // namespace lectern::ui
