#pragma once

#include "client/consoleapi.h"
#include "domain/views/liveclass.h"

#include <QFuture>
#include <QWidget>

#include <optional>

class QAction;
class QTableView;

namespace lectern::ui {

class RosterModel;

// Who is in the live session, with ban (or let back in) and make (or unmake) moderator for
// the selected participant, offered to those the core lets do them.
class RosterPanel : public QWidget {
    Q_OBJECT

public:
    explicit RosterPanel(client::ConsoleApi& api, QWidget* parent = nullptr);

    // Shows the roster of the live class (none: an empty one).
    void showRoster(const LiveClass& live);

    RosterModel* roster() const { return m_roster; }
    QTableView* view() const { return m_view; }

public Q_SLOTS:
    void toggleBan();
    void toggleModerator();

Q_SIGNALS:
    // A participant's standing changed through this panel.
    void changed();
    void failed(const QString& message);
    // A request went out: an earlier failure no longer stands.
    void asked();

private:
    std::optional<SessionParticipant> selectedParticipant() const;
    void updateActions();
    void changeStanding(QFuture<Result<SessionParticipant>> change);

    client::ConsoleApi& m_api;
    bool m_live = false;
    SessionRights m_rights;
    RosterModel* m_roster;
    QTableView* m_view;
    QAction* m_ban;
    QAction* m_moderator;
};

} // namespace lectern::ui
