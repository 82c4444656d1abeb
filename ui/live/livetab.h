#pragma once

#include "client/consoleapi.h"
#include "domain/views/liveclass.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedLayout;
class QTimer;

namespace lectern::ui {

class ChatPanel;
class CurrentPollPanel;
class LiveSessionHeader;
class NextSessionPanel;
class PresentWindow;
class RosterModel;
class RosterPanel;
class QuestionPanel;

// The live class in one view, kept current by the core's events: its header (what it is, its
// clock, seats, where students join, join and end) over its chat, its questions and current
// poll, and its roster side by side, in columns the user sizes (remembered); or, while
// nothing is live, the next session to start. While a session the user runs is live, the tab
// serves the participant page.
class LiveTab : public QWidget {
    Q_OBJECT

public:
    explicit LiveTab(client::ConsoleApi& api, QWidget* parent = nullptr);

    // The participant page's address while it is served; empty otherwise.
    QString participantAddress() const { return m_address; }

    std::optional<LiveSession> session() const { return m_live.session; }
    LiveSessionHeader* header() const { return m_header; }
    RosterPanel* rosterPanel() const { return m_roster; }
    ChatPanel* chatPanel() const { return m_chat; }
    QuestionPanel* questionPanel() const { return m_questions; }
    CurrentPollPanel* pollPanel() const { return m_poll; }
    // For the window's menu, which shows the tab and focuses the chat's input.
    QAction* focusChatAction() const { return m_focusChat; }
    // Opens present mode (F11): the window to share into the meeting.
    QAction* presentAction() const { return m_present; }
    // The present-mode window while it is open.
    PresentWindow* presentWindow() const;
    RosterModel* roster() const;
    QPushButton* joinButton() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();
    // The user ended the session from this tab.
    void sessionEnded(lectern::Id sessionId);
    // The host's Agora channel and token were copied to the clipboard.
    void agoraJoinReady(const lectern::AgoraJoin& join);

private:
    void showLive();
    void servePage(bool wanted);
    void showError(const QString& message);
    QWidget* createColumns();
    void present();

    client::ConsoleApi& m_api;
    LiveClass m_live; // the last one read
    QStackedLayout* m_stack;
    NextSessionPanel* m_next;
    QWidget* m_livePage;
    LiveSessionHeader* m_header;
    QLabel* m_error;
    RosterPanel* m_roster;
    ChatPanel* m_chat;
    QuestionPanel* m_questions;
    CurrentPollPanel* m_poll;
    QAction* m_focusChat;
    QAction* m_present;
    QPointer<PresentWindow> m_presentWindow;
    QTimer* m_reloadSoon;
    QTimer* m_countersSoon;
    quint64 m_latestReload = 0;
    QString m_address;
};

} // namespace lectern::ui
