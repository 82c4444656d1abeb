#include "recordingstab.h"

#include "attendancehistorydialog.h"
#include "attendanceimportdialog.h"
#include "attendancetablemodel.h"
#include "common/fielderrors.h"
#include "common/importfile.h"
#include "common/percentbardelegate.h"
#include "common/shortcutaction.h"
#include "domain/rules.h"
#include "recordingeditor.h"
#include "recordingplayer.h"
#include "recordingtablemodel.h"
#include "verifydialog.h"
#include "whendone.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lectern::ui {
namespace {

QTableView* tableFor(QAbstractItemModel* model, const QString& name, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

} // namespace

RecordingsTab::RecordingsTab(client::ConsoleApi& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_sessionBox(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_error(FieldErrors::problemLabel(this))
    , m_watchState(new QLabel(this))
    , m_recordings(new RecordingTableModel(this))
    , m_attendance(new AttendanceTableModel(this))
    , m_recordingView(tableFor(m_recordings, tr("Recordings"), this))
    , m_attendanceView(tableFor(m_attendance, tr("Attendance"), this))
    , m_player(new RecordingPlayer(this))
    , m_reloadSoon(new QTimer(this)) {
    m_add =
        shortcutAction(this, tr("&Add recording…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                       tr("Add a recording of the chosen session"));
    m_play = shortcutAction(this, tr("P&lay"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                            tr("Play the selected recording here"));
    m_verify = shortcutAction(this, tr("&Verify…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                              tr("Set the selected person's attendance status and a note"));
    m_importReport = shortcutAction(
        this, tr("&Import report…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
        tr("Merge the Zoom, Teams or Meet attendance report of the chosen session (previewed "
           "first)"));
    m_history =
        shortcutAction(this, tr("&History…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                       tr("Who changed this session's attendance, when, and from what"));
    connect(m_importReport, &QAction::triggered, this, &RecordingsTab::importReport);
    connect(m_history, &QAction::triggered, this, &RecordingsTab::showHistory);
    connect(m_add, &QAction::triggered, this, &RecordingsTab::addRecording);
    connect(m_play, &QAction::triggered, this, &RecordingsTab::playSelected);
    connect(m_verify, &QAction::triggered, this, &RecordingsTab::verifySelected);
    m_recordingView->addAction(m_play);
    m_attendanceView->addAction(m_verify);
    connect(m_recordingView, &QTableView::activated, this, &RecordingsTab::playSelected);
    connect(m_attendanceView, &QTableView::activated, this, &RecordingsTab::verifySelected);
    m_recordingView->horizontalHeader()->setSectionResizeMode(RecordingTableModel::TitleColumn,
                                                              QHeaderView::Stretch);
    m_attendanceView->horizontalHeader()->setSectionResizeMode(AttendanceTableModel::NotesColumn,
                                                               QHeaderView::Stretch);
    m_attendanceView->horizontalHeader()->setSectionResizeMode(AttendanceTableModel::AttendedColumn,
                                                               QHeaderView::Fixed);
    m_attendanceView->setColumnWidth(AttendanceTableModel::AttendedColumn, 180);
    m_attendanceView->setItemDelegateForColumn(
        AttendanceTableModel::AttendedColumn,
        new PercentBarDelegate(rules::presentThresholdPercent, m_attendanceView));

    m_sessionBox->setAccessibleName(tr("Session"));
    m_sessionBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* sessionLabel = new QLabel(tr("Sess&ion:"), this);
    sessionLabel->setBuddy(m_sessionBox);
    m_summary->setAccessibleName(tr("Attendance summary"));
    m_watchState->setAccessibleName(tr("Watched"));
    auto* top = new QHBoxLayout;
    top->addWidget(sessionLabel);
    top->addWidget(m_sessionBox);
    top->addStretch(1);

    const auto buttonRow = [this](QLabel* title, QList<QAction*> actions, QLabel* extra) {
        auto* row = new QHBoxLayout;
        row->addWidget(title);
        if (extra)
            row->addWidget(extra);
        row->addStretch(1);
        for (QAction* action : actions)
            row->addWidget(actionButton(action, this));
        return row;
    };
    const auto heading = [this](const QString& text) {
        auto* label = new QLabel(text, this);
        QFont font = label->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        label->setFont(font);
        return label;
    };

    auto* recordingPanel = new QWidget(this);
    auto* recordingLayout = new QVBoxLayout(recordingPanel);
    recordingLayout->setContentsMargins(0, 0, 0, 0);
    recordingLayout->addLayout(buttonRow(heading(tr("Recordings")), {m_add, m_play}, nullptr));
    recordingLayout->addWidget(m_recordingView, 1);
    recordingLayout->addWidget(m_watchState);
    auto* upper = new QSplitter(this);
    upper->addWidget(recordingPanel);
    upper->addWidget(m_player);
    upper->setStretchFactor(0, 1);
    upper->setStretchFactor(1, 1);

    auto* attendancePanel = new QWidget(this);
    auto* attendanceLayout = new QVBoxLayout(attendancePanel);
    attendanceLayout->setContentsMargins(0, 0, 0, 0);
    attendanceLayout->addLayout(
        buttonRow(heading(tr("Attendance")), {m_verify, m_importReport, m_history}, m_summary));
    attendanceLayout->addWidget(m_attendanceView, 1);

    auto* lower = new QSplitter(Qt::Vertical, this);
    lower->addWidget(upper);
    lower->addWidget(attendancePanel);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    lower->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(lower, 1);

    // The player takes room only while a recording is open in it.
    m_player->hide();
    connect(m_sessionBox, &QComboBox::currentIndexChanged, this, [this] {
        m_player->finish();
        m_player->hide();
        reloadSession();
    });
    connect(m_player, &RecordingPlayer::progress, this, &RecordingsTab::saveProgress);
    connect(m_recordingView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordingsTab::updateActions);
    connect(m_attendanceView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordingsTab::updateActions);
    connect(m_recordings, &QAbstractItemModel::modelReset, this, &RecordingsTab::updateActions);
    connect(m_attendance, &QAbstractItemModel::modelReset, this, &RecordingsTab::updateActions);

    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(200);
    connect(m_reloadSoon, &QTimer::timeout, this, &RecordingsTab::reloadSession);
    connect(&m_api, &client::ConsoleApi::changed, this, [this](const DomainEvent& event) {
        if (event.type == QStringLiteral("session.ended") ||
            event.type == QStringLiteral("session.created") ||
            event.type == QStringLiteral("session.deleted")) {
            reloadSessions();
            return;
        }
        const auto current = currentSessionId();
        if (current && event.sessionId == *current &&
            (event.type.startsWith(QStringLiteral("recording.")) ||
             event.type.startsWith(QStringLiteral("attendance."))))
            m_reloadSoon->start();
    });
    updateActions();
}

RecordingsTab::~RecordingsTab() {
    // What was watched before the window closed still counts.
    m_player->finish();
}

std::optional<Id> RecordingsTab::currentSessionId() const {
    if (m_sessionBox->currentIndex() < 0)
        return std::nullopt;
    return m_sessionBox->currentData().value<Id>();
}

void RecordingsTab::showSession(Id sessionId) {
    m_wantedSession = sessionId;
    if (const int index = m_sessionBox->findData(sessionId); index >= 0)
        m_sessionBox->setCurrentIndex(index);
}

void RecordingsTab::reloadSessions() {
    SessionQuery ended;
    ended.status = SessionStatus::Ended;
    whenDone(this, m_api.sessions(ended), [this](const Result<QList<LiveSession>>& sessions) {
        if (!sessions) {
            showError(tr("Could not read the sessions: %1").arg(sessions.error().message));
            return;
        }
        // Newest first: the class that just ended is the one looked at.
        QList<LiveSession> newest = *sessions;
        std::ranges::sort(newest, [](const auto& a, const auto& b) {
            return a.scheduledStart > b.scheduledStart;
        });
        const Id keep = m_wantedSession ? m_wantedSession : currentSessionId().value_or(0);
        m_wantedSession = 0;
        const QSignalBlocker quiet(m_sessionBox);
        m_sessionBox->clear();
        const QLocale locale;
        for (const LiveSession& session : std::as_const(newest))
            m_sessionBox->addItem(
                tr("%1 — %2").arg(locale.toString(session.scheduledStart.toLocalTime(),
                                                  QStringLiteral("ddd d MMM")),
                                  session.title),
                session.id);
        m_sessionBox->setCurrentIndex(std::max(0, m_sessionBox->findData(keep)));
        m_sessions = newest;
        Q_EMIT sessionsLoaded();
        reloadSession();
    });
}

void RecordingsTab::reloadSession() {
    const auto session = currentSessionId();
    const quint64 request = ++m_latestSession;
    if (!session) {
        m_rights = {};
        m_recordings->setRecordings({}, {});
        m_attendance->setAttendance({}, {});
        m_summary->setText(tr("No ended session yet: recordings and attendance come after class."));
        return;
    }
    whenDone(this, m_api.sessionRecords(*session),
             [this, request](const Result<SessionRecords>& records) {
                 if (request != m_latestSession)
                     return;
                 if (!records) {
                     showError(tr("Could not read the session: %1").arg(records.error().message));
                     return;
                 }
                 m_error->hide();
                 m_rights = records->rights;
                 const auto selectedRecording = m_recordingView->currentIndex().row();
                 m_recordings->setRecordings(records->recordings, records->completions);
                 m_recordingView->selectRow(selectedRecording);
                 m_attendance->setAttendance(records->attendance, records->people);
                 int present = 0;
                 for (const SessionAttendance& record : records->attendance)
                     present += record.markedPresent;
                 m_summary->setText(
                     records->attendanceProblem.isEmpty()
                         ? tr("%1 of %2 present").arg(present).arg(records->attendance.size())
                         : records->attendanceProblem);
                 Q_EMIT sessionLoaded();
             });
}

void RecordingsTab::updateActions() {
    // Recordings and attendance are for whoever runs the session (the core checks again).
    m_add->setVisible(m_rights.manages);
    m_add->setEnabled(currentSessionId().has_value());
    m_play->setEnabled(m_recordingView->selectionModel()->hasSelection());
    m_verify->setEnabled(m_attendanceView->selectionModel()->hasSelection());
    m_verify->setVisible(m_rights.manages);
    m_importReport->setVisible(m_rights.manages);
    m_history->setVisible(m_rights.manages);
    m_importReport->setEnabled(currentSessionId().has_value());
    m_history->setEnabled(currentSessionId().has_value());
}

void RecordingsTab::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void RecordingsTab::addRecording() {
    const auto session = currentSessionId();
    if (!session)
        return;
    auto* editor = new RecordingEditor(m_api, *session, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this] { reloadSession(); });
    Q_EMIT editorOpened(editor);
    editor->open();
}

void RecordingsTab::playSelected() {
    const QModelIndexList rows = m_recordingView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const SessionRecording& recording = m_recordings->recordingAt(rows.first().row());
    m_watchState->setText(tr("Playing \"%1\"").arg(recording.title));
    m_player->show();
    m_player->open(recording);
}

void RecordingsTab::saveProgress(Id recordingId, const ViewProgress& progress) {
    whenDone(
        this, m_api.trackRecordingView(recordingId, progress),
        [this](const Result<RecordingView>& view) {
            if (!view) {
                showError(tr("What you watched was not recorded: %1").arg(view.error().message));
                return;
            }
            const int row = m_recordings->rowOf(view->recordingId);
            const qint64 length = row >= 0 ? m_recordings->recordingAt(row).durationSeconds : 0;
            QString summary = tr("You watched %1 %")
                                  .arg(QLocale().toString(view->watchPercentage(length), 'f', 0));
            if (view->completed)
                summary += tr(" · completed");
            m_watchState->setText(summary);
            Q_EMIT progressSaved(summary);
        });
}

void RecordingsTab::verifySelected() {
    const QModelIndexList rows = m_attendanceView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const SessionAttendance record = m_attendance->recordAt(rows.first().row());
    VerifyDialog dialog(record, m_attendance->nameOf(record.userId), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_error->hide();
    whenDone(this, m_api.verifyAttendance(record.id, dialog.status(), dialog.notes()),
             [this](const Result<SessionAttendance>& verified) {
                 if (!verified) {
                     showError(
                         tr("The attendance was not changed: %1").arg(verified.error().message));
                     return;
                 }
                 reloadSession();
             });
}

void RecordingsTab::importReport() {
    if (!currentSessionId())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Attendance report of the session"), QString(),
                                     tr("Attendance reports (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openReport(path);
}

void RecordingsTab::openReport(const QString& path) {
    const auto session = currentSessionId();
    if (!session)
        return;
    const auto report = ImportFile::read(path);
    if (!report) {
        showError(report.error().message);
        return;
    }
    m_error->hide();
    auto* dialog =
        new AttendanceImportDialog(m_api, *session, QFileInfo(path).fileName(), *report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AttendanceImportDialog::merged, this, &RecordingsTab::reloadSession);
    Q_EMIT importOpened(dialog);
    dialog->open();
}

void RecordingsTab::showHistory() {
    const auto session = currentSessionId();
    if (!session)
        return;
    whenDone(this, m_api.attendanceHistory(*session),
             [this](const Result<QList<AttendanceChange>>& changes) {
                 if (!changes) {
                     showError(tr("Could not read the history: %1").arg(changes.error().message));
                     return;
                 }
                 QHash<Id, QString> names;
                 for (int row = 0; row < m_attendance->rowCount(); ++row) {
                     const SessionAttendance& record = m_attendance->recordAt(row);
                     names.insert(record.id, m_attendance->nameOf(record.userId));
                 }
                 auto* dialog = new AttendanceHistoryDialog(
                     *changes, [names](Id id) { return names.value(id); }, this);
                 dialog->setAttribute(Qt::WA_DeleteOnClose);
                 Q_EMIT historyOpened(dialog);
                 dialog->open();
             });
}

} // namespace lectern::ui
