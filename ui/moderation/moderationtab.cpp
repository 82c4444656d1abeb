#include "moderationtab.h"

#include "chatdelegate.h"
#include "chatfeed.h"
#include "chatmodel.h"
#include "common/shortcutaction.h"
#include "domain/events.h"
#include "questionmodel.h"
#include "whendone.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedLayout>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lectern::ui {
namespace {

QLabel* errorLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b02020"));
    label->setWordWrap(true);
    label->setAccessibleName(ModerationTab::tr("Error"));
    label->hide();
    return label;
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

} // namespace

ModerationTab::ModerationTab(client::ConsoleApi& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_chat(new ChatModel(this))
    , m_feed(new ChatFeed(m_api, m_chat, this))
    , m_questions(new QuestionModel(this))
    , m_stack(new QStackedLayout(this))
    , m_empty(new QLabel(this))
    , m_pinned(new QLabel(this))
    , m_chatView(new QListView(this))
    , m_replyBanner(new QLabel(this))
    , m_input(new QLineEdit(this))
    , m_send(new QPushButton(tr("Sen&d"), this))
    , m_chatError(errorLabel(this))
    , m_questionView(new QTableView(this))
    , m_questionError(errorLabel(this))
    , m_questionCount(new QLabel(this))
    , m_questionsSoon(new QTimer(this)) {
    // Chat: pinned messages, the messages, then the line to write in.
    auto* chatPanel = new QWidget(this);
    m_pinned->setWordWrap(true);
    m_pinned->setTextFormat(Qt::PlainText);
    m_pinned->setAccessibleName(tr("Pinned messages"));
    m_pinned->setStyleSheet(QStringLiteral(
        "background: #fff6d5; border: 1px solid #e8d48a; border-radius: 4px; padding: 4px;"));
    m_pinned->hide();
    m_chatView->setModel(m_chat);
    auto* delegate = new ChatDelegate(m_chatView);
    m_chatView->setItemDelegate(delegate);
    // A changed message (deleted, liked, a name read) may change height.
    connect(m_chat, &QAbstractItemModel::dataChanged, delegate,
            [this, delegate](const QModelIndex& top, const QModelIndex& bottom) {
                if (bottom.row() - top.row() > 100) {
                    delegate->forgetAll();
                    return;
                }
                for (int row = top.row(); row <= bottom.row(); ++row)
                    delegate->forget(m_chat->messageAt(row).id);
            });
    connect(m_chat, &QAbstractItemModel::modelReset, delegate, &ChatDelegate::forgetAll);
    m_chatView->setAccessibleName(tr("Chat messages"));
    m_chatView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_chatView->setResizeMode(QListView::Adjust);
    // Thousands of rows are laid out a few hundred at a time between events, not in one go.
    m_chatView->setLayoutMode(QListView::Batched);
    m_chatView->setBatchSize(500);
    m_chatView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_chatView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_replyBanner->setAccessibleName(tr("Replying to"));
    m_replyBanner->hide();
    m_input->setAccessibleName(tr("Message"));
    m_input->setPlaceholderText(tr("Write to the class… (Enter sends)"));
    m_input->setMaxLength(maxChatLength);
    m_send->setToolTip(tr("Send the message to everyone in the session (%1)")
                           .arg(QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)));
    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_send);

    m_reply = shortcutAction(m_chatView, tr("&Reply"), QKeySequence(Qt::CTRL | Qt::Key_R),
                             tr("Answer the selected message in the chat"));
    m_like = shortcutAction(m_chatView, tr("&Like"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                            tr("Like the selected message"));
    m_pin = shortcutAction(m_chatView, tr("&Pin"), QKeySequence(Qt::CTRL | Qt::Key_P),
                           tr("Pin the selected message on top for everyone, or unpin it"));
    m_delete = shortcutAction(m_chatView, tr("&Delete"), QKeySequence::Delete,
                              tr("Delete the selected message for everyone"));
    m_ban = shortcutAction(m_chatView, tr("&Ban author"), QKeySequence(Qt::CTRL | Qt::Key_B),
                           tr("Remove the author of the selected message from the session"));
    connect(m_reply, &QAction::triggered, this, &ModerationTab::replyToSelected);
    connect(m_like, &QAction::triggered, this, &ModerationTab::likeSelected);
    connect(m_pin, &QAction::triggered, this, &ModerationTab::togglePinSelected);
    connect(m_delete, &QAction::triggered, this, &ModerationTab::deleteSelected);
    connect(m_ban, &QAction::triggered, this, &ModerationTab::banAuthorOfSelected);
    auto* messageButtons = new QHBoxLayout;
    messageButtons->addWidget(heading(tr("Chat"), chatPanel));
    messageButtons->addStretch(1);
    for (QAction* action : messageActions())
        messageButtons->addWidget(actionButton(action, chatPanel));

    auto* chatLayout = new QVBoxLayout(chatPanel);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->addLayout(messageButtons);
    chatLayout->addWidget(m_pinned);
    chatLayout->addWidget(m_chatView, 1);
    chatLayout->addWidget(m_chatError);
    chatLayout->addWidget(m_replyBanner);
    chatLayout->addLayout(inputRow);

    // Questions, most wanted first.
    auto* questionPanel = new QWidget(this);
    m_questionView->setModel(m_questions);
    m_questionView->setAccessibleName(tr("Questions"));
    m_questionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_questionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_questionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_questionView->setWordWrap(true);
    m_questionView->setAlternatingRowColors(true);
    m_questionView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_questionView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_questionView->verticalHeader()->hide();
    m_questionView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_questionView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_questionView->horizontalHeader()->setSectionResizeMode(QuestionModel::QuestionColumn,
                                                             QHeaderView::Stretch);
    m_answer = shortcutAction(m_questionView, tr("&Answer…"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                              tr("Answer the selected question; students see the answer"));
    m_dismiss = shortcutAction(m_questionView, tr("D&ismiss"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                               tr("Set the selected question aside without an answer"));
    m_feature = shortcutAction(m_questionView, tr("&Feature"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                               tr("Show the selected question on top for everyone, or stop"));
    connect(m_answer, &QAction::triggered, this, &ModerationTab::answerSelected);
    connect(m_dismiss, &QAction::triggered, this, &ModerationTab::dismissSelected);
    connect(m_feature, &QAction::triggered, this, &ModerationTab::toggleFeatureSelected);
    connect(m_questionView, &QTableView::activated, this, &ModerationTab::answerSelected);
    auto* questionButtons = new QHBoxLayout;
    questionButtons->addWidget(heading(tr("Questions"), questionPanel));
    questionButtons->addWidget(m_questionCount);
    questionButtons->addStretch(1);
    for (QAction* action : questionActions())
        questionButtons->addWidget(actionButton(action, questionPanel));
    auto* questionLayout = new QVBoxLayout(questionPanel);
    questionLayout->setContentsMargins(0, 0, 0, 0);
    questionLayout->addLayout(questionButtons);
    questionLayout->addWidget(m_questionView, 1);
    questionLayout->addWidget(m_questionError);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(chatPanel);
    splitter->addWidget(questionPanel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No session of yours is live right now.\nIts chat and questions appear "
                        "here while it runs."));
    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(splitter);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);

    m_focusChat = new QAction(tr("Focus &chat"), this);
    m_focusChat->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_focusChat->setToolTip(tr("Write in the live session's chat (%1)")
                                .arg(m_focusChat->shortcut().toString(QKeySequence::NativeText)));
    connect(m_focusChat, &QAction::triggered, this, [this] {
        m_input->setFocus();
        m_input->selectAll();
    });

    connect(m_send, &QPushButton::clicked, this, &ModerationTab::sendMessage);
    connect(m_input, &QLineEdit::returnPressed, this, &ModerationTab::sendMessage);
    auto* stopReplying = new QAction(this);
    stopReplying->setShortcut(QKeySequence(Qt::Key_Escape));
    stopReplying->setShortcutContext(Qt::WidgetShortcut);
    m_input->addAction(stopReplying);
    connect(stopReplying, &QAction::triggered, this, [this] {
        m_replyTo.reset();
        m_replyBanner->hide();
    });

    // Follow the newest message only when the reader is there; otherwise keep their place.
    QScrollBar* scroll = m_chatView->verticalScrollBar();
    connect(m_chat, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this, scroll] { m_atNewest = scroll->value() >= scroll->maximum() - 4; });
    connect(m_feed, &ChatFeed::appended, this, [this] {
        if (!m_atNewest)
            return;
        m_feed->trimOldest(keptMessages);
        m_chatView->scrollToBottom();
    });
    connect(m_chat, &QAbstractItemModel::modelReset, this, [this] { m_atNewest = true; });
    // Older messages come in above: keep the reader's messages where they were.
    connect(
        m_chat, &QAbstractItemModel::rowsAboutToBeInserted, this,
        [this, scroll](const QModelIndex&, int first) {
            if (first != 0 || m_chat->isEmpty())
                return;
            const int fromBottom = scroll->maximum() - scroll->value();
            connect(
                scroll, &QScrollBar::rangeChanged, this,
                [scroll, fromBottom](int, int maximum) { scroll->setValue(maximum - fromBottom); },
                Qt::SingleShotConnection);
        });
    connect(scroll, &QScrollBar::valueChanged, this, [this, scroll](int value) {
        if (value == scroll->minimum() && scroll->maximum() > 0)
            m_feed->loadOlder();
    });
    connect(m_feed, &ChatFeed::pinnedChanged, this, &ModerationTab::showPinned);
    connect(m_feed, &ChatFeed::failed, this, &ModerationTab::showChatError);

    connect(m_chatView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ModerationTab::updateActions);
    connect(m_chat, &QAbstractItemModel::dataChanged, this, &ModerationTab::updateActions);
    connect(m_questionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ModerationTab::updateActions);
    connect(m_questions, &QAbstractItemModel::modelReset, this, &ModerationTab::updateActions);
    updateActions();

    // Votes come in bursts: one read of the questions per burst.
    m_questionsSoon->setSingleShot(true);
    m_questionsSoon->setInterval(150);
    connect(m_questionsSoon, &QTimer::timeout, this, &ModerationTab::reloadQuestions);
    connect(&m_api, &client::ConsoleApi::changed, this, [this](const DomainEvent& event) {
        if (m_session && ((event.sessionId == m_session->id &&
                           event.type.startsWith(QStringLiteral("question."))) ||
                          event.type == events::syncLost))
            m_questionsSoon->start();
    });
}

