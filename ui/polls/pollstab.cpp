#include "pollstab.h"

#include "common/fielderrors.h"
#include "common/shortcutaction.h"
#include "domain/events.h"
#include "pollchart.h"
#include "polleditor.h"
#include "pollstate.h"
#include "whendone.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedLayout>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lectern::ui {
namespace {

// Who has voted and who not; once the poll is closed, those who did not vote.
QString votersText(const PollDetail& detail, bool closed) {
    const QString voted =
        detail.voted.isEmpty() ? PollsTab::tr("nobody") : detail.voted.join(QStringLiteral(", "));
    const QString waiting = detail.waiting.join(QStringLiteral(", "));
    if (closed && detail.waiting.isEmpty())
        return PollsTab::tr("Voted (%1): %2\nEveryone voted.").arg(detail.voted.size()).arg(voted);
    if (closed)
        return PollsTab::tr("Voted (%1): %2\nDid not vote (%3): %4")
            .arg(detail.voted.size())
            .arg(voted)
            .arg(detail.waiting.size())
            .arg(waiting);
    return PollsTab::tr("Voted (%1): %2\nNot yet (%3): %4")
        .arg(detail.voted.size())
        .arg(voted)
        .arg(detail.waiting.size())
        .arg(detail.waiting.isEmpty() ? PollsTab::tr("everyone has voted") : waiting);
}

} // namespace

PollsTab::PollsTab(client::ConsoleApi& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_stack(new QStackedLayout(this))
    , m_empty(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_question(new QLabel(this))
    , m_description(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_chart(new PollChart(this))
    , m_total(new QLabel(this))
    , m_voters(new QLabel(this))
    , m_error(FieldErrors::problemLabel(this))
    , m_tick(new QTimer(this))
    , m_reloadSoon(new QTimer(this)) {
    m_new = shortcutAction(this, tr("&New poll…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                           tr("Draft a poll for the live session"));
    m_start =
        shortcutAction(this, tr("&Start poll"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                       tr("Open the selected poll for votes"));
    m_close =
        shortcutAction(this, tr("&Close poll"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                       tr("Stop the selected poll's voting now"));
    // Polls are run from anywhere in the window (the window shows this tab for them).
    for (QAction* action : pollActions())
        action->setShortcutContext(Qt::WindowShortcut);
    m_edit = shortcutAction(m_list, tr("&Edit draft…"), QKeySequence(Qt::Key_F2),
                            tr("Change the selected draft before it starts"));
    m_delete = shortcutAction(m_list, tr("&Delete draft…"), QKeySequence(QKeySequence::Delete),
                              tr("Delete the selected draft; a poll that has run stays"));
    connect(m_edit, &QAction::triggered, this, &PollsTab::editSelected);
    connect(m_delete, &QAction::triggered, this, &PollsTab::deleteSelected);
    connect(m_list, &QListWidget::itemActivated, this, &PollsTab::editSelected);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_new, &QAction::triggered, this, &PollsTab::newPoll);
    connect(m_start, &QAction::triggered, this, &PollsTab::startSelected);
    connect(m_close, &QAction::triggered, this, &PollsTab::closeSelected);

    m_list->setAccessibleName(tr("Polls"));
    auto* listPanel = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    for (QAction* action : pollActions() + draftActions())
        buttons->addWidget(actionButton(action, listPanel));
    buttons->addStretch(1);
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_list, 1);

    QFont big = m_question->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_question->setFont(big);
    m_question->setWordWrap(true);
    m_question->setAccessibleName(tr("Poll question"));
    m_description->setWordWrap(true);
    QFont clockFont = m_countdown->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 1.2);
    clockFont.setBold(true);
    m_countdown->setFont(clockFont);
    m_countdown->setAccessibleName(tr("Time left"));
    m_total->setAccessibleName(tr("Votes so far"));
    m_voters->setWordWrap(true);
    m_voters->setTextFormat(Qt::PlainText);
    m_voters->setAccessibleName(tr("Who has voted"));
    m_error->setAccessibleName(tr("Error"));
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_question);
    detailLayout->addWidget(m_description);
    detailLayout->addWidget(m_countdown);
    detailLayout->addWidget(m_chart);
    detailLayout->addWidget(m_total);
    detailLayout->addWidget(m_voters);
    detailLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(listPanel);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(m_error);
    pageLayout->addWidget(splitter, 1);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No session of yours is live right now.\nPolls are run while a session "
                        "is live."));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateActions();
        loadDetail();
    });
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &PollsTab::updateCountdown);
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(100);
    connect(m_reloadSoon, &QTimer::timeout, this, &PollsTab::reload);
    connect(&m_api, &client::ConsoleApi::changed, this, [this](const DomainEvent& event) {
        if (m_session &&
            ((event.sessionId == m_session->id && event.type.startsWith(QStringLiteral("poll."))) ||
             event.type == events::syncLost))
            m_reloadSoon->start();
    });
    updateActions();
}

