#pragma once

#include "domain/livesession.h"
#include "services/servicecontext.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedLayout;
class QTableView;
class QTimer;

namespace lectern::ui {

class RosterModel;

// The session that is live now: what it is, how long it has run, the platform's join button,
// how full it is, and who is in it, kept current by the core's events.
class LiveTab : public QWidget {
    Q_OBJECT

public:
    LiveTab(ServiceContext context, User user, QWidget* parent = nullptr);

    RosterModel* roster() const { return m_roster; }
    std::optional<LiveSession> session() const { return m_session; }

public Q_SLOTS:
    void reload();
    // Asks, then ends the live session through the core.
    void endSession();

Q_SIGNALS:
    void loaded();

private:
    void showSession();
    void updateClock();

    ServiceContext m_context;
    User m_user;
    std::optional<LiveSession> m_session;
    RosterModel* m_roster;
    QStackedLayout* m_stack;
    QWidget* m_livePage;
    QLabel* m_empty;
    QLabel* m_title;
    QLabel* m_details;
    QLabel* m_clock;
    QLabel* m_error;
    QPushButton* m_join;
    QPushButton* m_end;
    QTableView* m_view;
    QTimer* m_tick;
    QTimer* m_reloadSoon;
    quint64 m_latestReload = 0;
};

} // namespace lectern::ui
