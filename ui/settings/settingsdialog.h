#pragma once

#include "consolesettings.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lectern::ui {

// The console's settings: where classes are kept (this computer, or a Lectern server by its
// address, with a connection test that offers to trust a server's own certificate by its
// fingerprint), where the participant page is served, and the language. The place and the
// language apply at the next start.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(ConsoleSettings settings, QWidget* parent = nullptr);

    // The settings as edited.
    ConsoleSettings settings() const;

public Q_SLOTS:
    void testConnection();
    // Trusts the certificate the last test found, by its fingerprint, and tests again.
    void trustCertificate();
    void accept() override;

Q_SIGNALS:
    // The connection test's outcome was shown.
    void connectionTested(bool ok);

private:
    bool onAServer() const;
    void updatePlaceFields();
    void showResult(bool ok, const QString& text);

    ConsoleSettings m_settings;
    QByteArray m_pinned;  // the fingerprint trusted for the address typed
    QByteArray m_offered; // the one the last test found untrusted
    QComboBox* m_place;
    QFormLayout* m_placeForm = nullptr;
    QLineEdit* m_server;
    QPushButton* m_test;
    QPushButton* m_trust;
    QLabel* m_testResult;
    QComboBox* m_hubAddress;
    QSpinBox* m_hubPort;
    QComboBox* m_language;
};

} // namespace lectern::ui
