#pragma once

#include "client/consoleapi.h"
#include "domain/livechatmessage.h"
#include "domain/livequestion.h"
#include "domain/livesession.h"

#include <QWidget>

#include <QFuture>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedLayout;
class QTableView;
class QTimer;

namespace lectern::ui {

class ChatFeed;
class ChatModel;
class QuestionModel;

// The live session's chat and questions for those who run it: pinned messages on top, the
// chat as it arrives (the view stays where the reader left it unless they are at the newest
// message), and per message reply, like, pin, delete and ban its author; questions by votes
// with answer, dismiss and feature.
class ModerationTab : public QWidget {
    Q_OBJECT

public:
    // How many messages the view keeps while it follows the newest (older ones are read
    // again when scrolled to).
    static constexpr int keptMessages = 5000;

    explicit ModerationTab(client::ConsoleApi& api, QWidget* parent = nullptr);

    // The session to moderate (the live one), or none.
    void follow(const std::optional<LiveSession>& session);

    ChatModel* chat() const { return m_chat; }
    ChatFeed* feed() const { return m_feed; }
    QuestionModel* questions() const { return m_questions; }
    QListView* chatView() const { return m_chatView; }
    QTableView* questionView() const { return m_questionView; }
    QLineEdit* messageInput() const { return m_input; }
    // For the window's menu: focus the chat's input from anywhere.
    QAction* focusChatAction() const { return m_focusChat; }
    QList<QAction*> messageActions() const;
    QList<QAction*> questionActions() const;

public Q_SLOTS:
    void reloadQuestions();
    void sendMessage();
    void replyToSelected();
    void likeSelected();
    void togglePinSelected();
    void deleteSelected();
    void banAuthorOfSelected();
    void answerSelected();
    void dismissSelected();
    void toggleFeatureSelected();

Q_SIGNALS:
    void questionsLoaded();
    // What was done, for the status bar.
    void notice(const QString& message);

private:
    std::optional<LiveChatMessage> selectedMessage() const;
    std::optional<LiveQuestion> selectedQuestion() const;
    void updateActions();
    void showChatError(const QString& message);
    void showQuestionError(const QString& message);
    void showPinned(const QList<LiveChatMessage>& pinned);
    // Shows the core's refusal of a change (`failure` gets its message); a success shows
    // through the core's event, like anyone else's change.
    void changeMessage(QFuture<Result<LiveChatMessage>> change, const QString& failure);
    void changeQuestion(QFuture<Result<LiveQuestion>> change, const QString& failure);

    client::ConsoleApi& m_api;
    std::optional<LiveSession> m_session;
    ChatModel* m_chat;
    ChatFeed* m_feed;
    QuestionModel* m_questions;
    QStackedLayout* m_stack;
    QLabel* m_empty;
    QLabel* m_pinned;
    QListView* m_chatView;
    QLabel* m_replyBanner;
    QLineEdit* m_input;
    QPushButton* m_send;
    QLabel* m_chatError;
    QTableView* m_questionView;
    QLabel* m_questionError;
    QLabel* m_questionCount;
    QAction* m_focusChat;
    QAction* m_reply;
    QAction* m_like;
    QAction* m_pin;
    QAction* m_delete;
    QAction* m_ban;
    QAction* m_answer;
    QAction* m_dismiss;
    QAction* m_feature;
    QTimer* m_questionsSoon;
    std::optional<Id> m_replyTo;
    // Whether the reader was at the newest message when rows arrived.
    bool m_atNewest = true;
    quint64 m_latestQuestions = 0;
};

} // namespace lectern::ui
