#pragma once

#include "domain/sessionattendance.h"

#include <QDialog>

class QTableWidget;

namespace lectern::ui {

// Every change made to a session's attendance records, oldest first: who changed whose record
// and when, by verifying it or by merging a platform's report, and what it was before.
class AttendanceHistoryDialog : public QDialog {
    Q_OBJECT

public:
    // `nameOfRecord` gives the person whose record an attendance id is.
    AttendanceHistoryDialog(const QList<AttendanceChange>& changes,
                            const std::function<QString(Id)>& nameOfRecord,
                            QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace lectern::ui
