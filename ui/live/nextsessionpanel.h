#pragma once

#include "client/consoleapi.h"
#include "domain/livesession.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace lectern::ui {

// What the Live tab shows while nothing is live: the user's next session, what is ready for
// it (a checklist), and the button to start it now.
class NextSessionPanel : public QWidget {
    Q_OBJECT

public:
    explicit NextSessionPanel(client::ConsoleApi& api, QWidget* parent = nullptr);

    // The next session the user runs, or none.
    void showNext(const std::optional<LiveSession>& next);

    // What is ready for `next`, one line each, ticked or crossed.
    static QString checklist(const LiveSession& next);

public Q_SLOTS:
    // Starts the next session through the core.
    void goLive();

Q_SIGNALS:
    void wentLive(lectern::Id sessionId);

private:
    client::ConsoleApi& m_api;
    std::optional<LiveSession> m_next;
    QLabel* m_text;
    QLabel* m_checklist;
    QPushButton* m_goLive;
    QLabel* m_error;
};

} // namespace lectern::ui
