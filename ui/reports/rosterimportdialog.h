#pragma once

#include "client/consoleapi.h"
#include "domain/views/rosterimport.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace lectern::ui {

// Enrols the people of a roster file (email,name[,role]) in a course: the file's bad lines
// are listed by number before anything happens; a file with bad lines imports nothing unless
// "Skip the bad lines" is ticked. New accounts' first passwords are shown to pass on.
class RosterImportDialog : public QDialog {
    Q_OBJECT

public:
    RosterImportDialog(client::ConsoleApi& api, Id courseId, const QString& courseTitle,
                       QWidget* parent = nullptr);

    // Reads the roster at `path` and shows what it holds; `loaded` follows.
    void loadFile(const QString& path);

    QListWidget* problemList() const { return m_problems; }
    QCheckBox* skipBadLines() const { return m_skip; }
    QPushButton* importButton() const { return m_importButton; }
    QLabel* summary() const { return m_summary; }
    QPlainTextEdit* result() const { return m_result; }

public Q_SLOTS:
    void chooseFile();
    void startImport();
    // Closes, except while an import runs: its outcome (new passwords) must be seen.
    void reject() override;

Q_SIGNALS:
    void loaded();
    void imported();
    // The import ended, done or refused (the summary says which).
    void finished();

private:
    void updateImportButton();
    void showRoster(const Roster& roster);

    client::ConsoleApi& m_api;
    Id m_courseId;
    QByteArray m_content; // the file as read, imported as it is
    Roster m_roster;
    bool m_busy = false;
    QLineEdit* m_file;
    QLabel* m_summary;
    QListWidget* m_problems;
    QCheckBox* m_skip;
    QPlainTextEdit* m_result;
    QDialogButtonBox* m_buttons;
    QPushButton* m_importButton;
};

} // namespace lectern::ui
