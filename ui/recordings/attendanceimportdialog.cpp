#include "attendanceimportdialog.h"

#include "attendancetablemodel.h"
#include "common/fielderrors.h"
#include "domain/rules.h"
#include "whendone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lectern::ui {

namespace {
QString platformName(StintSource source) {
    switch (source) {
    case StintSource::Zoom:
        return AttendanceImportDialog::tr("Zoom participants report");
    case StintSource::Teams:
        return AttendanceImportDialog::tr("Microsoft Teams attendance report");
    case StintSource::Meet:
        return AttendanceImportDialog::tr("Google Meet attendance report");
    case StintSource::Hub:
        break;
    }
    return {};
}

QString lineList(const QList<int>& lines) {
    QStringList numbers;
    for (int line : lines)
        numbers << QString::number(line);
    return numbers.join(QStringLiteral(", "));
}

QString standing(AttendanceStatus status, double percentage) {
    return AttendanceImportDialog::tr("%1 (%2 %)")
        .arg(AttendanceTableModel::statusText(status),
             QLocale().toString(rules::roundOneDecimal(percentage), 'f', 1));
}

QTableWidget* table(const QStringList& header, const QString& name, QWidget* parent) {
    auto* view = new QTableWidget(0, static_cast<int>(header.size()), parent);
    view->setHorizontalHeaderLabels(header);
    view->setAccessibleName(name);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void setRow(QTableWidget* view, int row, const QStringList& cells) {
    for (int column = 0; column < cells.size(); ++column)
        view->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}
} // namespace

AttendanceImportDialog::AttendanceImportDialog(client::ConsoleApi& api, Id sessionId,
                                               const QString& fileName, QByteArray file,
                                               QWidget* parent)
    : QDialog(parent)
    , m_api(api)
    , m_sessionId(sessionId)
    , m_file(std::move(file))
    , m_summary(new QLabel(tr("Reading %1…").arg(fileName), this))
    , m_error(FieldErrors::problemLabel(this))
    , m_timeZone(new QComboBox(this))
    , m_matched(table({tr("Student"), tr("Email"), tr("Report lines"), tr("Before"), tr("After")},
                      tr("Students in the report"), this))
    , m_unmatched(
          table({tr("Name in the report"), tr("Lines"), tr("Time"), tr("Why"), tr("Count as")},
                tr("Names not matched"), this))
    , m_problems(new QLabel(this))
    , m_skipBadLines(new QCheckBox(tr("&Skip the bad lines and merge the rest"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Import attendance report"));
    resize(860, 560);
    m_summary->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setAccessibleName(tr("Bad lines"));
    // This computer's zone first (it may be named in a way the list does not have).
    const QByteArray here = QTimeZone::systemTimeZone().id();
    m_timeZone->addItem(tr("This computer's (%1)").arg(QString::fromUtf8(here)), here);
    for (const QByteArray& zone : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(zone), zone);
    m_timeZone->setCurrentIndex(0);
    m_timeZone->setAccessibleName(tr("Time zone of the report"));
    m_timeZone->setToolTip(tr("Reports write local times: the meeting organiser's time zone"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge into attendance"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(tr("Write the merged attendance; each changed record keeps a history entry"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Time zone of the report:"), m_timeZone);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Students the report names"), this));
    layout->addWidget(m_matched, 2);
    layout->addWidget(new QLabel(tr("Names no enrolled student has (choose whom they are)"), this));
    layout->addWidget(m_unmatched, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_skipBadLines);
    layout->addWidget(m_buttons);
    connect(m_timeZone, &QComboBox::currentIndexChanged, this, &AttendanceImportDialog::preview);
    connect(m_skipBadLines, &QCheckBox::toggled, this, &AttendanceImportDialog::updateMergeButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AttendanceImportDialog::merge);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateMergeButton();
    preview();
}

QPushButton* AttendanceImportDialog::mergeButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

void AttendanceImportDialog::assign(const QString& reportName, const QString& email) {
    if (email.isEmpty())
        m_assignments.remove(reportName);
    else
        m_assignments.insert(reportName, email);
    preview();
}

AttendanceImportOptions AttendanceImportDialog::options() const {
    AttendanceImportOptions options;
    const QTimeZone chosen(m_timeZone->currentData().toByteArray());
    options.timeZone = chosen.isValid() ? chosen : QTimeZone::systemTimeZone();
    options.assignments = m_assignments;
    options.skipBadLines = m_skipBadLines->isChecked();
    return options;
}

void AttendanceImportDialog::preview() {
    const quint64 request = ++m_latest;
    m_shown.reset();
    updateMergeButton();
    whenDone(this, m_api.importAttendance(m_sessionId, m_file, options()),
             [this, request](const Result<AttendanceImport>& import) {
                 if (request != m_latest)
                     return;
                 if (!import) {
                     m_error->setText(import.error().message);
                     m_error->show();
                 } else {
                     m_error->hide();
                     showPreview(*import);
                 }
                 Q_EMIT previewed();
             });
}

void AttendanceImportDialog::showPreview(const AttendanceImport& import) {
    m_shown = import;
    m_summary->setText(
        import.matched.isEmpty() && !import.problems.isEmpty()
            ? tr("Nothing in this file could be read as an attendance report.")
            : tr("%1 · students: %2 · names not matched: %3 · lines of the instructor and TAs: %4")
                  .arg(platformName(import.source))
                  .arg(import.matched.size())
                  .arg(import.unmatched.size())
                  .arg(import.staffLines));
    m_matched->setRowCount(static_cast<int>(import.matched.size()));
    for (int row = 0; row < import.matched.size(); ++row) {
        const ImportedAttendance& person = import.matched.at(row);
        QString after = standing(person.statusAfter, person.percentageAfter);
        if (person.verified)
            after += tr(" · verified: status kept");
        setRow(m_matched, row,
               {person.student.name, person.student.email, lineList(person.lines),
                standing(person.statusBefore, person.percentageBefore), after});
    }
    m_unmatched->setRowCount(static_cast<int>(import.unmatched.size()));
    for (int row = 0; row < import.unmatched.size(); ++row) {
        const UnmatchedAttendance& person = import.unmatched.at(row);
        setRow(m_unmatched, row,
               {person.email.isEmpty() ? person.name : tr("%1 <%2>").arg(person.name, person.email),
                lineList(person.lines), rules::formatDuration(person.reportSeconds),
                person.reason});
        auto* choice = new QComboBox(m_unmatched);
        choice->setAccessibleName(tr("Count %1 as").arg(person.name));
        choice->addItem(tr("Nobody (leave out)"), QString());
        for (const User& student : import.students)
            choice->addItem(tr("%1 <%2>").arg(student.name, student.email), student.email);
        m_unmatched->setCellWidget(row, 4, choice);
        connect(choice, &QComboBox::activated, this, [this, choice, name = person.name] {
            assign(name, choice->currentData().toString());
        });
    }
    QStringList problems;
    for (const PlatformReportProblem& problem : import.problems)
        problems << tr("Line %1: %2").arg(problem.line).arg(problem.message);
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_skipBadLines->setVisible(!problems.isEmpty() && !import.matched.isEmpty());
    updateMergeButton();
}

void AttendanceImportDialog::updateMergeButton() {
    const bool ready = m_shown && !m_shown->matched.isEmpty() &&
                       (m_shown->problems.isEmpty() || m_skipBadLines->isChecked());
    mergeButton()->setEnabled(ready);
}

void AttendanceImportDialog::merge() {
    if (!mergeButton()->isEnabled())
        return;
    mergeButton()->setEnabled(false);
    AttendanceImportOptions apply = options();
    apply.apply = true;
    whenDone(this, m_api.importAttendance(m_sessionId, m_file, apply),
             [this](const Result<AttendanceImport>& import) {
                 if (!import) {
                     m_error->setText(tr("Nothing was merged: %1").arg(import.error().message));
                     m_error->show();
                     updateMergeButton();
                     return;
                 }
                 Q_EMIT merged();
                 accept();
             });
}

} // namespace lectern::ui
