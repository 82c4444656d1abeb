#pragma once

#include "client/consoleapi.h"
#include "domain/livesession.h"

#include <QWidget>

#include <optional>

class QAction;
class QStackedLayout;

namespace lectern::ui {

class ChatPanel;
class QuestionPanel;

// The live session's chat and questions side by side for those who run it, or a word that
// nothing is live.
class ModerationTab : public QWidget {
    Q_OBJECT

public:
    explicit ModerationTab(client::ConsoleApi& api, QWidget* parent = nullptr);

    // The session to moderate (the live one), or none.
    void follow(const std::optional<LiveSession>& session);

    ChatPanel* chatPanel() const { return m_chat; }
    QuestionPanel* questionPanel() const { return m_questions; }
    // For the window's menu, which shows the tab and focuses the chat's input.
    QAction* focusChatAction() const { return m_focusChat; }

private:
    QStackedLayout* m_stack;
    ChatPanel* m_chat;
    QuestionPanel* m_questions;
    QAction* m_focusChat;
};

} // namespace lectern::ui
