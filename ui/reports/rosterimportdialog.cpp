#include "rosterimportdialog.h"

#include "common/importfile.h"
#include "whendone.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace lectern::ui {
namespace {

// What an import did, with the first passwords of the accounts it made.

} // namespace

RosterImportDialog::RosterImportDialog(client::ConsoleApi& api, Id courseId,
                                       const QString& courseTitle, QWidget* parent)
    : QDialog(parent)
    , m_api(api)
    , m_courseId(courseId)
    , m_file(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_skip(new QCheckBox(tr("&Skip the bad lines and import the others"), this))
    , m_result(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)) {
    setWindowTitle(tr("Import a roster into %1").arg(courseTitle));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    m_file->setAccessibleName(tr("Roster file"));
    auto* choose = new QPushButton(tr("&Choose…"), this);
    connect(choose, &QPushButton::clicked, this, &RosterImportDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file);
    fileRow->addWidget(choose);

    auto* help = new QLabel(
        tr("One person per line: <i>email,name</i> or <i>email,name,role</i> (student or ta), "
           "separated by commas or semicolons; a header line is allowed. People without an "
           "account get one, with a first password shown here to pass on."),
        this);
    help->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_problems->setAccessibleName(tr("Bad lines"));
    m_problems->hide();
    m_skip->hide();
    m_result->setReadOnly(true);
    m_result->setAccessibleName(tr("Import result"));
    m_result->hide();

    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RosterImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_skip, &QCheckBox::toggled, this, &RosterImportDialog::updateImportButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(m_skip);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    resize(560, 420);
    updateImportButton();
}

void RosterImportDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a roster"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Roster (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void RosterImportDialog::loadFile(const QString& path) {
    m_result->hide();
    m_file->setText(QDir::toNativeSeparators(path));
    m_roster = {};
    m_content.clear();
    m_problems->clear();
    auto content = ImportFile::read(path);
    if (!content) {
        m_summary->setText(content.error().message);
        updateImportButton();
        Q_EMIT loaded();
        return;
    }
    m_content = *content;
    updateImportButton();
    whenDone(this, m_api.readRoster(m_content), [this](const Result<Roster>& roster) {
        if (roster)
            showRoster(*roster);
        else
            m_summary->setText(roster.error().message);
        Q_EMIT loaded();
    });
}

void RosterImportDialog::showRoster(const Roster& roster) {
    m_roster = roster;
    m_problems->clear();
    for (const RosterProblem& problem : std::as_const(m_roster.problems))
        m_problems->addItem(tr("Line %1: %2").arg(problem.line).arg(problem.message));
    const bool bad = !m_roster.problems.isEmpty();
    m_problems->setVisible(bad);
    m_skip->setVisible(bad);
    m_skip->setChecked(false);
    const QString people = tr("People to enrol: %1.").arg(m_roster.entries.size());
    m_summary->setText(bad ? people + u' ' +
                                 tr("Bad lines: %1, listed below. Nothing is imported unless "
                                    "you skip them.")
                                     .arg(m_roster.problems.size())
                           : people);
    updateImportButton();
}

void RosterImportDialog::updateImportButton() {
    const bool ready =
        !m_roster.entries.isEmpty() && (m_roster.problems.isEmpty() || m_skip->isChecked());
    m_importButton->setEnabled(ready && !m_busy);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!m_busy);
}

void RosterImportDialog::reject() {
    if (!m_busy)
        QDialog::reject();
}

void RosterImportDialog::startImport() {
    if (!m_importButton->isEnabled())
        return;
    m_busy = true;
    updateImportButton();
    whenDone(this, m_api.importRoster(m_courseId, m_content, m_skip->isChecked()),
             [this](const Result<RosterOutcome>& outcome) {
                 m_busy = false;
                 if (!outcome) {
                     m_summary->setText(outcome.error().message);
                     updateImportButton();
                     Q_EMIT finished();
                     return;
                 }
                 const RosterImport& done = outcome->import;
                 m_summary->setText(tr("Enrolled: %1 (new accounts: %2; already enrolled: %3).")
                                        .arg(done.enrolled.size())
                                        .arg(done.created.size())
                                        .arg(done.alreadyEnrolled));
                 QStringList lines;
                 for (const User& created : done.created)
                     lines << tr("%1 <%2>: first password %3")
                                  .arg(created.name, created.email,
                                       outcome->passwords.value(created.email));
                 m_result->setPlainText(lines.join(u'\n'));
                 m_result->setVisible(!lines.isEmpty());
                 // Imported once: importing again would only say everyone is enrolled.
                 m_roster = {};
                 m_content.clear();
                 m_problems->hide();
                 m_skip->hide();
                 updateImportButton();
                 Q_EMIT imported();
                 Q_EMIT finished();
             });
}

} // namespace lectern::ui
