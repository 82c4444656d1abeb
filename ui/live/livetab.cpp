#include "livetab.h"

#include "common/panellabels.h"
#include "common/shortcutaction.h"
#include "livesessionheader.h"
#include "moderation/chatpanel.h"
#include "moderation/questionpanel.h"
#include "nextsessionpanel.h"
#include "polls/currentpollpanel.h"
#include "presentwindow.h"
#include "rosterpanel.h"
#include "whendone.h"

#include <QAction>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedLayout>
#include <QTimer>
#include <QVBoxLayout>

namespace lectern::ui {
namespace {

// A splitter whose sizes are kept in the settings under `key` as the user drags it.
QSplitter* rememberedSplitter(Qt::Orientation orientation, const QString& key, QWidget* parent) {
    auto* splitter = new QSplitter(orientation, parent);
    splitter->setObjectName(key);
    splitter->setChildrenCollapsible(false);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, key] { QSettings().setValue(key, splitter->saveState()); });
    return splitter;
}

void restoreSizes(QSplitter* splitter) {
    splitter->restoreState(QSettings().value(splitter->objectName()).toByteArray());
}

} // namespace

LiveTab::LiveTab(client::ConsoleApi& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_stack(new QStackedLayout(this))
    , m_next(new NextSessionPanel(api, this))
    , m_livePage(new QWidget(this))
    , m_header(new LiveSessionHeader(api, m_livePage))
    , m_error(errorLabel(m_livePage))
    , m_roster(new RosterPanel(api, m_livePage))
    , m_chat(new ChatPanel(api, m_livePage))
    , m_questions(new QuestionPanel(api, m_livePage))
    , m_poll(new CurrentPollPanel(api, m_livePage))
    , m_focusChat(new QAction(tr("Focus &chat"), this))
    , m_present(shortcutAction(this, tr("Present"), QKeySequence(Qt::Key_F11),
                               tr("Show the running poll or the featured question full screen, "
                                  "to share into the meeting")))
    , m_reloadSoon(new QTimer(this))
    , m_countersSoon(new QTimer(this)) {
    auto* page = new QVBoxLayout(m_livePage);
    page->addWidget(m_header);
    page->addWidget(m_error);
    page->addWidget(createColumns(), 1);
    m_stack->addWidget(m_next);
    m_stack->addWidget(m_livePage);

    connect(m_next, &NextSessionPanel::wentLive, this, &LiveTab::reload);
    connect(m_header, &LiveSessionHeader::asked, m_error, &QLabel::hide);
    connect(m_header, &LiveSessionHeader::failed, this, &LiveTab::showError);
    connect(m_header, &LiveSessionHeader::agoraJoinReady, this, &LiveTab::agoraJoinReady);
    connect(m_header, &LiveSessionHeader::ended, this, [this](Id sessionId) {
        Q_EMIT sessionEnded(sessionId);
        reload();
    });
    connect(m_roster, &RosterPanel::asked, m_error, &QLabel::hide);
    connect(m_roster, &RosterPanel::failed, this, &LiveTab::showError);
    connect(m_roster, &RosterPanel::changed, this, &LiveTab::reload);
    m_present->setShortcutContext(Qt::WindowShortcut);
    connect(m_present, &QAction::triggered, this, &LiveTab::present);
    m_header->addButton(actionButton(m_present, m_header));
    connect(m_poll, &CurrentPollPanel::asked, m_error, &QLabel::hide);
    connect(m_poll, &CurrentPollPanel::failed, this, &LiveTab::showError);
    m_focusChat->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_focusChat->setToolTip(tr("Write in the live session's chat (%1)")
                                .arg(m_focusChat->shortcut().toString(QKeySequence::NativeText)));

    // Joins, messages and votes come in bursts: one reload per burst.
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(200);
    connect(m_reloadSoon, &QTimer::timeout, this, &LiveTab::reload);
    // Counters (messages, questions, votes) change by the hundred in a busy class: they are
    // read again every few seconds, not per message.
    m_countersSoon->setSingleShot(true);
    m_countersSoon->setInterval(2000);
    connect(m_countersSoon, &QTimer::timeout, this, &LiveTab::reload);
    connect(&m_api, &client::ConsoleApi::changed, this, [this](const DomainEvent& event) {
        const bool ours = m_live.session && event.sessionId == m_live.session->id;
        if (event.type.startsWith(QStringLiteral("session.")) ||
            (ours && event.type.startsWith(QStringLiteral("participant."))))
            m_reloadSoon->start();
        else if (ours && !m_countersSoon->isActive() &&
                 (event.type == QStringLiteral("chat.created") ||
                  event.type == QStringLiteral("question.asked") ||
                  event.type == QStringLiteral("poll.results")))
            m_countersSoon->start();
    });
}

QWidget* LiveTab::createColumns() {
    // At 1366x768 the three columns share the width about 2:2:1.3; the middle one holds the
    // questions over the current poll.
    QSplitter* middle = rememberedSplitter(Qt::Vertical, QStringLiteral("liveView/middle"), this);
    middle->addWidget(m_questions);
    middle->addWidget(m_poll);
    middle->setSizes({300, 200});
    auto* rosterColumn = new QWidget(this);
    auto* rosterLayout = new QVBoxLayout(rosterColumn);
    rosterLayout->setContentsMargins(0, 0, 0, 0);
    rosterLayout->addWidget(panelHeading(tr("Roster"), rosterColumn));
    rosterLayout->addWidget(m_roster, 1);
    QSplitter* columns =
        rememberedSplitter(Qt::Horizontal, QStringLiteral("liveView/columns"), this);
    columns->addWidget(m_chat);
    columns->addWidget(middle);
    columns->addWidget(rosterColumn);
    columns->setSizes({480, 480, 320});
    restoreSizes(middle);
    restoreSizes(columns);
    return columns;
}

PresentWindow* LiveTab::presentWindow() const {
    return m_presentWindow;
}

void LiveTab::present() {
    if (!m_live.session)
        return;
    if (!m_presentWindow)
        m_presentWindow = new PresentWindow(m_poll, m_questions->questions(), window());
    // With a second screen (a projector, or the one shared), it goes there, not over the console.
    const QList<QScreen*> screens = QGuiApplication::screens();
    QScreen* target = screen();
    if (screens.size() > 1) {
        QStringList names;
        int suggested = 0;
        for (int i = 0; i < screens.size(); ++i) {
            names << tr("%1 (%2×%3)")
                         .arg(screens.at(i)->name())
                         .arg(screens.at(i)->size().width())
                         .arg(screens.at(i)->size().height());
            if (screens.at(i) != screen() && suggested == 0)
                suggested = i;
        }
        bool chosen = false;
        const QString name = QInputDialog::getItem(this, tr("Present"), tr("&Show on:"), names,
                                                   suggested, false, &chosen);
        if (!chosen)
            return;
        target = screens.value(names.indexOf(name), target);
    }
    m_presentWindow->setJoinAddress(m_header->chosenAddress());
    m_presentWindow->presentOn(target);
}

RosterModel* LiveTab::roster() const {
    return m_roster->roster();
}

QPushButton* LiveTab::joinButton() const {
    return m_header->joinButton();
}

void LiveTab::reload() {
    const quint64 request = ++m_latestReload;
    whenDone(this, m_api.liveClass(), [this, request](const Result<LiveClass>& live) {
        if (request != m_latestReload)
            return;
        if (!live) {
            showError(tr("Could not read the live session: %1").arg(live.error().message));
            return;
        }
        m_live = *live;
        showLive();
        Q_EMIT loaded();
    });
}

void LiveTab::showLive() {
    m_present->setEnabled(m_live.session.has_value());
    if (!m_live.session && m_presentWindow)
        m_presentWindow->close(); // the class ended: nothing more to share
    servePage(m_live.session && m_live.rights.manages);
    m_header->showSession(m_live.session, m_live.rights);
    m_roster->showRoster(m_live);
    const Id following = m_live.session ? m_live.session->id : 0;
    m_chat->follow(following);
    m_questions->follow(following);
    m_poll->follow(following);
    m_next->showNext(m_live.next);
    m_stack->setCurrentWidget(m_live.session ? m_livePage : static_cast<QWidget*>(m_next));
}

void LiveTab::servePage(bool wanted) {
    if (!wanted) {
        m_api.stopServingPage();
        m_address.clear();
    } else if (m_address.isEmpty()) {
        if (auto page = m_api.participantPage())
            m_address = *page;
        else
            showError(tr("The participant page could not start: %1").arg(page.error().message));
    }
    m_header->setAddresses(m_address.isEmpty() ? QStringList() : m_api.participantPageAddresses());
}

void LiveTab::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

} // namespace lectern::ui
