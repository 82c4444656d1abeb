#include "livetab.h"

#include "rostermodel.h"
#include "schedule/sessiontablemodel.h"
#include "whendone.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedLayout>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace lectern::ui {
namespace {

QString minutesText(qint64 seconds) {
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    return minutes >= 60 ? LiveTab::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                         : LiveTab::tr("%1 min").arg(minutes);
}

} // namespace

LiveTab::LiveTab(client::ConsoleApi& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_roster(new RosterModel(this))
    , m_stack(new QStackedLayout(this))
    , m_livePage(new QWidget(this))
    , m_idlePage(new QWidget(this))
    , m_empty(new QLabel(m_idlePage))
    , m_goLive(new QPushButton(m_idlePage))
    , m_idleError(new QLabel(m_idlePage))
    , m_title(new QLabel(m_livePage))
    , m_details(new QLabel(m_livePage))
    , m_clock(new QLabel(m_livePage))
    , m_capacity(new QProgressBar(m_livePage))
    , m_seats(new QLabel(m_livePage))
    , m_error(new QLabel(m_livePage))
    , m_addressLine(new QLabel(m_livePage))
    , m_copyAddress(new QPushButton(tr("&Copy address"), m_livePage))
    , m_join(new QPushButton(m_livePage))
    , m_end(new QPushButton(tr("&End session"), m_livePage))
    , m_view(new QTableView(m_livePage))
    , m_ban(new QAction(tr("&Ban from session"), this))
    , m_moderator(new QAction(tr("Make &moderator"), this))
    , m_tick(new QTimer(this))
    , m_reloadSoon(new QTimer(this))
    , m_countersSoon(new QTimer(this)) {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Session title"));
    m_details->setAccessibleName(tr("Session details"));
    m_clock->setAccessibleName(tr("Elapsed and remaining time"));
    m_capacity->setAccessibleName(tr("Seats taken"));
    m_capacity->setMaximumWidth(240);
    m_capacity->setMaximumHeight(m_capacity->fontMetrics().height() / 2 + 4);
    m_capacity->setTextVisible(false);
    m_error->setAccessibleName(tr("Error"));
    m_error->setStyleSheet(QStringLiteral("color: #b02020"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_join->setToolTip(tr("Open the meeting in your browser or the platform's app"));
    m_end->setToolTip(tr("End the class for everyone and write its attendance"));
    connect(m_join, &QPushButton::clicked, this, &LiveTab::join);
    connect(m_end, &QPushButton::clicked, this, &LiveTab::endSession);
    m_addressLine->setAccessibleName(tr("Participant page address"));
    m_addressLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyAddress->setToolTip(tr("Copy the participant page's address to paste into the "
                                 "class chat or an email"));
    m_addressLine->hide();
    m_copyAddress->hide();
    connect(m_copyAddress, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_address); });

    m_view->setModel(m_roster);
    // Ban and moderator act on the selected participant: context menu or shortcut.
    m_ban->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_ban->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_moderator->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_moderator->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_ban, &QAction::triggered, this, &LiveTab::toggleBan);
    connect(m_moderator, &QAction::triggered, this, &LiveTab::toggleModerator);
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

    auto* header = new QHBoxLayout;
    auto* text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_details);
    text->addWidget(m_clock);
    auto* seats = new QHBoxLayout;
    seats->addWidget(m_capacity);
    seats->addWidget(m_seats);
    seats->addStretch(1);
    text->addLayout(seats);
    auto* address = new QHBoxLayout;
    address->addWidget(m_addressLine);
    address->addWidget(m_copyAddress);
    address->addStretch(1);
    text->addLayout(address);
    header->addLayout(text, 1);
    header->addWidget(m_join, 0, Qt::AlignTop);
    header->addWidget(m_end, 0, Qt::AlignTop);
    auto* page = new QVBoxLayout(m_livePage);
    page->addLayout(header);
    page->addWidget(m_error);
    page->addWidget(m_view, 1);

    // Nothing live: what comes next, with the button to start it.
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAccessibleName(tr("Next session"));
    m_goLive->setToolTip(tr("Start the session now; students can join at once"));
    m_goLive->hide();
    connect(m_goLive, &QPushButton::clicked, this, &LiveTab::goLive);
    auto* idle = new QVBoxLayout(m_idlePage);
    idle->addStretch(1);
    idle->addWidget(m_empty);
    idle->addWidget(m_goLive, 0, Qt::AlignHCenter);
    idle->addWidget(m_idleError, 0, Qt::AlignHCenter);
    idle->addStretch(1);
    m_idleError->setStyleSheet(QStringLiteral("color: #b02020"));
    m_idleError->setAccessibleName(tr("Error"));
    m_idleError->hide();
    m_stack->addWidget(m_idlePage);
    m_stack->addWidget(m_livePage);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LiveTab::updateRosterActions);
    connect(m_roster, &QAbstractItemModel::modelReset, this, &LiveTab::updateRosterActions);
    updateRosterActions();

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &LiveTab::updateClock);
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
        const bool ours = m_session && event.sessionId == m_session->id;
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

