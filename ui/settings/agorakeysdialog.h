#pragma once

#include "client/consoleapi.h"
#include "common/fielderrors.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace lectern::ui {

// The Agora project's app id and certificate, kept in the secret store (never the settings
// file): read when the dialog opens, checked and saved on Save, or forgotten.
class AgoraKeysDialog : public QDialog {
    Q_OBJECT

public:
    explicit AgoraKeysDialog(client::ConsoleApi& api, QWidget* parent = nullptr);

    QLineEdit* appIdField() const { return m_appId; }
    QLineEdit* certificateField() const { return m_certificate; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* forgetButton() const { return m_forget; }

public Q_SLOTS:
    void save();
    void forget();

Q_SIGNALS:
    // The stored keys were read into the fields.
    void loaded();
    // Saved or forgotten; the message says which.
    void changed(const QString& message);

private:
    client::ConsoleApi& m_api;
    QLineEdit* m_appId;
    QLineEdit* m_certificate;
    QPushButton* m_save;
    QPushButton* m_forget;
    QLabel* m_general;
    FieldErrors m_errors;
};

} // namespace lectern::ui