void PollsTab::follow(const std::optional<LiveSession>& session) {
    const Id previous = m_session ? m_session->id : 0;
    m_session = session;
    m_stack->setCurrentIndex(session ? 1 : 0);
    if ((session ? session->id : 0) == previous)
        return;
    m_polls.clear();
    m_rights = {};
    m_list->clear();
    m_chart->clear();
    updateActions();
    if (session)
        reload();
}

void PollsTab::reload() {
    if (!m_session)
        return;
    const quint64 request = ++m_latestList;
    whenDone(this, m_api.pollBoard(m_session->id), [this, request](const Result<PollBoard>& board) {
        if (request != m_latestList)
            return;
        if (!board) {
            showError(tr("Could not read the polls: %1").arg(board.error().message));
            return;
        }
        m_error->hide();
        showPolls(*board);
        Q_EMIT loaded();
    });
}

void PollsTab::showPolls(const PollBoard& board) {
    const auto selected = selectedPoll();
    Id keep = m_selectAfterLoad ? m_selectAfterLoad : selected ? selected->id : 0;
    m_selectAfterLoad = 0;
    m_polls = board.polls;
    m_rights = board.rights;
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    const QDateTime now = m_api.now();
    int row = -1;
    for (int i = 0; i < m_polls.size(); ++i) {
        const LivePoll& poll = m_polls.at(i);
        m_list->addItem(PollState::listEntry(poll, now));
        if (poll.id == keep)
            row = i;
    }
    // Nothing chosen yet: the running poll, else the newest.
    if (row < 0 && !m_polls.isEmpty()) {
        row = static_cast<int>(m_polls.size()) - 1;
        for (int i = 0; i < m_polls.size(); ++i) {
            if (m_polls.at(i).isActive(now))
                row = i;
        }
    }
    m_list->setCurrentRow(row);
    updateActions();
    loadDetail();
}

std::optional<LivePoll> PollsTab::selectedPoll() const {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_polls.size())
        return std::nullopt;
    return m_polls.at(row);
}

void PollsTab::loadDetail() {
    const auto poll = selectedPoll();
    if (!poll) {
        m_question->clear();
        m_description->clear();
        m_countdown->clear();
        m_total->clear();
        m_voters->clear();
        m_chart->clear();
        m_tick->stop();
        return;
    }
    m_question->setText(poll->question);
    m_description->setText(poll->description);
    m_description->setVisible(!poll->description.isEmpty());
    updateCountdown();
    if (poll->effectiveStatus(m_api.now()) == PollStatus::Active)
        m_tick->start();
    else
        m_tick->stop();
    const quint64 request = ++m_latestDetail;
    whenDone(this, m_api.pollDetail(m_session->id, poll->id),
             [this, request, anonymous = poll->isAnonymous,
              closed = poll->effectiveStatus(m_api.now()) ==
                       PollStatus::Closed](const Result<PollDetail>& detail) {
                 if (request != m_latestDetail)
                     return;
                 if (!detail) {
                     showError(tr("Could not read the results: %1").arg(detail.error().message));
                     return;
                 }
                 m_chart->setResults(detail->results);
                 m_total->setText(closed ? tr("Votes: %1").arg(detail->results.totalVotes)
                                         : tr("Votes so far: %1").arg(detail->results.totalVotes));
                 if (anonymous)
                     m_voters->setText(tr("Anonymous poll: who voted is not recorded for anyone."));
                 else if (detail->votersKnown)
                     m_voters->setText(votersText(*detail, closed));
                 else
                     m_voters->clear();
                 Q_EMIT detailShown();
             });
}

