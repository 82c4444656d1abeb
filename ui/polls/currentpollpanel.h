#pragma once

#include "client/consoleapi.h"
#include "domain/views/pollboard.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace lectern::ui {

class PollChart;

// The live view's poll: the running one as bars that grow with the votes (or, when none
// runs, the last one's final results), and for those who run the session the prepared polls
// to start with one click and a button to close the running one. Polls are drafted on the
// Polls tab.
class CurrentPollPanel : public QWidget {
    Q_OBJECT

public:
    explicit CurrentPollPanel(client::ConsoleApi& api, QWidget* parent = nullptr);

    // The live session's polls (0: none).
    void follow(Id sessionId);

    // The poll shown: the running one, else the one closed last.
    std::optional<LivePoll> shownPoll() const { return m_shown; }
    PollChart* chart() const { return m_chart; }
    QLabel* stateLabel() const { return m_state; }
    QComboBox* preparedPolls() const { return m_prepared; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* closeButton() const { return m_close; }

public Q_SLOTS:
    void reload();
    void startPrepared();
    void closeShown();

Q_SIGNALS:
    void loaded();
    // The shown poll's results were read.
    void resultsShown();
    void failed(const QString& message);
    // A request went out: an earlier failure no longer stands.
    void asked();

private:
    void showBoard(const PollBoard& board);
    void loadResults();
    void updateState();

    client::ConsoleApi& m_api;
    Id m_sessionId = 0;
    SessionRights m_rights;
    std::optional<LivePoll> m_shown;
    QLabel* m_question;
    QLabel* m_state;
    PollChart* m_chart;
    QLabel* m_none;
    QComboBox* m_prepared;
    QPushButton* m_start;
    QPushButton* m_close;
    QWidget* m_controls;
    QTimer* m_tick;
    QTimer* m_reloadSoon;
    quint64 m_latestBoard = 0;
    quint64 m_latestResults = 0;
};

} // namespace lectern::ui
