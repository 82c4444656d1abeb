#include "rosterpanel.h"

#include "rostermodel.h"
#include "whendone.h"

#include <QAction>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace lectern::ui {

RosterPanel::RosterPanel(client::ConsoleApi& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_roster(new RosterModel(this))
    , m_view(new QTableView(this))
    , m_ban(new QAction(tr("&Ban from session"), this))
    , m_moderator(new QAction(tr("Make &moderator"), this)) {
    m_view->setModel(m_roster);
    // Ban and moderator act on the selected participant: context menu or shortcut.
    m_ban->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_ban->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_moderator->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_moderator->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_ban, &QAction::triggered, this, &RosterPanel::toggleBan);
    connect(m_moderator, &QAction::triggered, this, &RosterPanel::toggleModerator);
    m_view->addAction(m_ban);
    m_view->addAction(m_moderator);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Roster"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RosterModel::NameColumn, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RosterPanel::updateActions);
    connect(m_roster, &QAbstractItemModel::modelReset, this, &RosterPanel::updateActions);
    connect(m_roster, &QAbstractItemModel::dataChanged, this, &RosterPanel::updateActions);
    updateActions();
}

void RosterPanel::showRoster(const LiveClass& live) {
    m_live = live.session.has_value();
    m_rights = live.rights;
    m_roster->setRoster(live.participants, live.people, live.readAt);
}

std::optional<SessionParticipant> RosterPanel::selectedParticipant() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_roster->rowCount())
        return std::nullopt;
    return m_roster->participantAt(rows.first().row());
}

void RosterPanel::updateActions() {
    // The core decides; these only appear for those it lets do them: moderators ban (staff
    // also let back in), whoever runs the session names moderators.
    const auto selected = selectedParticipant();
    m_ban->setVisible(m_live && m_rights.moderates);
    m_moderator->setVisible(m_live && m_rights.manages);
    m_ban->setEnabled(selected.has_value());
    m_moderator->setEnabled(selected.has_value() && selected->status != ParticipantStatus::Banned);
    m_ban->setText(selected && selected->status == ParticipantStatus::Banned
                       ? tr("Let &back in")
                       : tr("&Ban from session"));
    m_moderator->setText(selected && selected->isModerator ? tr("Remove &moderator")
                                                           : tr("Make &moderator"));
}

void RosterPanel::toggleBan() {
    if (const auto selected = selectedParticipant())
        changeStanding(
            m_api.setBanned(selected->id, selected->status != ParticipantStatus::Banned));
}

void RosterPanel::toggleModerator() {
    if (const auto selected = selectedParticipant())
        changeStanding(m_api.setModerator(selected->id, !selected->isModerator));
}

void RosterPanel::changeStanding(QFuture<Result<SessionParticipant>> change) {
    Q_EMIT asked();
    whenDone(this, std::move(change), [this](const Result<SessionParticipant>& standing) {
        if (!standing) {
            Q_EMIT failed(
                tr("The participant could not be changed: %1").arg(standing.error().message));
            return;
        }
        Q_EMIT changed();
    });
}

} // namespace lectern::ui
