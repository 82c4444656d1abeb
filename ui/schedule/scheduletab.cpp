#include "scheduletab.h"

#include "common/shortcutaction.h"
#include "common/statusbadgedelegate.h"
#include "nextsessionbanner.h"
#include "sessioneditor.h"
#include "sessiontablemodel.h"
#include "whendone.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedLayout>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lectern::ui {
namespace {

// A new session's defaults: the next full hour a day ahead, one hour long.
LiveSession freshSession(const QDateTime& now) {
    LiveSession session;
    QDateTime start = now.toLocalTime().addDays(1);
    start.setTime(QTime(start.time().hour(), 0));
    start = start.addSecs(3600);
    session.scheduledStart = start.toUTC();
    session.scheduledEnd = start.addSecs(3600).toUTC();
    return session;
}

} // namespace

ScheduleTab::ScheduleTab(client::ConsoleApi& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new SessionTableModel(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_error(new QLabel(this))
    , m_stack(new QStackedLayout)
    , m_viewBox(new QComboBox(this))
    , m_courseBox(new QComboBox(this))
    , m_statusBox(new QComboBox(this))
    , m_rangeLabel(new QLabel(this))
    , m_banner(new NextSessionBanner([this] { return m_api.now(); }, this))
    , m_previous(new QToolButton(this))
    , m_today(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_reloadSoon(new QTimer(this))
    , m_anchor(m_api.now().toLocalTime().date()) {
    m_new = shortcutAction(this, tr("&New session…"), QKeySequence::New,
                           tr("Schedule a session for one of your courses"));
    m_edit = shortcutAction(this, tr("&Edit session…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                            tr("Change the selected session"));
    m_duplicate =
        shortcutAction(this, tr("D&uplicate session…"), QKeySequence(Qt::CTRL | Qt::Key_D),
                       tr("Schedule a copy of the selected session a week later"));
    m_cancel =
        shortcutAction(this, tr("&Cancel session…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                       tr("Call off the selected session; students see it as cancelled"));
    m_delete = shortcutAction(this, tr("&Delete session…"), QKeySequence::Delete,
                              tr("Remove the selected session and everything in it"));
    m_goLive = shortcutAction(this, tr("&Go live"), QKeySequence(Qt::CTRL | Qt::Key_G),
                              tr("Start the selected session now"));
    // A new session can be scheduled from anywhere in the window.
    m_new->setShortcutContext(Qt::WindowShortcut);
    connect(m_new, &QAction::triggered, this, &ScheduleTab::newSession);
    connect(m_edit, &QAction::triggered, this, &ScheduleTab::editSession);
    connect(m_duplicate, &QAction::triggered, this, &ScheduleTab::duplicateSession);
    connect(m_cancel, &QAction::triggered, this, &ScheduleTab::cancelSession);
    connect(m_delete, &QAction::triggered, this, &ScheduleTab::deleteSession);
    connect(m_goLive, &QAction::triggered, this, &ScheduleTab::goLive);
    // Delete acts on the table only; the others work from anywhere in the tab.
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_delete);

    auto* actionsRow = new QHBoxLayout;
    for (QAction* action : {m_new, m_edit, m_duplicate, m_cancel, m_goLive})
        actionsRow->addWidget(actionButton(action, this));
    actionsRow->addStretch(1);

    m_viewBox->addItem(tr("Day"), static_cast<int>(ScheduleView::Day));
    m_viewBox->addItem(tr("Week"), static_cast<int>(ScheduleView::Week));
    m_viewBox->addItem(tr("List"), static_cast<int>(ScheduleView::List));
    m_viewBox->setCurrentIndex(1);
    m_viewBox->setAccessibleName(tr("Show sessions by"));
    m_viewBox->setToolTip(tr("Show one day, one week, or every session as a list"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setAccessibleName(tr("Previous"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_previous->setToolTip(tr("Previous day or week (%1)")
                               .arg(m_previous->shortcut().toString(QKeySequence::NativeText)));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setAccessibleName(tr("Next"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_next->setToolTip(
        tr("Next day or week (%1)").arg(m_next->shortcut().toString(QKeySequence::NativeText)));
    m_today->setText(tr("To&day"));
    // The mnemonic of the (translated) label is the shortcut.
    m_today->setToolTip(
        tr("Go back to today (%1)").arg(m_today->shortcut().toString(QKeySequence::NativeText)));
    m_rangeLabel->setAccessibleName(tr("Shown dates"));
    m_rangeLabel->setMinimumWidth(m_rangeLabel->fontMetrics().horizontalAdvance(
        QStringLiteral("Mon 30 Sep – Sun 6 Oct 2026 ")));
    m_courseBox->addItem(tr("All courses"), QVariant::fromValue<Id>(0));
    m_courseBox->setAccessibleName(tr("Course filter"));
    m_courseBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusBox->addItem(tr("Any status"), -1);
    for (SessionStatus status : {SessionStatus::Scheduled, SessionStatus::Live,
                                 SessionStatus::Ended, SessionStatus::Cancelled})
        m_statusBox->addItem(SessionTableModel::statusText(status), static_cast<int>(status));
    m_statusBox->setAccessibleName(tr("Status filter"));

    auto* filterRow = new QHBoxLayout;
    auto* showLabel = new QLabel(tr("Sho&w:"), this);
    showLabel->setBuddy(m_viewBox);
    filterRow->addWidget(showLabel);
    filterRow->addWidget(m_viewBox);
    filterRow->addWidget(m_previous);
    filterRow->addWidget(m_today);
    filterRow->addWidget(m_next);
    filterRow->addWidget(m_rangeLabel);
    filterRow->addStretch(1);
    auto* courseLabel = new QLabel(tr("C&ourse:"), this);
    courseLabel->setBuddy(m_courseBox);
    filterRow->addWidget(courseLabel);
    filterRow->addWidget(m_courseBox);
    auto* statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_statusBox);
    filterRow->addWidget(statusLabel);
    filterRow->addWidget(m_statusBox);

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
    connect(m_view, &QTableView::activated, this, [this] {
        const auto session = selectedSession();
        if (session && session->status == SessionStatus::Scheduled && m_edit->isVisible())
            editSession();
    });

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(actionsRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_error);
    layout->addLayout(m_stack, 1);

    connect(m_viewBox, &QComboBox::activated, this,
            [this] { setView(static_cast<ScheduleView>(m_viewBox->currentData().toInt())); });
    connect(m_courseBox, &QComboBox::activated, this, &ScheduleTab::reload);
    connect(m_statusBox, &QComboBox::activated, this, &ScheduleTab::reload);
    connect(m_previous, &QToolButton::clicked, this,
            [this] { setAnchor(stepAnchor(m_viewMode, m_anchor, -1)); });
    connect(m_next, &QToolButton::clicked, this,
            [this] { setAnchor(stepAnchor(m_viewMode, m_anchor, 1)); });
    connect(m_today, &QToolButton::clicked, this,
            [this] { setAnchor(m_api.now().toLocalTime().date()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScheduleTab::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ScheduleTab::updateActions);
    updateRangeLabel();
    updateActions();

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

QList<QAction*> ScheduleTab::sessionActions() const {
    return {m_new, m_edit, m_duplicate, m_cancel, m_delete, m_goLive};
}

void ScheduleTab::setView(ScheduleView view) {
    m_viewMode = view;
    m_viewBox->setCurrentIndex(m_viewBox->findData(static_cast<int>(view)));
    updateRangeLabel();
    reload();
}

void ScheduleTab::setAnchor(QDate day) {
    m_anchor = day;
    updateRangeLabel();
    reload();
}

void ScheduleTab::updateRangeLabel() {
    const bool dated = m_viewMode != ScheduleView::List;
    m_previous->setEnabled(dated);
    m_next->setEnabled(dated);
    m_today->setEnabled(dated);
    const QLocale locale;
    const ScheduleRange range = scheduleRange(m_viewMode, m_anchor, locale.firstDayOfWeek());
    switch (m_viewMode) {
    case ScheduleView::Day:
        m_rangeLabel->setText(locale.toString(m_anchor, QStringLiteral("dddd d MMMM yyyy")));
        m_empty->setText(tr("No sessions on this day.\nUse the arrows to look at other days, or "
                            "New session to schedule one."));
        break;
    case ScheduleView::Week:
        m_rangeLabel->setText(tr("%1 – %2").arg(
            locale.toString(range.from.date(), QStringLiteral("ddd d MMM")),
            locale.toString(range.before.date().addDays(-1), QStringLiteral("ddd d MMM yyyy"))));
        m_empty->setText(tr("No sessions this week.\nUse the arrows to look at other weeks, or "
                            "New session to schedule one."));
        break;
    case ScheduleView::List:
        m_rangeLabel->setText(tr("Every session"));
        m_empty->setText(tr("No sessions of your courses yet.\nSessions that are scheduled for "
                            "them appear here as soon as they are saved."));
        break;
    }
}

void ScheduleTab::reload() {
    const quint64 request = ++m_latestReload;
    SessionQuery query;
    if (const Id course = m_courseBox->currentData().value<Id>(); course != 0)
        query.courseId = course;
    if (const int status = m_statusBox->currentData().toInt(); status >= 0)
        query.status = static_cast<SessionStatus>(status);
    const ScheduleRange range = scheduleRange(m_viewMode, m_anchor, QLocale().firstDayOfWeek());
    query.startsFrom = range.from.toUTC();
    query.startsBefore = range.before.toUTC();
    whenDone(this, m_api.schedule(query), [this, request](const Result<Schedule>& schedule) {
        if (request != m_latestReload)
            return;
        if (!schedule) {
            showError(tr("Could not load the sessions: %1").arg(schedule.error().message));
            Q_EMIT failed(schedule.error().message);
            return;
        }
        m_error->hide();
        const Id selected =
            m_selectAfterLoad ? m_selectAfterLoad : selectedSession().value_or(LiveSession{}).id;
        m_selectAfterLoad = 0;
        m_schedule = *schedule;
        QHash<Id, QString> titles;
        for (const Course& course : std::as_const(m_schedule.courses))
            titles.insert(course.id, course.title);
        const Id chosenCourse = m_courseBox->currentData().value<Id>();
        while (m_courseBox->count() > 1)
            m_courseBox->removeItem(1);
        for (const Course& course : std::as_const(m_schedule.courses))
            m_courseBox->addItem(course.title, course.id);
        m_courseBox->setCurrentIndex(std::max(0, m_courseBox->findData(chosenCourse)));
        m_model->setSessions(m_schedule.sessions, titles);
        const auto& next = m_schedule.next;
        m_banner->setNext(next, next ? titles.value(next->courseId) : QString());
        m_stack->setCurrentWidget(m_schedule.sessions.isEmpty() ? static_cast<QWidget*>(m_empty)
                                                                : static_cast<QWidget*>(m_view));
        if (selected)
            selectSession(selected);
        updateActions();
        Q_EMIT loaded();
    });
}

void ScheduleTab::selectSession(Id sessionId) {
    const int row = m_model->rowOf(sessionId);
    if (row >= 0)
        m_view->selectRow(row);
}

std::optional<LiveSession> ScheduleTab::selectedSession() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->sessionAt(rows.first().row());
}

void ScheduleTab::updateActions() {
    // Actions appear for those the core lets do them, and are enabled when they apply to the
    // selected session.
    const bool schedules = !m_schedule.schedulable.isEmpty();
    const auto session = selectedSession();
    const bool runs = session && m_schedule.runs.contains(session->id);
    const bool scheduled = session && session->status == SessionStatus::Scheduled;
    for (QAction* action : sessionActions())
        action->setVisible(schedules);
    m_new->setEnabled(schedules);
    m_edit->setEnabled(runs && scheduled);
    m_duplicate->setEnabled(runs);
    m_cancel->setEnabled(runs && scheduled);
    m_delete->setEnabled(runs && session->status != SessionStatus::Live);
    m_goLive->setEnabled(runs && scheduled);
}

void ScheduleTab::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void ScheduleTab::newSession() {
    LiveSession base = freshSession(m_api.now());
    if (const Id course = m_courseBox->currentData().value<Id>(); course != 0)
        base.courseId = course;
    openEditor(static_cast<int>(SessionEditor::Mode::Create), base);
}

void ScheduleTab::editSession() {
    if (const auto session = selectedSession())
        openEditor(static_cast<int>(SessionEditor::Mode::Edit), *session);
}

void ScheduleTab::duplicateSession() {
    const auto session = selectedSession();
    if (!session)
        return;
    // The same slot a week later, or the first such week still ahead.
    LiveSession copy = *session;
    const qint64 length = copy.scheduledStart.secsTo(copy.scheduledEnd);
    do {
        copy.scheduledStart = copy.scheduledStart.addDays(7);
    } while (copy.scheduledStart <= m_api.now());
    copy.scheduledEnd = copy.scheduledStart.addSecs(length);
    openEditor(static_cast<int>(SessionEditor::Mode::Duplicate), copy);
}

void ScheduleTab::openEditor(int mode, const LiveSession& base) {
    if (m_schedule.schedulable.isEmpty()) {
        showError(tr("You teach no course yet; an admin creates courses with lectern-server."));
        return;
    }
    auto* editor = new SessionEditor(m_api, static_cast<SessionEditor::Mode>(mode), base,
                                     m_schedule.schedulable, m_schedule.hosts, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const ScheduledSession& saved = *editor->saved();
        m_selectAfterLoad = saved.session.id;
        QString message = tr("Saved \"%1\".").arg(saved.session.title);
        if (!saved.warnings.isEmpty())
            message += u' ' + saved.warnings.join(u' ');
        Q_EMIT notice(message);
        // Show where the session now is, so it can be seen at once.
        if (m_viewMode != ScheduleView::List)
            m_anchor = saved.session.scheduledStart.toLocalTime().date();
        updateRangeLabel();
        reload();
    });
    Q_EMIT editorOpened(editor);
    editor->open();
}

void ScheduleTab::cancelSession() {
    const auto session = selectedSession();
    if (!session || !m_cancel->isEnabled())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Cancel session"),
        tr("Cancel \"%1\"? Students see it as cancelled; it cannot go live afterwards.")
            .arg(session->title),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    changeSession(*session, m_api.cancelSession(session->id),
                  tr("The session could not be cancelled: %1"), tr("Cancelled \"%1\"."));
}

void ScheduleTab::deleteSession() {
    const auto session = selectedSession();
    if (!session || !m_delete->isEnabled())
        return;
    // Ask about what will happen to this session: archived (it ended with attendance) or gone.
    m_error->hide();
    whenDone(this, m_api.previewRemoval(session->id),
             [this, session = *session](const Result<SessionRemoval>& removal) {
                 if (!removal) {
                     showError(
                         tr("The session cannot be deleted: %1").arg(removal.error().message));
                     return;
                 }
                 confirmRemoval(session, *removal);
             });
}

void ScheduleTab::confirmRemoval(const LiveSession& session, const SessionRemoval& removal) {
    QMessageBox question(QMessageBox::Warning, tr("Delete session"), QString(), QMessageBox::Cancel,
                         this);
    QPushButton* confirm = nullptr;
    if (removal.archived) {
        question.setWindowTitle(tr("Archive session"));
        question.setText(tr("Archive \"%1\"?").arg(session.title));
        question.setInformativeText(
            tr("It ended with attendance, which is kept for the reports: the session leaves "
               "the schedule, and its attendance, chat, questions, polls and recordings stay."));
        confirm = question.addButton(tr("&Archive"), QMessageBox::AcceptRole);
    } else {
        question.setText(tr("Delete \"%1\"?").arg(session.title));
        question.setInformativeText(tr("Its chat, questions, polls and recordings go with it. "
                                       "This cannot be undone."));
        confirm = question.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    }
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() != static_cast<QAbstractButton*>(confirm))
        return;
    changeSession(
        session, m_api.deleteSession(session.id), tr("The session could not be deleted: %1"),
        removal.archived ? tr("Archived \"%1\": it stays in the reports.") : tr("Deleted \"%1\"."));
}

void ScheduleTab::goLive() {
    const auto session = selectedSession();
    if (!session || !m_goLive->isEnabled())
        return;
    changeSession(*session, m_api.startSession(session->id),
                  tr("The session could not go live: %1"), tr("\"%1\" is live."),
                  [this, id = session->id] { Q_EMIT wentLive(id); });
}

template <typename T>
void ScheduleTab::changeSession(const LiveSession& session, QFuture<Result<T>> change,
                                const QString& failure, const QString& success,
                                const std::function<void()>& then) {
    m_error->hide();
    whenDone(this, std::move(change),
             [this, failure, done = success.arg(session.title), then](const Result<T>& changed) {
                 if (!changed) {
                     showError(failure.arg(changed.error().message));
                     return;
                 }
                 Q_EMIT notice(done);
                 if (then)
                     then();
                 reload();
             });
}

} // namespace lectern::ui
