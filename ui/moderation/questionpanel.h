#pragma once

#include "client/consoleapi.h"
#include "domain/livequestion.h"

#include <QFuture>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTableView;
class QTimer;

namespace lectern::ui {

class QuestionModel;

// One live session's questions, most wanted first and kept current by the core's events, with
// answer, dismiss and feature for the selected one.
class QuestionPanel : public QWidget {
    Q_OBJECT

public:
    explicit QuestionPanel(client::ConsoleApi& api, QWidget* parent = nullptr);

    // The session whose questions to show (0: none).
    void follow(Id sessionId);

    QuestionModel* questions() const { return m_questions; }
    QTableView* questionView() const { return m_view; }
    QList<QAction*> questionActions() const;

public Q_SLOTS:
    void reload();
    void answerSelected();
    void dismissSelected();
    void toggleFeatureSelected();

Q_SIGNALS:
    void loaded();

private:
    std::optional<LiveQuestion> selectedQuestion() const;
    void updateActions();
    void showError(const QString& message);
    // Shows the core's refusal of a change (`failure` gets its message); a success shows
    // through the core's event.
    void changeQuestion(QFuture<Result<LiveQuestion>> change, const QString& failure);

    client::ConsoleApi& m_api;
    Id m_sessionId = 0;
    QuestionModel* m_questions;
    QTableView* m_view;
    QLabel* m_error;
    QLabel* m_count;
    QAction* m_answer;
    QAction* m_dismiss;
    QAction* m_feature;
    QTimer* m_reloadSoon;
    quint64 m_latestReload = 0;
};

} // namespace lectern::ui
