#pragma once

#include "client/signin.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lectern::ui {

// Signs a person in; on a database with no accounts yet, creates the first one instead.
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { SignIn, FirstAccount };

    SignInDialog(client::SignIn& signIn, Mode mode, QWidget* parent = nullptr);

    // The email to offer (the last one used on this computer).
    void setEmail(const QString& email);

    // The signed-in user, once the dialog has been accepted.
    std::optional<User> user() const { return m_user; }
    Mode mode() const { return m_mode; }

private:
    void submit();
    void showError(const Error& error);
    void setBusy(bool busy);

    client::SignIn& m_signIn;
    Mode m_mode;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QComboBox* m_role = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_trust = nullptr;
    // What the last attempt learnt of an untrusted server certificate, in words.
    QString m_untrusted;
    std::optional<User> m_user;
};

} // namespace lectern::ui
