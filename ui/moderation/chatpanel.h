#pragma once

#include "client/consoleapi.h"
#include "domain/livechatmessage.h"

#include <QFuture>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace lectern::ui {

class ChatFeed;
class ChatModel;

// One live session's chat for those who run it: pinned messages on top, the messages as they
// arrive (the view stays where the reader left it unless they are at the newest message), the
// line to write in, and per message reply, like, pin, delete and ban its author.
class ChatPanel : public QWidget {
    Q_OBJECT

public:
    // How many messages the view keeps while it follows the newest (older ones are read
    // again when scrolled to).
    static constexpr int keptMessages = 5000;

    explicit ChatPanel(client::ConsoleApi& api, QWidget* parent = nullptr);

    // The session whose chat to show (0: none).
    void follow(Id sessionId);

    ChatModel* chat() const { return m_chat; }
    ChatFeed* feed() const { return m_feed; }
    QListView* chatView() const { return m_chatView; }
    QLineEdit* messageInput() const { return m_input; }
    QList<QAction*> messageActions() const;

public Q_SLOTS:
    // Puts the cursor in the line to write in, its text selected.
    void focusInput();
    void sendMessage();
    void replyToSelected();
    void likeSelected();
    void togglePinSelected();
    void deleteSelected();
    void banAuthorOfSelected();

Q_SIGNALS:
    // What was done, for the status bar.
    void notice(const QString& message);

private:
    std::optional<LiveChatMessage> selectedMessage() const;
    void updateActions();
    void showError(const QString& message);
    void showPinned(const QList<LiveChatMessage>& pinned);
    void stopReplying();
    void keepReadersPlace();
    // Shows the core's refusal of a change (`failure` gets its message); a success shows
    // through the core's event, like anyone else's change.
    void changeMessage(QFuture<Result<LiveChatMessage>> change, const QString& failure);

    client::ConsoleApi& m_api;
    Id m_sessionId = 0;
    ChatModel* m_chat;
    ChatFeed* m_feed;
    QLabel* m_pinned;
    QListView* m_chatView;
    QLabel* m_replyBanner;
    QLineEdit* m_input;
    QPushButton* m_send;
    QLabel* m_error;
    QAction* m_reply;
    QAction* m_like;
    QAction* m_pin;
    QAction* m_delete;
    QAction* m_ban;
    std::optional<Id> m_replyTo;
    // Whether the reader was at the newest message when rows arrived.
    bool m_atNewest = true;
};

} // namespace lectern::ui
