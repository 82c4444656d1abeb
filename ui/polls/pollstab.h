#pragma once

#include "client/consoleapi.h"
#include "domain/livepoll.h"
#include "domain/livesession.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QStackedLayout;
class QTimer;

namespace lectern::ui {

class PollChart;
class PollEditor;

// The live session's polls: drafted here, started with a visible countdown, their results as
// bars that grow as votes arrive, closed by hand or by the clock, and, when not anonymous,
// who has voted and who has not yet.
class PollsTab : public QWidget {
    Q_OBJECT

public:
    explicit PollsTab(client::ConsoleApi& api, QWidget* parent = nullptr);

    void follow(const std::optional<LiveSession>& session);

    QListWidget* pollList() const { return m_list; }
    PollChart* chart() const { return m_chart; }
    QLabel* countdown() const { return m_countdown; }
    QLabel* votersLabel() const { return m_voters; }
    QAction* newPollAction() const { return m_new; }
    QList<QAction*> pollActions() const { return {m_new, m_start, m_close}; }
    // Edit (F2) and Delete (Delete) the selected draft, from the list.
    QList<QAction*> draftActions() const { return {m_edit, m_delete}; }
    std::optional<LivePoll> selectedPoll() const;

public Q_SLOTS:
    void reload();
    void newPoll();
    void startSelected();
    void closeSelected();
    void editSelected();
    void deleteSelected();

Q_SIGNALS:
    void loaded();
    // The selected poll's results and voters were shown.
    void detailShown();
    void editorOpened(PollEditor* editor);
    void notice(const QString& message);

private:
    void showPolls(const PollBoard& board);
    void loadDetail();
    void updateCountdown();
    void updateActions();
    void openEditor(PollEditor* editor);
    void showError(const QString& message);

    client::ConsoleApi& m_api;
    std::optional<LiveSession> m_session;
    SessionRights m_rights; // in m_session
    QList<LivePoll> m_polls;
    Id m_selectAfterLoad = 0;
    QStackedLayout* m_stack;
    QLabel* m_empty;
    QListWidget* m_list;
    QLabel* m_question;
    QLabel* m_description;
    QLabel* m_countdown;
    PollChart* m_chart;
    QLabel* m_total;
    QLabel* m_voters;
    QLabel* m_error;
    QAction* m_new;
    QAction* m_start;
    QAction* m_close;
    QAction* m_edit;
    QAction* m_delete;
    QTimer* m_tick;
    QTimer* m_reloadSoon;
    quint64 m_latestList = 0;
    quint64 m_latestDetail = 0;
};

} // namespace lectern::ui
