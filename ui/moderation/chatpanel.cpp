#include "chatpanel.h"

#include "chatdelegate.h"
#include "chatfeed.h"
#include "chatmodel.h"
#include "common/panellabels.h"
#include "common/shortcutaction.h"
#include "whendone.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace lectern::ui {

ChatPanel::ChatPanel(client::ConsoleApi& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_chat(new ChatModel(this))
    , m_feed(new ChatFeed(m_api, m_chat, this))
    , m_pinned(new QLabel(this))
    , m_chatView(new QListView(this))
    , m_replyBanner(new QLabel(this))
    , m_input(new QLineEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_error(errorLabel(this)) {
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

    m_reply = shortcutAction(m_chatView, tr("Repl&y"), QKeySequence(Qt::CTRL | Qt::Key_R),
                             tr("Answer the selected message in the chat"));
    m_like = shortcutAction(m_chatView, tr("Li&ke"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                            tr("Like the selected message"));
    m_pin = shortcutAction(m_chatView, tr("Pin"), QKeySequence(Qt::CTRL | Qt::Key_P),
                           tr("Pin the selected message on top for everyone, or unpin it"));
    m_delete = shortcutAction(m_chatView, tr("&Delete"), QKeySequence::Delete,
                              tr("Delete the selected message for everyone"));
    m_ban = shortcutAction(m_chatView, tr("&Ban author"), QKeySequence(Qt::CTRL | Qt::Key_B),
                           tr("Remove the author of the selected message from the session"));
    connect(m_reply, &QAction::triggered, this, &ChatPanel::replyToSelected);
    connect(m_like, &QAction::triggered, this, &ChatPanel::likeSelected);
    connect(m_pin, &QAction::triggered, this, &ChatPanel::togglePinSelected);
    connect(m_delete, &QAction::triggered, this, &ChatPanel::deleteSelected);
    connect(m_ban, &QAction::triggered, this, &ChatPanel::banAuthorOfSelected);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(panelHeading(tr("Chat"), this));
    buttons->addStretch(1);
    for (QAction* action : messageActions())
        buttons->addWidget(actionButton(action, this));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_pinned);
    layout->addWidget(m_chatView, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_replyBanner);
    layout->addLayout(inputRow);

    connect(m_send, &QPushButton::clicked, this, &ChatPanel::sendMessage);
    connect(m_input, &QLineEdit::returnPressed, this, &ChatPanel::sendMessage);
    auto* escape = new QAction(this);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetShortcut);
    m_input->addAction(escape);
    connect(escape, &QAction::triggered, this, &ChatPanel::stopReplying);

    keepReadersPlace();
    connect(m_feed, &ChatFeed::pinnedChanged, this, &ChatPanel::showPinned);
    connect(m_feed, &ChatFeed::failed, this, &ChatPanel::showError);
    connect(m_chatView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChatPanel::updateActions);
    connect(m_chat, &QAbstractItemModel::dataChanged, this, &ChatPanel::updateActions);
    updateActions();
}

void ChatPanel::keepReadersPlace() {
    // Follow the newest message only when the reader is there; otherwise keep their place.
    QScrollBar* scroll = m_chatView->verticalScrollBar();
    // Where the reader is, as they scroll (a growing range leaves the value, and this, alone).
    connect(scroll, &QScrollBar::valueChanged, this,
            [this, scroll](int value) { m_atNewest = value >= scroll->maximum() - 4; });
    // Rows re-wrap when the live view's columns or the window change size: a reader at the
    // newest message stays there.
    connect(scroll, &QScrollBar::rangeChanged, this, [this, scroll](int, int maximum) {
        if (m_atNewest)
            scroll->setValue(maximum);
    });
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
}

QList<QAction*> ChatPanel::messageActions() const {
    return {m_reply, m_like, m_pin, m_delete, m_ban};
}

void ChatPanel::follow(Id sessionId) {
    if (sessionId == m_sessionId)
        return;
    m_sessionId = sessionId;
    stopReplying();
    m_error->hide();
    m_feed->follow(sessionId);
}

void ChatPanel::focusInput() {
    m_input->setFocus();
    m_input->selectAll();
}

void ChatPanel::showPinned(const QList<LiveChatMessage>& pinned) {
    QStringList lines;
    for (const LiveChatMessage& message : pinned)
        lines << tr("Pinned · %1: %2").arg(m_chat->nameOf(message.userId), message.content);
    m_pinned->setText(lines.join(u'\n'));
    m_pinned->setVisible(!lines.isEmpty());
}

std::optional<LiveChatMessage> ChatPanel::selectedMessage() const {
    const QModelIndexList rows = m_chatView->selectionModel()->selectedIndexes();
    if (rows.isEmpty() || rows.first().row() >= m_chat->rowCount())
        return std::nullopt;
    return m_chat->messageAt(rows.first().row());
}

void ChatPanel::updateActions() {
    const auto message = selectedMessage();
    const bool usable = message && !message->isDeleted;
    m_reply->setEnabled(usable);
    m_like->setEnabled(usable && message->userId != m_api.user().id);
    m_pin->setEnabled(usable);
    m_pin->setText(message && message->isPinned ? tr("Unpin") : tr("Pin"));
    m_delete->setEnabled(usable);
    m_ban->setEnabled(message.has_value() && message->userId != m_api.user().id);
}

void ChatPanel::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void ChatPanel::stopReplying() {
    m_replyTo.reset();
    m_replyBanner->hide();
}

void ChatPanel::sendMessage() {
    if (!m_sessionId || m_input->text().trimmed().isEmpty())
        return;
    ChatDraft draft;
    draft.content = m_input->text();
    draft.replyTo = m_replyTo;
    m_error->hide();
    m_send->setEnabled(false);
    whenDone(this, m_api.sendChat(m_sessionId, draft), [this](const Result<LiveChatMessage>& sent) {
        m_send->setEnabled(true);
        if (!sent) {
            // The text stays in the line so nothing typed is lost.
            showError(tr("The message was not sent: %1").arg(sent.error().message));
            return;
        }
        m_input->clear();
        stopReplying();
        m_chatView->scrollToBottom();
    });
}

void ChatPanel::replyToSelected() {
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

void ChatPanel::changeMessage(QFuture<Result<LiveChatMessage>> change, const QString& failure) {
    m_error->hide();
    whenDone(this, std::move(change), [this, failure](const Result<LiveChatMessage>& changed) {
        if (!changed)
            showError(failure.arg(changed.error().message));
    });
}

void ChatPanel::likeSelected() {
    if (const auto message = selectedMessage())
        changeMessage(m_api.likeChat(message->id), tr("The message could not be liked: %1"));
}

void ChatPanel::togglePinSelected() {
    if (const auto message = selectedMessage()) {
        changeMessage(m_api.pinChat(message->id, !message->isPinned),
                      tr("The message could not be pinned: %1"));
    }
}

void ChatPanel::deleteSelected() {
    if (const auto message = selectedMessage())
        changeMessage(m_api.deleteChat(message->id), tr("The message could not be deleted: %1"));
}

void ChatPanel::banAuthorOfSelected() {
    const auto message = selectedMessage();
    if (!message || !m_sessionId)
        return;
    m_error->hide();
    whenDone(
        this, m_api.banFromSession(m_sessionId, message->userId),
        [this, name = m_chat->nameOf(message->userId)](const Result<SessionParticipant>& banned) {
            if (!banned) {
                showError(tr("%1 could not be banned: %2").arg(name, banned.error().message));
                return;
            }
            Q_EMIT notice(tr("%1 was removed from the session.").arg(name));
        });
}

} // namespace lectern::ui