void LiveTab::reload() {
    const quint64 request = ++m_latestReload;
    whenDone(this, m_api.liveClass(), [this, request](const Result<LiveClass>& live) {
        if (request != m_latestReload)
            return;
        if (!live) {
            m_error->setText(tr("Could not read the live session: %1").arg(live.error().message));
            m_error->show();
            return;
        }
        m_session = live->session;
        m_rights = live->rights;
        m_next = live->next;
        m_roster->setRoster(live->participants, live->people, live->readAt);
        showSession();
        Q_EMIT loaded();
    });
}

void LiveTab::showSession() {
    const bool runs = m_session && m_rights.manages;
    servePage(runs);
    if (!m_session) {
        m_tick->stop();
        showNext();
        m_stack->setCurrentWidget(m_idlePage);
        return;
    }
    const LiveSession& s = *m_session;
    m_title->setText(s.title);
    m_details->setText(SessionTableModel::platformText(s.platform));
    m_capacity->setRange(0, s.maxParticipants);
    m_capacity->setValue(static_cast<int>(std::min<qint64>(s.joinedNow, s.maxParticipants)));
    m_seats->setText(tr("%1 of %2 seats taken").arg(s.joinedNow).arg(s.maxParticipants));
    m_join->setText(tr("&Join on %1").arg(SessionTableModel::platformText(s.platform)));
    // Agora needs no link: the host joins the session's channel with a token.
    m_join->setVisible(!s.meetingLink.isEmpty() || (s.platform == Platform::Agora && runs));
    m_end->setVisible(runs);
    m_stack->setCurrentWidget(m_livePage);
    updateClock();
    m_tick->start();
}

void LiveTab::join() {
    if (!m_session)
        return;
    if (!m_session->meetingLink.isEmpty())
        QDesktopServices::openUrl(QUrl(m_session->meetingLink));
    if (m_session->platform != Platform::Agora)
        return;
    // The channel and a token signed with the project's keys, for the host's Agora client.
    whenDone(this, m_api.agoraJoin(m_session->id), [this](const Result<AgoraJoin>& joining) {
        if (!joining) {
            m_error->setText(joining.error().message);
            m_error->show();
            return;
        }
        m_error->hide();
        QGuiApplication::clipboard()->setText(tr("App ID: %1\nChannel: %2\nUID: %3\nToken: %4")
                                                  .arg(joining->appId, joining->channel)
                                                  .arg(joining->uid)
                                                  .arg(joining->token));
        Q_EMIT agoraJoinReady(*joining);
    });
}

void LiveTab::showNext() {
    m_goLive->setVisible(m_next.has_value());
    if (!m_next) {
        m_empty->setText(tr("No session of yours is live right now.\nWhen one starts, it appears "
                            "here with its roster."));
        return;
    }
    const QLocale locale;
    const QDateTime start = m_next->scheduledStart.toLocalTime();
    m_empty->setText(tr("Next: %1\n%2, %3 to %4")
                         .arg(m_next->title,
                              locale.toString(start.date(), QStringLiteral("dddd d MMMM")),
                              locale.toString(start.time(), QStringLiteral("HH:mm")),
                              locale.toString(m_next->scheduledEnd.toLocalTime().time(),
                                              QStringLiteral("HH:mm"))));
    m_goLive->setText(tr("&Go live now"));
}

