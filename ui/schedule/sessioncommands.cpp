#include "sessioncommands.h"

#include "common/golivecheck.h"
#include "common/shortcutaction.h"
#include "schedulefilterbar.h"
#include "sessioneditor.h"
#include "sessionlist.h"
#include "whendone.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

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

SessionCommands::SessionCommands(client::ConsoleApi& api, QWidget* owner, SessionList* list,
                                 const ScheduleFilterBar* filters)
    : QObject(owner)
    , m_api(api)
    , m_owner(owner)
    , m_list(list)
    , m_filters(filters) {
    m_new = shortcutAction(owner, tr("&New session…"), QKeySequence::New,
                           tr("Schedule a session for one of your courses"));
    m_edit = shortcutAction(owner, tr("&Edit session…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                            tr("Change the selected session"));
    m_duplicate =
        shortcutAction(owner, tr("D&uplicate session…"), QKeySequence(Qt::CTRL | Qt::Key_D),
                       tr("Schedule a copy of the selected session a week later"));
    m_cancel = shortcutAction(owner, tr("&Cancel session…"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                              tr("Call off the selected session; students see it as cancelled"));
    m_delete = shortcutAction(owner, tr("&Delete session…"), QKeySequence::Delete,
                              tr("Remove the selected session and everything in it"));
    m_goLive = shortcutAction(owner, tr("&Go live"), QKeySequence(Qt::CTRL | Qt::Key_G),
                              tr("Start the selected session now"));
    // A new session can be scheduled from anywhere in the window.
    m_new->setShortcutContext(Qt::WindowShortcut);
    connect(m_new, &QAction::triggered, this, &SessionCommands::newSession);
    connect(m_edit, &QAction::triggered, this, &SessionCommands::editSession);
    connect(m_duplicate, &QAction::triggered, this, &SessionCommands::duplicateSession);
    connect(m_cancel, &QAction::triggered, this, &SessionCommands::cancelSession);
    connect(m_delete, &QAction::triggered, this, &SessionCommands::deleteSession);
    connect(m_goLive, &QAction::triggered, this, &SessionCommands::goLive);
    // Delete acts on the table only; the others work from anywhere in the tab.
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    list->view()->addAction(m_delete);

    connect(list, &SessionList::selectionChanged, this, &SessionCommands::updateActions);
    connect(list, &SessionList::activated, this, [this] {
        if (m_edit->isEnabled() && m_edit->isVisible())
            editSession();
    });
    updateActions();
}

QList<QAction*> SessionCommands::actions() const {
    return {m_new, m_edit, m_duplicate, m_cancel, m_delete, m_goLive};
}

QList<QAction*> SessionCommands::buttonActions() const {
    return {m_new, m_edit, m_duplicate, m_cancel, m_goLive};
}

void SessionCommands::setSchedule(const Schedule& schedule) {
    m_schedule = schedule;
    updateActions();
}

void SessionCommands::updateActions() {
    const bool schedules = !m_schedule.schedulable.isEmpty();
    const auto session = m_list->selectedSession();
    const bool runs = session && m_schedule.runs.contains(session->id);
    const bool scheduled = session && session->status == SessionStatus::Scheduled;
    for (QAction* action : actions())
        action->setVisible(schedules);
    m_new->setEnabled(schedules);
    m_edit->setEnabled(runs && scheduled);
    m_duplicate->setEnabled(runs);
    m_cancel->setEnabled(runs && scheduled);
    m_delete->setEnabled(runs && session->status != SessionStatus::Live);
    m_goLive->setEnabled(runs && scheduled);
}

void SessionCommands::newSession() {
    LiveSession base = freshSession(m_api.now());
    if (const Id course = m_filters->courseId(); course != 0)
        base.courseId = course;
    openEditor(static_cast<int>(SessionEditor::Mode::Create), base);
}

void SessionCommands::editSession() {
    if (const auto session = m_list->selectedSession())
        openEditor(static_cast<int>(SessionEditor::Mode::Edit), *session);
}

void SessionCommands::duplicateSession() {
    const auto session = m_list->selectedSession();
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

void SessionCommands::openEditor(int mode, const LiveSession& base) {
    if (m_schedule.schedulable.isEmpty()) {
        Q_EMIT failed(tr("You teach no course yet; an admin creates courses with lectern-server."));
        return;
    }
    auto* editor = new SessionEditor(m_api, static_cast<SessionEditor::Mode>(mode), base,
                                     m_schedule.schedulable, m_schedule.hosts, m_owner);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const ScheduledSession& saved = *editor->saved();
        QString message = tr("Saved \"%1\".").arg(saved.session.title);
        if (!saved.warnings.isEmpty())
            message += u' ' + saved.warnings.join(u' ');
        Q_EMIT notice(message);
        Q_EMIT sessionSaved(saved.session);
    });
    Q_EMIT editorOpened(editor);
    editor->open();
}

void SessionCommands::cancelSession() {
    const auto session = m_list->selectedSession();
    if (!session || !m_cancel->isEnabled())
        return;
    const auto answer = QMessageBox::question(
        m_owner, tr("Cancel session"),
        tr("Cancel \"%1\"? Students see it as cancelled; it cannot go live afterwards.")
            .arg(session->title),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    changeSession(*session, m_api.cancelSession(session->id),
                  tr("The session could not be cancelled: %1"), tr("Cancelled \"%1\"."));
}

void SessionCommands::deleteSession() {
    const auto session = m_list->selectedSession();
    if (!session || !m_delete->isEnabled())
        return;
    // Ask about what will happen to this session: archived (it ended with attendance) or gone.
    Q_EMIT asked();
    whenDone(this, m_api.previewRemoval(session->id),
             [this, session = *session](const Result<SessionRemoval>& removal) {
                 if (!removal) {
                     Q_EMIT failed(
                         tr("The session cannot be deleted: %1").arg(removal.error().message));
                     return;
                 }
                 confirmRemoval(session, *removal);
             });
}

void SessionCommands::confirmRemoval(const LiveSession& session, const SessionRemoval& removal) {
    QMessageBox question(QMessageBox::Warning, tr("Delete session"), QString(), QMessageBox::Cancel,
                         m_owner);
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

void SessionCommands::goLive() {
    const auto session = m_list->selectedSession();
    if (!session || !m_goLive->isEnabled())
        return;
    Q_EMIT asked();
    goLiveAfterAsking(
        m_owner, m_api, *session,
        [this, session = *session] {
            changeSession(session, m_api.startSession(session.id),
                          tr("The session could not go live: %1"), tr("\"%1\" is live."),
                          [this, id = session.id] { Q_EMIT wentLive(id); });
        },
        [this](const QString& problem) { Q_EMIT failed(problem); });
}

template <typename T>
void SessionCommands::changeSession(const LiveSession& session, QFuture<Result<T>> change,
                                    const QString& failure, const QString& success,
                                    const std::function<void()>& then) {
    Q_EMIT asked();
    whenDone(this, std::move(change),
             [this, failure, done = success.arg(session.title), then](const Result<T>& result) {
                 if (!result) {
                     Q_EMIT failed(failure.arg(result.error().message));
                     return;
                 }
                 Q_EMIT notice(done);
                 if (then)
                     then();
                 Q_EMIT changed();
             });
}

} // namespace lectern::ui