void PollsTab::updateCountdown() {
    const auto poll = selectedPoll();
    if (!poll)
        return;
    const QDateTime now = m_api.now();
    m_countdown->setText(PollState::line(*poll, now));
    // The deadline passed while counting down: read the final state once.
    if (poll->effectiveStatus(now) == PollStatus::Closed && m_tick->isActive()) {
        m_tick->stop();
        m_reloadSoon->start();
    }
}

void PollsTab::updateActions() {
    // Those who run the session create, start and close polls; the others watch the results.
    const bool manages = m_session && m_rights.manages;
    const auto poll = selectedPoll();
    const QDateTime now = m_api.now();
    for (QAction* action : pollActions() + draftActions())
        action->setVisible(manages);
    const bool draft = poll && poll->status == PollStatus::Draft;
    m_edit->setEnabled(draft);
    m_delete->setEnabled(draft);
    m_new->setEnabled(m_session.has_value());
    m_start->setEnabled(poll && poll->status == PollStatus::Draft);
    m_close->setEnabled(poll && poll->effectiveStatus(now) == PollStatus::Active);
}

void PollsTab::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void PollsTab::newPoll() {
    if (!m_session)
        return;
    openEditor(new PollEditor(m_api, m_session->id, this));
}

void PollsTab::editSelected() {
    const auto poll = selectedPoll();
    if (!m_session || !poll || !m_edit->isEnabled() || !m_edit->isVisible())
        return;
    openEditor(new PollEditor(m_api, m_session->id, this, poll));
}

void PollsTab::openEditor(PollEditor* editor) {
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        m_selectAfterLoad = editor->saved()->id;
        if (!editor->startProblem().isEmpty())
            showError(tr("The poll was saved but not started: %1").arg(editor->startProblem()));
        Q_EMIT notice(tr("Poll \"%1\" saved.").arg(editor->saved()->question));
        reload();
    });
    Q_EMIT editorOpened(editor);
    editor->open();
}

void PollsTab::deleteSelected() {
    const auto poll = selectedPoll();
    if (!poll || !m_delete->isEnabled() || !m_delete->isVisible())
        return;
    QMessageBox question(QMessageBox::Question, tr("Delete draft"),
                         tr("Delete the draft \"%1\"?").arg(poll->question), QMessageBox::Cancel,
                         this);
    question.setInformativeText(tr("It has not run, so no votes go with it."));
    QPushButton* confirm = question.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() != confirm)
        return;
    m_error->hide();
    whenDone(this, m_api.deletePoll(poll->id), [this](const Result<LivePoll>& deleted) {
        if (!deleted)
            showError(tr("The draft could not be deleted: %1").arg(deleted.error().message));
        else
            Q_EMIT notice(tr("Deleted the draft \"%1\".").arg(deleted->question));
        reload();
    });
}

void PollsTab::startSelected() {
    const auto poll = selectedPoll();
    if (!poll || !m_start->isEnabled())
        return;
    m_error->hide();
    whenDone(this, m_api.startPoll(poll->id), [this](const Result<LivePoll>& started) {
        if (!started)
            showError(tr("The poll could not start: %1").arg(started.error().message));
        reload();
    });
}

void PollsTab::closeSelected() {
    const auto poll = selectedPoll();
    if (!poll || !m_close->isEnabled())
        return;
    m_error->hide();
    whenDone(this, m_api.closePoll(poll->id), [this](const Result<LivePoll>& closed) {
        if (!closed)
            showError(tr("The poll could not be closed: %1").arg(closed.error().message));
        reload();
    });
}

} // namespace lectern::ui