QList<QAction*> ModerationTab::messageActions() const {
    return {m_reply, m_like, m_pin, m_delete, m_ban};
}

QList<QAction*> ModerationTab::questionActions() const {
    return {m_answer, m_dismiss, m_feature};
}

void ModerationTab::follow(const std::optional<LiveSession>& session) {
    const Id previous = m_session ? m_session->id : 0;
    m_session = session;
    m_stack->setCurrentIndex(session ? 1 : 0);
    const Id current = session ? session->id : 0;
    if (current == previous)
        return;
    m_replyTo.reset();
    m_replyBanner->hide();
    m_chatError->hide();
    m_questionError->hide();
    m_feed->follow(current);
    if (current)
        reloadQuestions();
    else
        m_questions->setQuestions({}, {});
}

void ModerationTab::showPinned(const QList<LiveChatMessage>& pinned) {
    QStringList lines;
    for (const LiveChatMessage& message : pinned)
        lines << tr("Pinned · %1: %2").arg(m_chat->nameOf(message.userId), message.content);
    m_pinned->setText(lines.join(u'\n'));
    m_pinned->setVisible(!lines.isEmpty());
}

void ModerationTab::reloadQuestions() {
    if (!m_session)
        return;
    const quint64 request = ++m_latestQuestions;
    whenDone(this, m_api.questionBoard(m_session->id),
             [this, request](const Result<QuestionBoard>& list) {
                 if (request != m_latestQuestions)
                     return;
                 if (!list) {
                     showQuestionError(
                         tr("Could not read the questions: %1").arg(list.error().message));
                     return;
                 }
                 m_questionError->hide();
                 // The new order must not move the reader or lose what they selected.
                 const int scrolled = m_questionView->verticalScrollBar()->value();
                 const auto selected = selectedQuestion();
                 m_questions->setQuestions(list->questions, list->names);
                 if (selected) {
                     if (const int row = m_questions->rowOf(selected->id); row >= 0)
                         m_questionView->selectRow(row);
                 }
                 m_questionView->verticalScrollBar()->setValue(scrolled);
                 int open = 0;
                 for (const LiveQuestion& question : list->questions)
                     open += question.status == QuestionStatus::Pending;
                 m_questionCount->setText(tr("%n open", "", open));
                 Q_EMIT questionsLoaded();
             });
}

