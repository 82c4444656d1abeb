#include "scheduletab.h"

#include "corecall.h"
#include "services/sessionservice.h"
#include "sessiontablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedLayout>
#include <QTableView>
#include <QTimer>

namespace lectern::ui {

ScheduleTab::ScheduleTab(ServiceContext context, User user, QWidget* parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_user(std::move(user))
    , m_model(new SessionTableModel(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedLayout(this))
    , m_reloadSoon(new QTimer(this)) {
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Sessions"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SessionTableModel::TitleColumn,
                                                     QHeaderView::Stretch);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No sessions of your courses yet.\nSessions that are scheduled for them "
                        "appear here as soon as they are saved."));

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    if (m_context.events) {
        // A class filling up sends a join event per student: gather a burst into one reload.
        m_reloadSoon->setSingleShot(true);
        m_reloadSoon->setInterval(200);
        connect(m_reloadSoon, &QTimer::timeout, this, &ScheduleTab::reload);
        connect(m_context.events, &EventBus::published, this, [this](const DomainEvent& event) {
            if (event.type.startsWith(QStringLiteral("session.")) ||
                event.type.startsWith(QStringLiteral("participant.")))
                m_reloadSoon->start();
        });
    }
}

void ScheduleTab::reload() {
    const quint64 request = ++m_latestReload;
    callCore(
        this,
        [context = m_context, user = m_user] {
            return SessionService(context).listSessions(user, SessionFilter{});
        },
        [this, request](const Result<QList<LiveSession>>& sessions) {
            if (request != m_latestReload)
                return;
            if (!sessions) {
                Q_EMIT failed(sessions.error().message);
                return;
            }
            m_model->setSessions(*sessions);
            m_stack->setCurrentWidget(sessions->isEmpty() ? static_cast<QWidget*>(m_empty)
                                                          : static_cast<QWidget*>(m_view));
            Q_EMIT loaded();
        });
}

} // namespace lectern::ui
