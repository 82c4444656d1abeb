#include "reportstab.h"

#include "common/percentbardelegate.h"
#include "common/shortcutaction.h"
#include "coursedashboardmodel.h"
#include "domain/events.h"
#include "domain/rules.h"
#include "domain/try.h"
#include "rosterimportdialog.h"
#include "whendone.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lectern::ui {
ReportsTab::ReportsTab(client::ConsoleApi& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_courseBox(new QComboBox(this))
    , m_from(new QDateEdit(QDate::currentDate().addMonths(-4), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_share(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_dashboard(new CourseDashboardModel(this)) {
    m_courseBox->setAccessibleName(tr("Course"));
    m_courseBox->setMinimumContentsLength(24);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("Until"));
    m_share->setRange(1, 100);
    m_share->setValue(qRound(defaultRequiredShare * 100));
    m_share->setSuffix(tr(" %"));
    m_share->setAccessibleName(tr("Attendance needed for a certificate"));
    m_share->setToolTip(tr("The share of sessions a student must attend to be eligible for a "
                           "certificate"));

    m_exportAttendance = shortcutAction(this, tr("Export &attendance…"),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                                        tr("Write the course's attendance as PDF, Excel or CSV"));
    m_exportPolls = shortcutAction(this, tr("Export &poll results…"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                   tr("Write the results of the course's polls as Excel or CSV"));
    m_exportCalendar =
        shortcutAction(this, tr("Export &calendar…"), QKeySequence(Qt::CTRL | Qt::Key_K),
                       tr("Write the course's sessions as an iCalendar file for calendars"));
    m_import = shortcutAction(this, tr("&Import roster…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                              tr("Enrol the people of a roster file in the course"));
    connect(m_exportAttendance, &QAction::triggered, this, &ReportsTab::exportAttendance);
    connect(m_exportPolls, &QAction::triggered, this, &ReportsTab::exportPolls);
    connect(m_exportCalendar, &QAction::triggered, this, &ReportsTab::exportCalendar);
    connect(m_import, &QAction::triggered, this, &ReportsTab::importRoster);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    const auto addLabelled = [this, filters](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    addLabelled(tr("&Course"), m_courseBox);
    addLabelled(tr("&From"), m_from);
    addLabelled(tr("&Until"), m_to); // "&To" is drawn clipped: "T" and "o" kern, apart they do not
    addLabelled(tr("Certificate at"), m_share);
    filters->addStretch();
    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    for (QAction* action : actions())
        summaryRow->addWidget(actionButton(action, this));

    m_view->setModel(m_dashboard);
    m_view->setAccessibleName(tr("Students of the course"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CourseDashboardModel::NameColumn,
                                                     QHeaderView::Stretch);
    auto* bars = new PercentBarDelegate(defaultRequiredShare * 100, m_view);
    m_view->setItemDelegateForColumn(CourseDashboardModel::ShareColumn, bars);
    // Green from the share a certificate needs.
    connect(m_share, &QSpinBox::valueChanged, bars,
            [bars](int percent) { bars->setGoodFrom(percent); });
    m_summary->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(summaryRow);
    layout->addWidget(m_view);

    // A class ending, a session moved and attendance verified (here, or at a TA's or admin's
    // desktop) change the totals: gather them into one reload.
    auto* reloadSoon = new QTimer(this);
    reloadSoon->setSingleShot(true);
    reloadSoon->setInterval(500);
    connect(reloadSoon, &QTimer::timeout, this, &ReportsTab::reloadDashboard);
    connect(&m_api, &client::ConsoleApi::changed, this, [reloadSoon](const DomainEvent& event) {
        if (event.type.startsWith(QStringLiteral("session.")) ||
            event.type == events::attendanceUpdated || event.type == events::syncLost)
            reloadSoon->start();
    });
    connect(m_courseBox, &QComboBox::currentIndexChanged, this, &ReportsTab::reloadDashboard);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsTab::reloadDashboard);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsTab::reloadDashboard);
    connect(m_share, &QSpinBox::valueChanged, this, &ReportsTab::reloadDashboard);
    updateActions();
}

ReportsTab::~ReportsTab() {
    cancelExport();
}

std::optional<Id> ReportsTab::currentCourseId() const {
    const QVariant id = m_courseBox->currentData();
    return id.isValid() ? std::optional<Id>(id.toLongLong()) : std::nullopt;
}

DateRange ReportsTab::range() const {
    return {m_from->date(), m_to->date()};
}

double ReportsTab::requiredShare() const {
    return m_share->value() / 100.0;
}

void ReportsTab::reloadCourses() {
    whenDone(this, m_api.reportCourses(), [this](const Result<QList<Course>>& courses) {
        if (!courses) {
            m_summary->setText(courses.error().message);
            return;
        }
        const std::optional<Id> wanted = currentCourseId();
        m_courses = *courses; // those the user runs
        const QSignalBlocker quiet(m_courseBox);
        m_courseBox->clear();
        for (const Course& course : std::as_const(m_courses))
            m_courseBox->addItem(course.title, course.id);
        if (wanted) {
            const int index = m_courseBox->findData(*wanted);
            m_courseBox->setCurrentIndex(index >= 0 ? index : 0);
        }
        updateActions();
        Q_EMIT coursesLoaded();
        reloadDashboard();
    });
}

void ReportsTab::reloadDashboard() {
    const std::optional<Id> course = currentCourseId();
    updateActions();
    if (!course) {
        m_dashboard->setTotals({});
        m_summary->setText(tr("You run no courses yet: reports appear here once you do."));
        return;
    }
    if (m_from->date() > m_to->date()) {
        m_dashboard->setTotals({});
        m_summary->setText(tr("The first day is after the last one."));
        return;
    }
    const int request = ++m_dashboardRequest;
    whenDone(this, m_api.courseDashboard(*course, range(), requiredShare()),
             [this, request](const Result<CourseDashboard>& report) {
                 if (request != m_dashboardRequest)
                     return; // a newer choice is on its way
                 if (!report) {
                     m_dashboard->setTotals({});
                     m_summary->setText(report.error().message);
                     return;
                 }
                 m_dashboard->setTotals(report->totals);
                 const auto eligible =
                     std::ranges::count_if(report->totals, &StudentTotals::eligible);
                 m_summary->setText(
                     tr("Sessions held: %1 · Eligible for a certificate: %2 of %3 students")
                         .arg(report->sessionsHeld)
                         .arg(eligible)
                         .arg(report->totals.size()));
                 updateActions();
                 Q_EMIT dashboardLoaded();
             });
}

void ReportsTab::updateActions() {
    const bool course = currentCourseId().has_value();
    const bool idle = !m_runningExport;
    const bool days = m_from->date() <= m_to->date();
    m_exportAttendance->setEnabled(course && idle && days);
    m_exportPolls->setEnabled(course && idle && days);
    m_exportCalendar->setEnabled(course);
    m_import->setEnabled(course);
}

QString ReportsTab::askForExportPath(ExportKind kind) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = kind == ExportKind::Attendance ? tr("attendance") : tr("poll-results");
    const QString title = m_courseBox->currentText().simplified().replace(u' ', u'-');
    QStringList filters;
    if (kind == ExportKind::Attendance)
        filters << tr("PDF document (*.pdf)");
    filters << tr("Excel workbook (*.xlsx)") << tr("CSV table (*.csv)");
    QString chosenFilter = filters.first();
    QString path = QFileDialog::getSaveFileName(
        this, kind == ExportKind::Attendance ? tr("Export attendance") : tr("Export poll results"),
        QStringLiteral("%1/%2-%3.%4")
            .arg(folder, title, name,
                 kind == ExportKind::Attendance ? QStringLiteral("pdf") : QStringLiteral("xlsx")),
        filters.join(QStringLiteral(";;")), &chosenFilter);
    // A name typed without a suffix takes the chosen type's.
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + chosenFilter.section(u'.', -1).chopped(1);
    return path;
}

void ReportsTab::exportAttendance() {
    if (const QString path = askForExportPath(ExportKind::Attendance); !path.isEmpty())
        exportAttendanceTo(path);
}

void ReportsTab::exportPolls() {
    if (const QString path = askForExportPath(ExportKind::Polls); !path.isEmpty())
        exportPollsTo(path);
}

void ReportsTab::exportAttendanceTo(const QString& path) {
    runExport(ExportKind::Attendance, path);
}

void ReportsTab::exportPollsTo(const QString& path) {
    runExport(ExportKind::Polls, path);
}

void ReportsTab::cancelExport() {
    if (m_runningExport)
        m_runningExport->cancel();
}

void ReportsTab::runExport(ExportKind kind, const QString& path) {
    const std::optional<Id> course = currentCourseId();
    const auto format = exportFormatNamed(QFileInfo(path).suffix());
    if (!course || m_runningExport)
        return;
    if (!format || (kind == ExportKind::Polls && *format == ExportFormat::Pdf)) {
        const QString message = kind == ExportKind::Polls
                                    ? tr("Choose a file ending in .xlsx or .csv")
                                    : tr("Choose a file ending in .pdf, .xlsx or .csv");
        Q_EMIT notice(message);
        Q_EMIT exportFinished(false, message);
        return;
    }
    auto* progress = new QProgressDialog(tr("Reading the sessions…"), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Exporting"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, this, &ReportsTab::cancelExport);

    CourseExport request;
    request.kind =
        kind == ExportKind::Attendance ? CourseExport::Kind::Attendance : CourseExport::Kind::Polls;
    request.courseId = *course;
    request.range = range();
    request.requiredShare = requiredShare();
    request.format = *format;
    auto* watcher = new QFutureWatcher<Result<ExportedFile>>(this);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, progress,
            &QProgressDialog::setRange);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress,
            [progress, watcher](int done) {
                if (progress->wasCanceled())
                    return;
                progress->setValue(done);
                progress->setLabelText(
                    tr("Read %1 of %2 sessions…").arg(done).arg(watcher->progressMaximum()));
            });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, path] {
        progress->deleteLater();
        watcher->deleteLater();
        m_runningExport.reset();
        updateActions();
        if (watcher->isCanceled()) {
            const QString message = tr("Export cancelled; nothing was written");
            Q_EMIT notice(message);
            Q_EMIT exportFinished(false, message);
            return;
        }
        const Result<ExportedFile> file = watcher->result();
        saveExport(path, file,
                   file ? tr("Wrote %1 to %2").arg(file->summary, QDir::toNativeSeparators(path))
                        : QString());
    });
    m_runningExport = m_api.exportCourse(request);
    watcher->setFuture(*m_runningExport);
    updateActions();
}

void ReportsTab::saveExport(const QString& path, const Result<ExportedFile>& file,
                            const QString& wrote) {
    QString message;
    bool written = false;
    if (!file) {
        message = file.error().code == ErrorCode::Cancelled
                      ? tr("Export cancelled; nothing was written")
                      : file.error().message;
    } else {
        // Whole or not at all: a file half written is never left where the user looks.
        QSaveFile out(path);
        if (out.open(QIODevice::WriteOnly) && out.write(file->content) == file->content.size() &&
            out.commit()) {
            message = wrote;
            written = true;
        } else {
            message =
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        }
    }
    Q_EMIT notice(message);
    Q_EMIT exportFinished(written, message);
}

void ReportsTab::exportCalendar() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString title = m_courseBox->currentText().simplified().replace(u' ', u'-');
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export calendar"), QStringLiteral("%1/%2.ics").arg(folder, title),
        tr("iCalendar file (*.ics)"));
    if (!path.isEmpty())
        exportCalendarTo(path);
}

void ReportsTab::exportCalendarTo(const QString& path) {
    const std::optional<Id> course = currentCourseId();
    if (!course)
        return;
    CourseExport request;
    request.kind = CourseExport::Kind::Calendar;
    request.courseId = *course;
    whenDone(this, m_api.exportCourse(request), [this, path](const Result<ExportedFile>& file) {
        saveExport(path, file,
                   file ? tr("Wrote %1 sessions to %2")
                              .arg(file->sessions)
                              .arg(QDir::toNativeSeparators(path))
                        : QString());
    });
}

void ReportsTab::importRoster() {
    const std::optional<Id> course = currentCourseId();
    if (!course)
        return;
    auto* dialog = new RosterImportDialog(m_api, *course, m_courseBox->currentText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RosterImportDialog::imported, this, &ReportsTab::reloadDashboard);
    dialog->open();
}

} // namespace lectern::ui
