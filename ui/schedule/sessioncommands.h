#pragma once

#include "client/consoleapi.h"
#include "domain/views/schedule.h"

#include <QFuture>
#include <QObject>

#include <functional>

class QAction;
class QWidget;

namespace lectern::ui {

class ScheduleFilterBar;
class SessionEditor;
class SessionList;

// What can be done to the sessions of the Schedule tab: new, edit, duplicate, cancel, delete
// and go live, each an action with its shortcut, asking first where it cannot be undone.
// Actions appear for those the core lets do them and are enabled where they apply to the
// selected session.
class SessionCommands : public QObject {
    Q_OBJECT

public:
    // The actions' shortcuts work within `owner`, which also parents the dialogs; they act on
    // the session selected in `list`; a new session is for the course chosen in `filters`.
    SessionCommands(client::ConsoleApi& api, QWidget* owner, SessionList* list,
                    const ScheduleFilterBar* filters);

    QList<QAction*> actions() const;
    // Those shown as buttons: all but Delete, which is the list's Delete key and the menu's.
    QList<QAction*> buttonActions() const;
    QAction* newSessionAction() const { return m_new; }
    QAction* goLiveAction() const { return m_goLive; }

    // What the user may do in the schedule just read.
    void setSchedule(const Schedule& schedule);

public Q_SLOTS:
    void newSession();
    void editSession();
    void duplicateSession();
    void cancelSession();
    void deleteSession();
    void goLive();
    void updateActions();

Q_SIGNALS:
    // A request went out: an earlier failure no longer stands.
    void asked();
    void failed(const QString& message);
    // What was done, and the core's warnings about it, for the status bar.
    void notice(const QString& message);
    // A session was saved from the editor, or changed: the schedule is out of date.
    void sessionSaved(const lectern::LiveSession& session);
    void changed();
    void wentLive(lectern::Id sessionId);
    // Emitted with each editor before it opens (tests fill it in).
    void editorOpened(lectern::ui::SessionEditor* editor);

private:
    // Shows what `change` (a call to the API on `session`) ends in: `failure` gets the core's
    // message (%1), `success` the session's title; `then` runs after a success.
    template <typename T>
    void changeSession(const LiveSession& session, QFuture<Result<T>> change,
                       const QString& failure, const QString& success,
                       const std::function<void()>& then = {});
    void confirmRemoval(const LiveSession& session, const SessionRemoval& removal);
    void openEditor(int mode, const LiveSession& base);

    client::ConsoleApi& m_api;
    QWidget* m_owner;
    SessionList* m_list;
    const ScheduleFilterBar* m_filters;
    Schedule m_schedule;
    QAction* m_new;
    QAction* m_edit;
    QAction* m_duplicate;
    QAction* m_cancel;
    QAction* m_delete;
    QAction* m_goLive;
};

} // namespace lectern::ui
