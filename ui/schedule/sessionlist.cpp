#include "sessionlist.h"

#include "common/statusbadgedelegate.h"
#include "sessiontablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedLayout>
#include <QTableView>

namespace lectern::ui {

SessionList::SessionList(QWidget* parent)
    : QWidget(parent)
    , m_model(new SessionTableModel(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedLayout(this)) {
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Sessions"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setItemDelegateForColumn(SessionTableModel::StatusColumn,
                                     new StatusBadgeDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SessionTableModel::TitleColumn,
                                                     QHeaderView::Stretch);
    m_empty->setAccessibleName(tr("No sessions"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    connect(m_view, &QTableView::activated, this, &SessionList::activated);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionList::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionList::selectionChanged);
}

void SessionList::showSessions(const QList<LiveSession>& sessions,
                               const QHash<Id, QString>& courseTitles, const QString& emptyText) {
    const auto selected = selectedSession();
    m_model->setSessions(sessions, courseTitles);
    m_empty->setText(emptyText);
    m_stack->setCurrentWidget(sessions.isEmpty() ? static_cast<QWidget*>(m_empty)
                                                 : static_cast<QWidget*>(m_view));
    if (selected)
        selectSession(selected->id);
}

void SessionList::selectSession(Id sessionId) {
    const int row = m_model->rowOf(sessionId);
    if (row >= 0)
        m_view->selectRow(row);
}

std::optional<LiveSession> SessionList::selectedSession() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->sessionAt(rows.first().row());
}

} // namespace lectern::ui