void LiveTab::goLive() {
    if (!m_next)
        return;
    m_idleError->hide();
    m_goLive->setEnabled(false);
    whenDone(this, m_api.startSession(m_next->id), [this](const Result<LiveSession>& started) {
        m_goLive->setEnabled(true);
        if (!started) {
            m_idleError->setText(
                tr("The session could not go live: %1").arg(started.error().message));
            m_idleError->show();
            return;
        }
        reload();
    });
}

void LiveTab::servePage(bool wanted) {
    if (!wanted) {
        m_api.stopServingPage();
        m_address.clear();
    } else if (m_address.isEmpty()) {
        if (auto page = m_api.participantPage()) {
            m_address = *page;
        } else {
            m_error->setText(
                tr("The participant page could not start: %1").arg(page.error().message));
            m_error->show();
        }
    }
    m_addressLine->setText(tr("Students join at %1").arg(m_address));
    m_addressLine->setVisible(!m_address.isEmpty());
    m_copyAddress->setVisible(!m_address.isEmpty());
}

void LiveTab::updateClock() {
    if (!m_session)
        return;
    const QDateTime now = m_api.now();
    const QDateTime started =
        m_session->actualStart.isValid() ? m_session->actualStart : m_session->scheduledStart;
    const qint64 remaining = now.secsTo(m_session->scheduledEnd);
    m_clock->setText(remaining >= 0
                         ? tr("Live for %1 · %2 left")
                               .arg(minutesText(started.secsTo(now)), minutesText(remaining))
                         : tr("Live for %1 · %2 over time")
                               .arg(minutesText(started.secsTo(now)), minutesText(-remaining)));
}

std::optional<SessionParticipant> LiveTab::selectedParticipant() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_roster->participantAt(rows.first().row());
}

void LiveTab::updateRosterActions() {
    // The core decides; these only appear for those it lets do them: moderators ban (staff
    // also let back in), whoever runs the session names moderators.
    const bool runs = m_session && m_rights.manages;
    const auto selected = selectedParticipant();
    m_ban->setVisible(m_session && m_rights.moderates);
    m_moderator->setVisible(runs);
    m_ban->setEnabled(selected.has_value());
    m_moderator->setEnabled(selected.has_value() && selected->status != ParticipantStatus::Banned);
    m_ban->setText(selected && selected->status == ParticipantStatus::Banned
                       ? tr("Let &back in")
                       : tr("&Ban from session"));
    m_moderator->setText(selected && selected->isModerator ? tr("Remove &moderator")
                                                           : tr("Make &moderator"));
}

void LiveTab::toggleBan() {
    const auto selected = selectedParticipant();
    if (!selected)
        return;
    const bool ban = selected->status != ParticipantStatus::Banned;
    changeStanding(m_api.setBanned(selected->id, ban));
}

void LiveTab::toggleModerator() {
    const auto selected = selectedParticipant();
    if (!selected)
        return;
    const bool moderator = !selected->isModerator;
    changeStanding(m_api.setModerator(selected->id, moderator));
}

void LiveTab::changeStanding(QFuture<Result<SessionParticipant>> change) {
    m_error->hide();
    whenDone(this, std::move(change), [this](const Result<SessionParticipant>& changed) {
        if (!changed) {
            m_error->setText(
                tr("The participant could not be changed: %1").arg(changed.error().message));
            m_error->show();
            return;
        }
        reload();
    });
}

void LiveTab::endSession() {
    if (!m_session)
        return;
    const auto answer = QMessageBox::question(
        this, tr("End session"),
        tr("End \"%1\" for everyone? Attendance is written when it ends.").arg(m_session->title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_error->hide();
    whenDone(this, m_api.endSession(m_session->id), [this](const Result<LiveSession>& ended) {
        if (!ended) {
            m_error->setText(tr("The session could not be ended: %1").arg(ended.error().message));
            m_error->show();
            return;
        }
        Q_EMIT sessionEnded(ended->id);
        reload();
    });
}

} // namespace lectern::ui
