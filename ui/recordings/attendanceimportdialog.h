#pragma once

#include "client/consoleapi.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lectern::ui {

// A meeting platform's attendance report, previewed before it is merged into a session's
// attendance: who it names and what their attendance becomes, the names it could not match
// (each can be assigned to an enrolled student), and its bad lines by number. Nothing is
// written until "Merge into attendance"; a refusal keeps the dialog open and says why.
class AttendanceImportDialog : public QDialog {
    Q_OBJECT

public:
    AttendanceImportDialog(client::ConsoleApi& api, Id sessionId, const QString& fileName,
                           QByteArray file, QWidget* parent = nullptr);

    QTableWidget* matchedTable() const { return m_matched; }
    QTableWidget* unmatchedTable() const { return m_unmatched; }
    QLabel* problemsLabel() const { return m_problems; }
    QComboBox* timeZoneBox() const { return m_timeZone; }
    QCheckBox* skipBadLinesBox() const { return m_skipBadLines; }
    QPushButton* mergeButton() const;
    // Counts `reportName` as the enrolled student with `email`, and previews again.
    void assign(const QString& reportName, const QString& email);

Q_SIGNALS:
    void previewed(); // a preview (or its refusal) is shown
    void merged();    // the merge is written (the dialog then closes)

private:
    AttendanceImportOptions options() const;
    void preview();
    void showPreview(const AttendanceImport& import);
    void merge();
    void updateMergeButton();

    client::ConsoleApi& m_api;
    Id m_sessionId;
    QByteArray m_file;
    QHash<QString, QString> m_assignments;
    QLabel* m_summary;
    QLabel* m_error;
    QComboBox* m_timeZone;
    QTableWidget* m_matched;
    QTableWidget* m_unmatched;
    QLabel* m_problems;
    QCheckBox* m_skipBadLines;
    QDialogButtonBox* m_buttons;
    std::optional<AttendanceImport> m_shown;
    quint64 m_latest = 0;
};

} // namespace lectern::ui
