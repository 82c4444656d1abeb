#pragma once

#include "client/consoleapi.h"
#include "domain/views/liveclass.h"

#include <QFuture>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedLayout;
class QTableView;
class QTimer;

namespace lectern::ui {

class RosterModel;

// The session that is live now: what it is, how long it has run, the platform's join button,
// how full it is, and who is in it, kept current by the core's events. While a session the
// user runs is live, the tab shows where students join (the participant page).
class LiveTab : public QWidget {
    Q_OBJECT

public:
    explicit LiveTab(client::ConsoleApi& api, QWidget* parent = nullptr);

    // The participant page's address while it is served; empty otherwise.
    QString participantAddress() const { return m_address; }

    RosterModel* roster() const { return m_roster; }
    std::optional<LiveSession> session() const { return m_session; }
    QPushButton* joinButton() const { return m_join; }

public Q_SLOTS:
    void reload();
    // Asks, then ends the live session through the core.
    void endSession();
    // Starts the next session the user runs (shown while none is live).
    void goLive();
    // For the roster's selected participant: ban or let back in; make or unmake moderator.
    void toggleBan();
    void toggleModerator();

Q_SIGNALS:
    void loaded();
    // The user ended the session from this tab.
    void sessionEnded(lectern::Id sessionId);
    // The host's Agora channel and token were copied to the clipboard.
    void agoraJoinReady(const lectern::AgoraJoin& join);

private:
    // Opens the meeting link; for Agora, copies the channel and a fresh token.
    void join();
    void showSession();
    void showNext();
    void updateClock();
    void servePage(bool wanted);
    std::optional<SessionParticipant> selectedParticipant() const;
    void updateRosterActions();
    void changeStanding(QFuture<Result<SessionParticipant>> change);

    client::ConsoleApi& m_api;
    std::optional<LiveSession> m_session;
    SessionRights m_rights; // in m_session
    std::optional<LiveSession> m_next;
    RosterModel* m_roster;
    QStackedLayout* m_stack;
    QWidget* m_livePage;
    QWidget* m_idlePage;
    QLabel* m_empty;
    QPushButton* m_goLive;
    QLabel* m_idleError;
    QLabel* m_title;
    QLabel* m_details;
    QLabel* m_clock;
    QProgressBar* m_capacity;
    QLabel* m_seats;
    QLabel* m_error;
    QLabel* m_addressLine;
    QPushButton* m_copyAddress;
    QPushButton* m_join;
    QPushButton* m_end;
    QTableView* m_view;
    QAction* m_ban;
    QAction* m_moderator;
    QTimer* m_tick;
    QTimer* m_reloadSoon;
    QTimer* m_countersSoon;
    quint64 m_latestReload = 0;
    QString m_address;
};

} // namespace lectern::ui
