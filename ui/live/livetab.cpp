#include "livetab.h"

#include "corecall.h"
#include "domain/try.h"
#include "hub/hubserver.h"
#include "hub/hubthread.h"
#include "platform/agorakeys.h"
#include "rostermodel.h"
#include "schedule/sessiontablemodel.h"
#include "services/participationservice.h"
#include "services/sessionservice.h"
#include "services/userservice.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedLayout>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace lectern::ui {
namespace {

struct LiveView {
    std::optional<LiveSession> session;
    // When none is live: the next session the user runs, to go live with.
    std::optional<LiveSession> next;
    QList<SessionParticipant> participants;
    QHash<Id, User> users;
    QDateTime readAt;
};

// How students reach this machine: the address the hub listens on, or, when it listens on
// all of them, the first that is not loopback.
QString reachableHost(const QHostAddress& bound) {
    if (bound != QHostAddress::Any && bound != QHostAddress::AnyIPv4)
        return bound.toString();
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
            return address.toString();
    }
    return QStringLiteral("localhost");
}

QString minutesText(qint64 seconds) {
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    return minutes >= 60 ? LiveTab::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                         : LiveTab::tr("%1 min").arg(minutes);
}

} // namespace

LiveTab::LiveTab(ServiceContext context, User user, HubPlacement placement, QWidget* parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_user(std::move(user))
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
    , m_countersSoon(new QTimer(this))
    , m_placement(placement) {
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
    if (m_context.events) {
        // Joins, messages and votes come in bursts: one reload per burst.
        m_reloadSoon->setSingleShot(true);
        m_reloadSoon->setInterval(200);
        connect(m_reloadSoon, &QTimer::timeout, this, &LiveTab::reload);
        // Counters (messages, questions, votes) change by the hundred in a busy class: they
        // are read again every few seconds, not per message.
        m_countersSoon->setSingleShot(true);
        m_countersSoon->setInterval(2000);
        connect(m_countersSoon, &QTimer::timeout, this, &LiveTab::reload);
        connect(m_context.events, &EventBus::published, this, [this](const DomainEvent& event) {
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
}

LiveTab::~LiveTab() = default;

void LiveTab::reload() {
    const quint64 request = ++m_latestReload;
    callCore(
        this,
        [context = m_context, user = m_user]() -> Result<LiveView> {
            LiveView view;
            SessionFilter live;
            live.status = SessionStatus::Live;
            auto sessions = SessionService(context).listSessions(user, live);
            if (!sessions)
                return std::unexpected(sessions.error());
            view.readAt = context.now();
            if (sessions->isEmpty()) {
                auto upcoming = SessionService(context).upcomingSessions(user);
                if (!upcoming)
                    return std::unexpected(upcoming.error());
                for (const LiveSession& session : std::as_const(*upcoming)) {
                    const bool runs = user.isAdmin() || session.instructorId == user.id;
                    if (runs && session.status == SessionStatus::Scheduled &&
                        (!view.next || session.scheduledStart < view.next->scheduledStart))
                        view.next = session;
                }
                return view;
            }
            view.session = sessions->first();
            auto roster = ParticipationService(context).listParticipants(user, view.session->id);
            if (!roster)
                return std::unexpected(roster.error());
            view.participants = *roster;
            QList<Id> ids;
            for (const SessionParticipant& p : *roster)
                ids << p.userId;
            view.users = UserService(context).usersById(ids).value_or(QHash<Id, User>{});
            return view;
        },
        [this, request](const Result<LiveView>& view) {
            if (request != m_latestReload)
                return;
            if (!view) {
                m_error->setText(
                    tr("Could not read the live session: %1").arg(view.error().message));
                m_error->show();
                return;
            }
            m_session = view->session;
            m_next = view->next;
            m_roster->setRoster(view->participants, view->users, view->readAt);
            showSession();
            Q_EMIT loaded();
        });
}

void LiveTab::showSession() {
    const bool runs = m_session && (m_user.isAdmin() || m_session->instructorId == m_user.id);
    runHub(runs);
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
    callCore(
        this,
        [session = *m_session, uid = static_cast<quint32>(m_user.id),
         now = m_context.now()]() -> Result<platform::AgoraJoin> {
            LECTERN_TRY(const std::optional<platform::AgoraKeys> keys,
                        platform::AgoraKeyStore(SecretStore::forThisUser()).load());
            if (!keys)
                return std::unexpected(Error::notFound(
                    tr("Add the Agora app id and certificate first (File ▸ Agora keys…)")));
            return platform::agoraJoinFor(*keys, session, uid, now);
        },
        [this](const Result<platform::AgoraJoin>& joining) {
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
    callCore(
        this,
        [context = m_context, user = m_user, id = m_next->id] {
            return SessionService(context).startLiveSession(user, id);
        },
        [this](const Result<LiveSession>& started) {
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

void LiveTab::runHub(bool wanted) {
    if (!wanted) {
        m_hub.reset();
        m_address.clear();
    } else if (!m_hub) {
        // The console's own TeamSync already carries the hub's events to other processes.
        hub::HubConfig config;
        config.teamSync = false;
        m_hub = std::make_unique<hub::HubThread>(m_context, config);
        auto listening = m_hub->start(m_placement.address, m_placement.port);
        if (listening) {
            m_address = QStringLiteral("http://%1:%2/")
                            .arg(reachableHost(m_placement.address))
                            .arg(*listening);
        } else {
            m_hub.reset();
            m_error->setText(
                tr("The participant page could not start: %1").arg(listening.error().message));
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
    const QDateTime now = m_context.now();
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
    // The core decides; these only appear for those it lets do them: staff ban, the
    // session's instructor (or an admin) names moderators.
    const bool runs = m_session && (m_user.isAdmin() || m_session->instructorId == m_user.id);
    const auto selected = selectedParticipant();
    m_ban->setVisible(runs || m_user.role == Role::Ta);
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
    changeStanding([id = selected->id, ban](const ServiceContext& context, const User& user) {
        return ParticipationService(context).setBanned(user, id, ban);
    });
}

void LiveTab::toggleModerator() {
    const auto selected = selectedParticipant();
    if (!selected)
        return;
    const bool moderator = !selected->isModerator;
    changeStanding([id = selected->id, moderator](const ServiceContext& context, const User& user) {
        return ParticipationService(context).setModerator(user, id, moderator);
    });
}

void LiveTab::changeStanding(
    const std::function<Result<SessionParticipant>(const ServiceContext&, const User&)>& change) {
    m_error->hide();
    callCore(
        this, [context = m_context, user = m_user, change] { return change(context, user); },
        [this](const Result<SessionParticipant>& changed) {
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
    callCore(
        this,
        [context = m_context, user = m_user, id = m_session->id] {
            return SessionService(context).endLiveSession(user, id);
        },
        [this](const Result<LiveSession>& ended) {
            if (!ended) {
                m_error->setText(
                    tr("The session could not be ended: %1").arg(ended.error().message));
                m_error->show();
                return;
            }
            Q_EMIT sessionEnded(ended->id);
            reload();
        });
}

} // namespace lectern::ui
