#include "questionpanel.h"

#include "common/ctrlreturnaccepts.h"
#include "common/panellabels.h"
#include "common/shortcutaction.h"
#include "domain/events.h"
#include "questionmodel.h"
#include "whendone.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lectern::ui {

QuestionPanel::QuestionPanel(client::ConsoleApi& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_questions(new QuestionModel(this))
    , m_view(new QTableView(this))
    , m_error(errorLabel(this))
    , m_count(new QLabel(this))
    , m_reloadSoon(new QTimer(this)) {
    m_view->setModel(m_questions);
    m_view->setAccessibleName(tr("Questions"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QuestionModel::QuestionColumn,
                                                     QHeaderView::Stretch);
    m_answer =
        shortcutAction(m_view, tr("&Answer…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                       tr("Answer the selected question; students see the answer"));
    m_dismiss =
        shortcutAction(m_view, tr("Dis&miss"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                       tr("Set the selected question aside without an answer"));
    m_feature =
        shortcutAction(m_view, tr("Feat&ure"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                       tr("Show the selected question on top for everyone, or stop"));
    connect(m_answer, &QAction::triggered, this, &QuestionPanel::answerSelected);
    connect(m_dismiss, &QAction::triggered, this, &QuestionPanel::dismissSelected);
    connect(m_feature, &QAction::triggered, this, &QuestionPanel::toggleFeatureSelected);
    connect(m_view, &QTableView::activated, this, &QuestionPanel::answerSelected);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(panelHeading(tr("Questions"), this));
    buttons->addWidget(m_count);
    buttons->addStretch(1);
    for (QAction* action : questionActions())
        buttons->addWidget(actionButton(action, this));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QuestionPanel::updateActions);
    connect(m_questions, &QAbstractItemModel::modelReset, this, &QuestionPanel::updateActions);
    updateActions();

    // Votes come in bursts: one read of the questions per burst.
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(150);
    connect(m_reloadSoon, &QTimer::timeout, this, &QuestionPanel::reload);
    connect(&m_api, &client::ConsoleApi::changed, this, [this](const DomainEvent& event) {
        if (m_sessionId && ((event.sessionId == m_sessionId &&
                             event.type.startsWith(QStringLiteral("question."))) ||
                            event.type == events::syncLost))
            m_reloadSoon->start();
    });
}

QList<QAction*> QuestionPanel::questionActions() const {
    return {m_answer, m_dismiss, m_feature};
}

void QuestionPanel::follow(Id sessionId) {
    if (sessionId == m_sessionId)
        return;
    m_sessionId = sessionId;
    m_error->hide();
    if (sessionId)
        reload();
    else
        m_questions->setQuestions({}, {});
}

void QuestionPanel::reload() {
    if (!m_sessionId)
        return;
    const quint64 request = ++m_latestReload;
    whenDone(this, m_api.questionBoard(m_sessionId),
             [this, request](const Result<QuestionBoard>& list) {
                 if (request != m_latestReload)
                     return;
                 if (!list) {
                     showError(tr("Could not read the questions: %1").arg(list.error().message));
                     return;
                 }
                 m_error->hide();
                 // The new order must not move the reader or lose what they selected.
                 const int scrolled = m_view->verticalScrollBar()->value();
                 const auto selected = selectedQuestion();
                 m_questions->setQuestions(list->questions, list->names);
                 if (selected) {
                     if (const int row = m_questions->rowOf(selected->id); row >= 0)
                         m_view->selectRow(row);
                 }
                 m_view->verticalScrollBar()->setValue(scrolled);
                 int open = 0;
                 for (const LiveQuestion& question : list->questions)
                     open += question.status == QuestionStatus::Pending;
                 m_count->setText(tr("%n open", "", open));
                 Q_EMIT loaded();
             });
}

std::optional<LiveQuestion> QuestionPanel::selectedQuestion() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_questions->rowCount())
        return std::nullopt;
    return m_questions->questionAt(rows.first().row());
}

void QuestionPanel::updateActions() {
    const auto question = selectedQuestion();
    m_answer->setEnabled(question.has_value());
    m_dismiss->setEnabled(question && question->status == QuestionStatus::Pending);
    m_feature->setEnabled(question.has_value());
    m_feature->setText(question && question->isFeatured ? tr("Unfeat&ure") : tr("Feat&ure"));
}

void QuestionPanel::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void QuestionPanel::changeQuestion(QFuture<Result<LiveQuestion>> change, const QString& failure) {
    m_error->hide();
    whenDone(this, std::move(change), [this, failure](const Result<LiveQuestion>& changed) {
        if (!changed)
            showError(failure.arg(changed.error().message));
    });
}

void QuestionPanel::answerSelected() {
    const auto question = selectedQuestion();
    if (!question)
        return;
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Answer question"));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setLabelText(question->question);
    dialog.setTextValue(question->answer);
    dialog.setOkButtonText(tr("&Save answer"));
    // Return starts a new line of the answer; Ctrl+Return saves it, as in a chat app.
    new CtrlReturnAccepts(&dialog);
    dialog.setToolTip(tr("Ctrl+Return saves the answer"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString answer = dialog.textValue();
    changeQuestion(m_api.answerQuestion(question->id, answer), tr("The answer was not saved: %1"));
}

void QuestionPanel::dismissSelected() {
    if (const auto question = selectedQuestion()) {
        changeQuestion(m_api.dismissQuestion(question->id),
                       tr("The question could not be dismissed: %1"));
    }
}

void QuestionPanel::toggleFeatureSelected() {
    if (const auto question = selectedQuestion()) {
        changeQuestion(m_api.featureQuestion(question->id, !question->isFeatured),
                       tr("The question could not be featured: %1"));
    }
}

} // namespace lectern::ui
