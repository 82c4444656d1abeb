#include "livesessionheader.h"

#include "joincodedialog.h"

#include "schedule/sessiontablemodel.h"
#include "whendone.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace lectern::ui {
namespace {

QString minutesText(qint64 seconds) {
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    return minutes >= 60 ? LiveSessionHeader::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                         : LiveSessionHeader::tr("%1 min").arg(minutes);
}

} // namespace

LiveSessionHeader::LiveSessionHeader(client::ConsoleApi& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_capacity(new QProgressBar(this))
    , m_seats(new QLabel(this))
    , m_addressLine(new QLabel(this))
    , m_addressChoice(new QComboBox(this))
    , m_copyAddress(new QPushButton(tr("&Copy address"), this))
    , m_showCode(new QPushButton(tr("&QR code"), this))
    , m_join(new QPushButton(this))
    , m_end(new QPushButton(tr("E&nd session"), this))
    , m_tick(new QTimer(this)) {
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
    m_join->setToolTip(tr("Open the meeting in your browser or the platform's app"));
    m_end->setToolTip(tr("End the class for everyone and write its attendance"));
    connect(m_join, &QPushButton::clicked, this, &LiveSessionHeader::join);
    connect(m_end, &QPushButton::clicked, this, &LiveSessionHeader::endSession);
    m_addressLine->setAccessibleName(tr("Participant page address"));
    m_addressLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyAddress->setToolTip(tr("Copy the participant page's address to paste into the "
                                 "class chat or an email"));
    m_addressChoice->setAccessibleName(tr("Participant page addresses"));
    m_addressChoice->setToolTip(tr("This computer is on several networks: choose the one "
                                   "your students are on"));
    m_showCode->setToolTip(tr("Show the address as a QR code that phones can scan"));
    m_addressLine->hide();
    m_addressChoice->hide();
    m_copyAddress->hide();
    m_showCode->hide();
    connect(m_copyAddress, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(chosenAddress()); });
    connect(m_showCode, &QPushButton::clicked, this, &LiveSessionHeader::showJoinCode);

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
    address->addWidget(m_addressChoice);
    address->addWidget(m_copyAddress);
    address->addWidget(m_showCode);
    address->addStretch(1);
    text->addLayout(address);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(text, 1);
    layout->addWidget(m_join, 0, Qt::AlignTop);
    layout->addWidget(m_end, 0, Qt::AlignTop);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &LiveSessionHeader::updateClock);
}

void LiveSessionHeader::addButton(QWidget* button) {
    auto* row = static_cast<QHBoxLayout*>(layout());
    row->insertWidget(row->indexOf(m_join), button, 0, Qt::AlignTop);
}

void LiveSessionHeader::showSession(const std::optional<LiveSession>& session,
                                    const SessionRights& rights) {
    m_session = session;
    if (!session) {
        m_tick->stop();
        return;
    }
    const LiveSession& s = *session;
    const bool runs = rights.manages;
    m_title->setText(s.title);
    m_details->setText(SessionTableModel::platformText(s.platform));
    m_capacity->setRange(0, s.maxParticipants);
    m_capacity->setValue(static_cast<int>(std::min<qint64>(s.joinedNow, s.maxParticipants)));
    m_seats->setText(tr("%1 of %2 seats taken").arg(s.joinedNow).arg(s.maxParticipants));
    m_join->setText(tr("&Join on %1").arg(SessionTableModel::platformText(s.platform)));
    // Agora needs no link: the host joins the session's channel with a token.
    m_join->setVisible(!s.meetingLink.isEmpty() || (s.platform == Platform::Agora && runs));
    m_end->setVisible(runs);
    updateClock();
    m_tick->start();
}

void LiveSessionHeader::setAddresses(const QStringList& addresses) {
    if (addresses == m_addresses)
        return;
    m_addresses = addresses;
    const bool served = !addresses.isEmpty();
    const bool several = addresses.size() > 1;
    m_addressLine->setText(several ? tr("Students join at")
                                   : tr("Students join at %1").arg(addresses.value(0)));
    m_addressChoice->clear();
    m_addressChoice->addItems(addresses);
    m_addressLine->setVisible(served);
    m_addressChoice->setVisible(several);
    m_copyAddress->setVisible(served);
    m_showCode->setVisible(served);
}

QString LiveSessionHeader::chosenAddress() const {
    return m_addresses.size() > 1 ? m_addressChoice->currentText() : m_addresses.value(0);
}

void LiveSessionHeader::showJoinCode() {
    if (chosenAddress().isEmpty())
        return;
    auto* dialog = new JoinCodeDialog(chosenAddress(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LiveSessionHeader::updateClock() {
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

void LiveSessionHeader::join() {
    if (!m_session)
        return;
    if (!m_session->meetingLink.isEmpty())
        QDesktopServices::openUrl(QUrl(m_session->meetingLink));
    if (m_session->platform != Platform::Agora)
        return;
    // The channel and a token signed with the project's keys, for the host's Agora client.
    Q_EMIT asked();
    whenDone(this, m_api.agoraJoin(m_session->id), [this](const Result<AgoraJoin>& joining) {
        if (!joining) {
            Q_EMIT failed(joining.error().message);
            return;
        }
        QGuiApplication::clipboard()->setText(tr("App ID: %1\nChannel: %2\nUID: %3\nToken: %4")
                                                  .arg(joining->appId, joining->channel)
                                                  .arg(joining->uid)
                                                  .arg(joining->token));
        Q_EMIT agoraJoinReady(*joining);
    });
}

void LiveSessionHeader::endSession() {
    if (!m_session)
        return;
    const auto answer = QMessageBox::question(
        this, tr("End session"),
        tr("End \"%1\" for everyone? Attendance is written when it ends.").arg(m_session->title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    Q_EMIT asked();
    whenDone(this, m_api.endSession(m_session->id), [this](const Result<LiveSession>& over) {
        if (!over) {
            Q_EMIT failed(tr("The session could not be ended: %1").arg(over.error().message));
            return;
        }
        Q_EMIT ended(over->id);
    });
}

} // namespace lectern::ui
