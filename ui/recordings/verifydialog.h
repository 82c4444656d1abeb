#pragma once

#include "domain/sessionattendance.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace lectern::ui {

// A person's check of one attendance record: the status that counts (Present, Late, Excused,
// Absent) and a note saying why.
class VerifyDialog : public QDialog {
    Q_OBJECT

public:
    VerifyDialog(const SessionAttendance& record, const QString& name, QWidget* parent = nullptr);

    AttendanceStatus status() const;
    QString notes() const;

private:
    QComboBox* m_status;
    QPlainTextEdit* m_notes;
};

} // namespace lectern::ui