std::optional<LiveChatMessage> ModerationTab::selectedMessage() const {
    const QModelIndexList rows = m_chatView->selectionModel()->selectedIndexes();
    if (rows.isEmpty() || rows.first().row() >= m_chat->rowCount())
        return std::nullopt;
    return m_chat->messageAt(rows.first().row());
}

std::optional<LiveQuestion> ModerationTab::selectedQuestion() const {
    const QModelIndexList rows = m_questionView->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_questions->rowCount())
        return std::nullopt;
    return m_questions->questionAt(rows.first().row());
}

void ModerationTab::updateActions() {
    const auto message = selectedMessage();
    const bool usable = message && !message->isDeleted;
    m_reply->setEnabled(usable);
    m_like->setEnabled(usable && message->userId != m_api.user().id);
    m_pin->setEnabled(usable);
    m_pin->setText(message && message->isPinned ? tr("Un&pin") : tr("&Pin"));
    m_delete->setEnabled(usable);
    m_ban->setEnabled(message.has_value() && message->userId != m_api.user().id);
    const auto question = selectedQuestion();
    m_answer->setEnabled(question.has_value());
    m_dismiss->setEnabled(question && question->status == QuestionStatus::Pending);
    m_feature->setEnabled(question.has_value());
    m_feature->setText(question && question->isFeatured ? tr("Un&feature") : tr("&Feature"));
}

