#include "verifydialog.h"

#include "attendancetablemodel.h"
#include "domain/sessionattendance.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace lectern::ui {

VerifyDialog::VerifyDialog(const SessionAttendance& record, const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_status(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this)) {
    setWindowTitle(tr("Verify attendance"));
    for (AttendanceStatus status : {AttendanceStatus::Present, AttendanceStatus::Late,
                                    AttendanceStatus::Excused, AttendanceStatus::Absent})
        m_status->addItem(AttendanceTableModel::statusText(status), static_cast<int>(status));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(record.status)));
    m_status->setAccessibleName(tr("Status"));
    m_notes->setPlainText(record.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("e.g. Doctor's note; joined late because of the train"));
    m_notes->setAccessibleName(tr("Notes"));
    auto* summary =
        new QLabel(tr("%1 attended %2 % of the session.")
                       .arg(name, QLocale().toString(record.attendancePercentage, 'f', 1)),
                   this);
    summary->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Notes:"), m_notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_status->setFocus();
}

AttendanceStatus VerifyDialog::status() const {
    return static_cast<AttendanceStatus>(m_status->currentData().toInt());
}

QString VerifyDialog::notes() const {
    return m_notes->toPlainText();
}

} // namespace lectern::ui
