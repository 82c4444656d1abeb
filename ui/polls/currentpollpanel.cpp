#include "currentpollpanel.h"

#include "common/panellabels.h"
#include "domain/events.h"
#include "pollchart.h"
#include "pollstate.h"
#include "whendone.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace lectern::ui {

CurrentPollPanel::CurrentPollPanel(client::ConsoleApi& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_question(new QLabel(this))
    , m_state(new QLabel(this))
    , m_chart(new PollChart(this))
    , m_none(new QLabel(this))
    , m_prepared(new QComboBox(this))
    , m_start(new QPushButton(tr("Start no&w"), this))
    , m_close(new QPushButton(tr("Close poll"), this))
    , m_controls(new QWidget(this))
    , m_tick(new QTimer(this))
    , m_reloadSoon(new QTimer(this)) {
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);
    m_question->setWordWrap(true);
    m_question->setAccessibleName(tr("Current poll"));
    m_state->setAccessibleName(tr("Poll state"));
    m_none->setWordWrap(true);
    m_none->setText(tr("No poll has run yet."));
    m_prepared->setAccessibleName(tr("Prepared polls"));
    m_prepared->setToolTip(tr("Polls drafted on the Polls tab, ready to start"));
    m_prepared->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_prepared->setMinimumContentsLength(12);
    m_start->setToolTip(tr("Open the chosen prepared poll for votes now"));
    m_close->setToolTip(tr("Stop the running poll's voting now"));

    auto* controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_prepared, 1);
    controls->addWidget(m_start);
    controls->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(panelHeading(tr("Poll"), this));
    layout->addWidget(m_question);
    layout->addWidget(m_state);
    layout->addWidget(m_chart);
    layout->addWidget(m_none);
    layout->addStretch(1);
    layout->addWidget(m_controls);

    connect(m_start, &QPushButton::clicked, this, &CurrentPollPanel::startPrepared);
    connect(m_close, &QPushButton::clicked, this, &CurrentPollPanel::closeShown);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &CurrentPollPanel::updateState);
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(100);
    connect(m_reloadSoon, &QTimer::timeout, this, &CurrentPollPanel::reload);
    connect(&m_api, &client::ConsoleApi::changed, this, [this](const DomainEvent& event) {
        if (m_sessionId &&
            ((event.sessionId == m_sessionId && event.type.startsWith(QStringLiteral("poll."))) ||
             event.type == events::syncLost))
            m_reloadSoon->start();
    });
    showBoard({});
}

void CurrentPollPanel::follow(Id sessionId) {
    if (sessionId == m_sessionId)
        return;
    m_sessionId = sessionId;
    showBoard({});
    if (sessionId)
        reload();
}

void CurrentPollPanel::reload() {
    if (!m_sessionId)
        return;
    const quint64 request = ++m_latestBoard;
    whenDone(this, m_api.pollBoard(m_sessionId), [this, request](const Result<PollBoard>& board) {
        if (request != m_latestBoard)
            return;
        if (!board) {
            Q_EMIT failed(tr("Could not read the polls: %1").arg(board.error().message));
            return;
        }
        showBoard(*board);
        Q_EMIT loaded();
    });
}

void CurrentPollPanel::showBoard(const PollBoard& board) {
    const QDateTime now = m_api.now();
    m_rights = board.rights;
    const Id chosen = m_prepared->currentData().value<Id>();
    const QSignalBlocker quiet(m_prepared);
    m_prepared->clear();
    m_shown.reset();
    for (const LivePoll& poll : board.polls) {
        if (poll.status == PollStatus::Draft) {
            m_prepared->addItem(poll.question, QVariant::fromValue(poll.id));
            if (poll.id == chosen)
                m_prepared->setCurrentIndex(m_prepared->count() - 1);
        } else if (!m_shown || poll.isActive(now) ||
                   (!m_shown->isActive(now) && poll.startedAt >= m_shown->startedAt)) {
            // The running poll wins; else the last one to have started.
            m_shown = poll;
        }
    }
    if (m_prepared->count() == 0)
        m_prepared->addItem(tr("No prepared poll: draft one on the Polls tab"));
    m_controls->setVisible(m_rights.manages);
    m_start->setEnabled(m_prepared->currentData().value<Id>() != 0);
    m_prepared->setEnabled(m_start->isEnabled());
    m_none->setVisible(!m_shown);
    m_question->setVisible(m_shown.has_value());
    m_state->setVisible(m_shown.has_value());
    m_chart->setVisible(m_shown.has_value());
    if (!m_shown)
        m_chart->clear();
    updateState();
    loadResults();
}

void CurrentPollPanel::loadResults() {
    if (!m_shown)
        return;
    m_question->setText(m_shown->question);
    const quint64 request = ++m_latestResults;
    whenDone(this, m_api.pollDetail(m_sessionId, m_shown->id),
             [this, request](const Result<PollDetail>& detail) {
                 if (request != m_latestResults)
                     return;
                 if (!detail) {
                     Q_EMIT failed(
                         tr("Could not read the results: %1").arg(detail.error().message));
                     return;
                 }
                 m_chart->setResults(detail->results);
                 Q_EMIT resultsShown();
             });
}

void CurrentPollPanel::updateState() {
    const QDateTime now = m_api.now();
    const bool running = m_shown && m_shown->isActive(now);
    m_close->setVisible(running);
    m_close->setEnabled(running);
    if (!m_shown) {
        m_tick->stop();
        return;
    }
    m_state->setText(PollState::line(*m_shown, now));
    if (running) {
        m_tick->start();
    } else if (m_tick->isActive()) {
        // The deadline passed while counting down: read the final state once.
        m_tick->stop();
        m_reloadSoon->start();
    }
}

void CurrentPollPanel::startPrepared() {
    const Id pollId = m_prepared->currentData().value<Id>();
    if (!pollId)
        return;
    Q_EMIT asked();
    m_start->setEnabled(false);
    whenDone(this, m_api.startPoll(pollId), [this](const Result<LivePoll>& started) {
        if (!started)
            Q_EMIT failed(tr("The poll could not start: %1").arg(started.error().message));
        reload();
    });
}

void CurrentPollPanel::closeShown() {
    if (!m_shown || !m_shown->isActive(m_api.now()))
        return;
    Q_EMIT asked();
    m_close->setEnabled(false);
    whenDone(this, m_api.closePoll(m_shown->id), [this](const Result<LivePoll>& closed) {
        if (!closed)
            Q_EMIT failed(tr("The poll could not be closed: %1").arg(closed.error().message));
        reload();
    });
}

} // namespace lectern::ui
