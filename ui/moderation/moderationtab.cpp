#include "moderationtab.h"

#include "chatpanel.h"
#include "questionpanel.h"

#include <QAction>
#include <QLabel>
#include <QSplitter>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace lectern::ui {

ModerationTab::ModerationTab(client::ConsoleApi& api, QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_chat(new ChatPanel(api, this))
    , m_questions(new QuestionPanel(api, this))
    , m_focusChat(new QAction(tr("Focus &chat"), this)) {
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_chat);
    splitter->addWidget(m_questions);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* empty = new QLabel(this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setText(tr("No session of yours is live right now.\nIts chat and questions appear "
                      "here while it runs."));
    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(splitter);
    m_stack->addWidget(empty);
    m_stack->addWidget(page);

    m_focusChat->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_focusChat->setToolTip(tr("Write in the live session's chat (%1)")
                                .arg(m_focusChat->shortcut().toString(QKeySequence::NativeText)));
}

void ModerationTab::follow(const std::optional<LiveSession>& session) {
    m_stack->setCurrentIndex(session ? 1 : 0);
    const Id current = session ? session->id : 0;
    m_chat->follow(current);
    m_questions->follow(current);
}

} // namespace lectern::ui