void ModerationTab::showChatError(const QString& message) {
    m_chatError->setText(message);
    m_chatError->show();
}

void ModerationTab::showQuestionError(const QString& message) {
    m_questionError->setText(message);
    m_questionError->show();
}

void ModerationTab::sendMessage() {
    if (!m_session || m_input->text().trimmed().isEmpty())
        return;
    ChatDraft draft;
    draft.content = m_input->text();
    draft.replyTo = m_replyTo;
    m_chatError->hide();
    m_send->setEnabled(false);
    whenDone(this, m_api.sendChat(m_session->id, draft),
             [this](const Result<LiveChatMessage>& sent) {
                 m_send->setEnabled(true);
                 if (!sent) {
                     // The text stays in the line so nothing typed is lost.
                     showChatError(tr("The message was not sent: %1").arg(sent.error().message));
                     return;
                 }
                 m_input->clear();
                 m_replyTo.reset();
                 m_replyBanner->hide();
                 m_chatView->scrollToBottom();
             });
}

void ModerationTab::replyToSelected() {
    const auto message = selectedMessage();
    if (!message)
        return;
    m_replyTo = message->id;
    m_replyBanner->setText(
        tr("Replying to %1: “%2” (Esc to stop)")
            .arg(m_chat->nameOf(message->userId), message->content.left(60).replace(u'\n', u' ')));
    m_replyBanner->show();
    m_input->setFocus();
}

void ModerationTab::changeMessage(QFuture<Result<LiveChatMessage>> change, const QString& failure) {
    m_chatError->hide();
    whenDone(this, std::move(change), [this, failure](const Result<LiveChatMessage>& changed) {
        if (!changed)
            showChatError(failure.arg(changed.error().message));
    });
}

void ModerationTab::likeSelected() {
    if (const auto message = selectedMessage()) {
        changeMessage(m_api.likeChat(message->id), tr("The message could not be liked: %1"));
    }
}

void ModerationTab::togglePinSelected() {
    if (const auto message = selectedMessage()) {
        changeMessage(m_api.pinChat(message->id, !message->isPinned),
                      tr("The message could not be pinned: %1"));
    }
}

void ModerationTab::deleteSelected() {
    if (const auto message = selectedMessage()) {
        changeMessage(m_api.deleteChat(message->id), tr("The message could not be deleted: %1"));
    }
}

void ModerationTab::banAuthorOfSelected() {
    const auto message = selectedMessage();
    if (!message || !m_session)
        return;
    m_chatError->hide();
    whenDone(
        this, m_api.banFromSession(m_session->id, message->userId),
        [this, name = m_chat->nameOf(message->userId)](const Result<SessionParticipant>& banned) {
            if (!banned) {
                showChatError(tr("%1 could not be banned: %2").arg(name, banned.error().message));
                return;
            }
            Q_EMIT notice(tr("%1 was removed from the session.").arg(name));
        });
}

void ModerationTab::changeQuestion(QFuture<Result<LiveQuestion>> change, const QString& failure) {
    m_questionError->hide();
    whenDone(this, std::move(change), [this, failure](const Result<LiveQuestion>& changed) {
        if (!changed)
            showQuestionError(failure.arg(changed.error().message));
    });
}

void ModerationTab::answerSelected() {
    const auto question = selectedQuestion();
    if (!question)
        return;
    bool ok = false;
    const QString answer = QInputDialog::getMultiLineText(
        this, tr("Answer question"), question->question, question->answer, &ok);
    if (!ok)
        return;
    changeQuestion(m_api.answerQuestion(question->id, answer), tr("The answer was not saved: %1"));
}

void ModerationTab::dismissSelected() {
    if (const auto question = selectedQuestion()) {
        changeQuestion(m_api.dismissQuestion(question->id),
                       tr("The question could not be dismissed: %1"));
    }
}

void ModerationTab::toggleFeatureSelected() {
    if (const auto question = selectedQuestion()) {
        changeQuestion(m_api.featureQuestion(question->id, !question->isFeatured),
                       tr("The question could not be featured: %1"));
    }
}

} // namespace lectern::ui
