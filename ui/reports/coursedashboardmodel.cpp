#include "coursedashboardmodel.h"

#include "domain/rules.h"

#include <QLocale>

namespace lectern::ui {

CourseDashboardModel::CourseDashboardModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CourseDashboardModel::setTotals(QList<StudentTotals> totals) {
    beginResetModel();
    m_totals = std::move(totals);
    endResetModel();
}

int CourseDashboardModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_totals.size());
}

int CourseDashboardModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourseDashboardModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_totals.size())
        return {};
    const StudentTotals& t = m_totals.at(index.row());
    const QLocale locale;
    const double percent = t.attendedShare() * 100.0;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return t.person.name;
        case AttendedColumn:
            return tr("%1 of %2").arg(t.sessionsAttended).arg(t.sessionsHeld);
        case ShareColumn:
            return tr("%1 %").arg(locale.toString(percent, 'f', 1));
        case ExcusedColumn:
            return t.sessionsExcused;
        case TimeColumn:
            return rules::formatDuration(t.secondsAttended);
        case ChatColumn:
            return t.chatMessages;
        case QuestionsColumn:
            return t.questions;
        case PollAnswersColumn:
            return t.pollAnswers;
        case EligibleColumn:
            return t.eligible ? tr("Yes") : tr("Not yet");
        }
    }
    if (role == Qt::EditRole && index.column() == ShareColumn)
        return percent;
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return t.person.email;
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant::fromValue(Qt::AlignCenter);
    return {};
}

QVariant CourseDashboardModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Student");
    case AttendedColumn:
        return tr("Sessions attended");
    case ShareColumn:
        return tr("Attended");
    case ExcusedColumn:
        return tr("Excused");
    case TimeColumn:
        return tr("Time in class");
    case ChatColumn:
        return tr("Messages");
    case QuestionsColumn:
        return tr("Questions");
    case PollAnswersColumn:
        return tr("Votes");
    case EligibleColumn:
        return tr("Certificate");
    }
    return {};
}

} // namespace lectern::ui
