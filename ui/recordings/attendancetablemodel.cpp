#include "attendancetablemodel.h"

#include <QLocale>

namespace lectern::ui {

AttendanceTableModel::AttendanceTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AttendanceTableModel::setAttendance(QList<SessionAttendance> records, QHash<Id, User> people) {
    beginResetModel();
    m_records = std::move(records);
    m_people = std::move(people);
    // Alphabetical, as a register is read.
    std::ranges::sort(m_records, [this](const auto& a, const auto& b) {
        return QString::localeAwareCompare(nameOf(a.userId), nameOf(b.userId)) < 0;
    });
    endResetModel();
}

QString AttendanceTableModel::nameOf(Id userId) const {
    return m_people.value(userId).name;
}

int AttendanceTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int AttendanceTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString AttendanceTableModel::statusText(AttendanceStatus status) {
    switch (status) {
    case AttendanceStatus::Present:
        return tr("Present");
    case AttendanceStatus::Late:
        return tr("Late");
    case AttendanceStatus::Excused:
        return tr("Excused");
    case AttendanceStatus::Absent:
        return tr("Absent");
    }
    return {};
}

QVariant AttendanceTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const SessionAttendance& a = m_records.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return nameOf(a.userId);
        case AttendedColumn:
            return tr("%1 %").arg(locale.toString(a.attendancePercentage, 'f', 1));
        case PresentColumn:
            return a.markedPresent ? tr("Yes") : tr("No");
        case StatusColumn:
            return statusText(a.status);
        case VerifiedColumn:
            return a.verifiedBy ? tr("%1, %2").arg(nameOf(*a.verifiedBy),
                                                   locale.toString(a.verifiedAt.toLocalTime(),
                                                                   QLocale::ShortFormat))
                                : tr("Not yet");
        case NotesColumn:
            return a.notes;
        }
    }
    if (role == Qt::EditRole && index.column() == AttendedColumn)
        return a.attendancePercentage;
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return m_people.value(a.userId).email;
    return {};
}

QVariant AttendanceTableModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AttendedColumn:
        return tr("Attended");
    case PresentColumn:
        return tr("Present");
    case StatusColumn:
        return tr("Status");
    case VerifiedColumn:
        return tr("Verified");
    case NotesColumn:
        return tr("Notes");
    }
    return {};
}

} // namespace lectern::ui
