#include "attendancehistorydialog.h"

#include "attendancetablemodel.h"
#include "domain/rules.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lectern::ui {

namespace {
QString percent(double value) {
    return QLocale().toString(rules::roundOneDecimal(value), 'f', 1) + QStringLiteral(" %");
}

QString fromTo(const QString& before, const QString& after) {
    return before == after ? after : AttendanceHistoryDialog::tr("%1 → %2").arg(before, after);
}
} // namespace

AttendanceHistoryDialog::AttendanceHistoryDialog(const QList<AttendanceChange>& changes,
                                                 const std::function<QString(Id)>& nameOfRecord,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(static_cast<int>(changes.size()), 8, this)) {
    setWindowTitle(tr("Attendance history"));
    resize(900, 420);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Person"), tr("By"), tr("Change"),
                                        tr("Status"), tr("Attended"), tr("Notes"), tr("Detail")});
    m_table->setAccessibleName(tr("Changes to attendance"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QLocale locale;
    for (int row = 0; row < changes.size(); ++row) {
        const AttendanceChange& change = changes.at(row);
        const QStringList cells = {
            locale.toString(change.changedAt.toLocalTime(), QLocale::ShortFormat),
            nameOfRecord(change.attendanceId),
            change.changedByName.isEmpty() ? tr("(account removed)") : change.changedByName,
            change.kind == AttendanceChangeKind::Import ? tr("Report merged") : tr("Verified"),
            fromTo(AttendanceTableModel::statusText(change.statusBefore),
                   AttendanceTableModel::statusText(change.statusAfter)),
            fromTo(percent(change.percentageBefore), percent(change.percentageAfter)),
            fromTo(change.notesBefore, change.notesAfter),
            change.detail};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    if (changes.isEmpty())
        layout->addWidget(new QLabel(
            tr("Nobody has changed this session's attendance: the figures are as measured."),
            this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

} // namespace lectern::ui
