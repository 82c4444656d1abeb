#include "signindialog.h"

#include "common/certificatetext.h"
#include "whendone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lectern::ui {

SignInDialog::SignInDialog(client::SignIn& signIn, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_signIn(signIn)
    , m_mode(mode) {
    const bool first = mode == Mode::FirstAccount;
    setWindowTitle(first ? tr("Welcome to Lectern") : tr("Sign in to Lectern"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(first ? tr("This database has no accounts yet. Create the first "
                              "one: it will schedule and run sessions.")
                   : signIn.serverText().isEmpty()
                       ? tr("Sign in with your Lectern account.")
                       : tr("Sign in to %1 with your Lectern account.").arg(signIn.serverText()),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    if (first) {
        m_name = new QLineEdit(this);
        m_name->setAccessibleName(tr("Full name"));
        form->addRow(tr("Full &name:"), m_name);
    }
    m_email = new QLineEdit(this);
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(tr("you@example.org"));
    form->addRow(tr("&Email:"), m_email);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&Password:"), m_password);
    if (first) {
        m_repeat = new QLineEdit(this);
        m_repeat->setEchoMode(QLineEdit::Password);
        m_repeat->setAccessibleName(tr("Repeat password"));
        form->addRow(tr("&Repeat password:"), m_repeat);
        m_role = new QComboBox(this);
        m_role->setAccessibleName(tr("Role"));
        m_role->addItem(tr("Instructor"), QVariant::fromValue(static_cast<int>(Role::Instructor)));
        m_role->addItem(tr("Admin"), QVariant::fromValue(static_cast<int>(Role::Admin)));
        form->addRow(tr("R&ole:"), m_role);
    }
    m_remember = new QCheckBox(tr("&Keep me signed in on this computer"), this);
    m_remember->setToolTip(tr("For 30 days; the sign-in is kept in the system keychain"));
    form->addRow(QString(), m_remember);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a31d1d;"));
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();
    layout->addWidget(m_error);

    // A server with a certificate of its own: trusted here, once, as in Settings.
    m_trust = new QPushButton(tr("T&rust this certificate"), this);
    m_trust->setAccessibleName(tr("Trust this certificate"));
    m_trust->setToolTip(tr("Trust this server's certificate from now on and sign in"));
    m_trust->hide();
    layout->addWidget(m_trust, 0, Qt::AlignLeft);
    connect(m_trust, &QPushButton::clicked, this, [this] {
        m_signIn.trustOfferedCertificate();
        m_trust->hide();
        submit();
    });
    connect(&m_signIn, &client::SignIn::certificateUntrusted, this,
            [this](const QString& subject, const QByteArray& sha256) {
                m_untrusted = CertificateText::untrusted(m_signIn.serverText(), subject, sha256);
            });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(first ? tr("&Create account") : tr("&Sign in"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

void SignInDialog::setEmail(const QString& email) {
    m_email->setText(email);
    if (!email.isEmpty())
        m_password->setFocus();
}

void SignInDialog::submit() {
    m_error->hide();
    m_untrusted.clear();
    if (m_mode == Mode::FirstAccount && m_password->text() != m_repeat->text()) {
        showError(Error::invalid(QStringLiteral("repeat"), tr("The two passwords differ.")));
        return;
    }
    setBusy(true);
    const QString email = m_email->text();
    const QString password = m_password->text();
    const bool keep = m_remember->isChecked();
    auto finish = [this](const Result<User>& user) {
        setBusy(false);
        if (!user && !m_untrusted.isEmpty()) {
            // Not the TLS library's words: what the certificate is, and what to check.
            m_trust->show();
            showError(Error::unavailable(m_untrusted, 0));
            return;
        }
        if (!user) {
            showError(user.error());
            return;
        }
        m_user = *user;
        accept();
    };
    if (m_mode == Mode::SignIn) {
        whenDone(this, m_signIn.signIn(email, password, keep), finish);
        return;
    }
    const client::FirstAccount account{email, m_name->text(),
                                       static_cast<Role>(m_role->currentData().toInt()), password};
    whenDone(this, m_signIn.createFirstAccount(account, keep), finish);
}

void SignInDialog::showError(const Error& error) {
    m_error->setText(error.message);
    m_error->show();
    adjustSize(); // room for the words, the fields keeping theirs
    // Put the cursor where the problem is.
    QLineEdit* culprit = m_email;
    if (error.field == u"name" && m_name)
        culprit = m_name;
    else if (error.field == u"password" || error.field == u"repeat" ||
             error.code == ErrorCode::Unauthorized)
        culprit = m_password;
    culprit->setFocus();
    culprit->selectAll();
}

void SignInDialog::setBusy(bool busy) {
    m_buttons->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

} // namespace lectern::ui
