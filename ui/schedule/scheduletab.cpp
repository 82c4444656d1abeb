#include "scheduletab.h"

#include "common/panellabels.h"
#include "common/shortcutaction.h"
#include "nextsessionbanner.h"
#include "schedulefilterbar.h"
#include "sessioncommands.h"
#include "sessioneditor.h"
#include "sessionlist.h"
#include "whendone.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace lectern::ui {

ScheduleTab::ScheduleTab(client::ConsoleApi& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_banner(new NextSessionBanner([this] { return m_api.now(); }, this))
    , m_filters(new ScheduleFilterBar([this] { return m_api.now(); }, this))
    , m_list(new SessionList(this))
    , m_commands(new SessionCommands(api, this, m_list, m_filters))
    , m_error(errorLabel(this))
    , m_reloadSoon(new QTimer(this)) {
    auto* actionsRow = new QHBoxLayout;
    for (QAction* action : m_commands->buttonActions())
        actionsRow->addWidget(actionButton(action, this));
    actionsRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(actionsRow);
    layout->addWidget(m_filters);
    layout->addWidget(m_error);
    layout->addWidget(m_list, 1);

    connect(m_filters, &ScheduleFilterBar::changed, this, &ScheduleTab::reload);
    connect(m_commands, &SessionCommands::asked, m_error, &QLabel::hide);
    connect(m_commands, &SessionCommands::failed, this, &ScheduleTab::showError);
    connect(m_commands, &SessionCommands::notice, this, &ScheduleTab::notice);
    connect(m_commands, &SessionCommands::sessionSaved, this, &ScheduleTab::showSaved);
    connect(m_commands, &SessionCommands::changed, this, &ScheduleTab::reload);
    connect(m_commands, &SessionCommands::wentLive, this, &ScheduleTab::wentLive);
    connect(m_commands, &SessionCommands::editorOpened, this, &ScheduleTab::editorOpened);

    // A class filling up sends a join event per student: gather a burst into one reload.
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(200);
    connect(m_reloadSoon, &QTimer::timeout, this, &ScheduleTab::reload);
    connect(&m_api, &client::ConsoleApi::changed, this, [this](const DomainEvent& event) {
        if (event.type.startsWith(QStringLiteral("session.")) ||
            event.type.startsWith(QStringLiteral("participant.")))
            m_reloadSoon->start();
    });
}

SessionTableModel* ScheduleTab::model() const {
    return m_list->model();
}

QTableView* ScheduleTab::view() const {
    return m_list->view();
}

QList<QAction*> ScheduleTab::sessionActions() const {
    return m_commands->actions();
}

QAction* ScheduleTab::newSessionAction() const {
    return m_commands->newSessionAction();
}

void ScheduleTab::setView(ScheduleView view) {
    m_filters->setView(view);
}

void ScheduleTab::setAnchor(QDate day) {
    m_filters->setAnchor(day);
}

ScheduleView ScheduleTab::currentView() const {
    return m_filters->view();
}

void ScheduleTab::selectSession(Id sessionId) {
    m_list->selectSession(sessionId);
}

std::optional<LiveSession> ScheduleTab::selectedSession() const {
    return m_list->selectedSession();
}

void ScheduleTab::reload() {
    const quint64 request = ++m_latestReload;
    whenDone(this, m_api.schedule(m_filters->query()),
             [this, request](const Result<Schedule>& schedule) {
                 if (request != m_latestReload)
                     return;
                 if (!schedule) {
                     showError(tr("Could not load the sessions: %1").arg(schedule.error().message));
                     Q_EMIT failed(schedule.error().message);
                     return;
                 }
                 m_error->hide();
                 QHash<Id, QString> titles;
                 for (const Course& course : schedule->courses)
                     titles.insert(course.id, course.title);
                 m_filters->setCourses(schedule->courses);
                 m_list->showSessions(schedule->sessions, titles,
                                      m_filters->emptyText(!schedule->schedulable.isEmpty()));
                 if (m_selectAfterLoad)
                     m_list->selectSession(std::exchange(m_selectAfterLoad, 0));
                 m_commands->setSchedule(*schedule);
                 const auto& next = schedule->next;
                 m_banner->setNext(next, next ? titles.value(next->courseId) : QString());
                 Q_EMIT loaded();
             });
}

void ScheduleTab::showSaved(const LiveSession& session) {
    m_selectAfterLoad = session.id;
    if (m_filters->view() != ScheduleView::List)
        m_filters->setAnchor(session.scheduledStart.toLocalTime().date()); // reloads
    else
        reload();
}

void ScheduleTab::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

} // namespace lectern::ui
