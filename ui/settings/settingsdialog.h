#pragma once

#include "consolesettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lectern::ui {

// The console's settings: which database (the embedded file, another SQLite file, or a team's
// PostgreSQL server, with a connection test), where the participant page is served, and the
// language. The database and language apply at the next start.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(ConsoleSettings settings, QWidget* parent = nullptr);

    // The settings as edited.
    ConsoleSettings settings() const;

public Q_SLOTS:
    void testConnection();

Q_SIGNALS:
    // The connection test's outcome was shown.
    void connectionTested(bool ok);

private:
    QString databaseUrl() const;
    void updateDatabaseFields();

    ConsoleSettings m_settings;
    QComboBox* m_databaseKind;
    QLineEdit* m_databaseLocation;
    QPushButton* m_browse;
    QPushButton* m_test;
    QLabel* m_testResult;
    QComboBox* m_hubAddress;
    QSpinBox* m_hubPort;
    QComboBox* m_language;
};

} // namespace lectern::ui
