#pragma once

#include "domain/views/coursedashboard.h"

#include <QAbstractTableModel>

namespace lectern::ui {

// The course dashboard: each student across the course's sessions held in the chosen days,
// with the share attended (drawn as a bar) and whether it is enough for certification.
class CourseDashboardModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        AttendedColumn,
        ShareColumn,
        ExcusedColumn,
        TimeColumn,
        ChatColumn,
        QuestionsColumn,
        PollAnswersColumn,
        EligibleColumn,
        ColumnCount
    };

    explicit CourseDashboardModel(QObject* parent = nullptr);

    void setTotals(QList<StudentTotals> totals);
    const QList<StudentTotals>& totals() const { return m_totals; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<StudentTotals> m_totals;
};

} // namespace lectern::ui
