#include "agorakeysdialog.h"

#include "common/savethroughcore.h"
#include "whendone.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lectern::ui {

AgoraKeysDialog::AgoraKeysDialog(client::ConsoleApi& api, QWidget* parent)
    : QDialog(parent)
    , m_api(api)
    , m_appId(new QLineEdit(this))
    , m_certificate(new QLineEdit(this))
    , m_general(FieldErrors::problemLabel(this))
    , m_errors(m_general) {
    setWindowTitle(tr("Agora keys"));
    auto* help = new QLabel(tr("Agora sessions are joined with tokens signed by your Agora "
                               "project's keys (Agora Console ▸ Project ▸ Config). They are kept "
                               "where your sessions are run from: this computer's keychain (or a "
                               "file only you can read), or your Lectern server."),
                            this);
    help->setWordWrap(true);
    m_appId->setPlaceholderText(tr("32 hexadecimal digits"));
    m_certificate->setPlaceholderText(tr("32 hexadecimal digits"));
    m_certificate->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    auto* form = new QFormLayout;
    m_errors.addRow(form, tr("&App ID:"), m_appId, QStringLiteral("app_id"));
    m_errors.addRow(form, tr("App &certificate:"), m_certificate, QStringLiteral("certificate"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_forget = buttons->addButton(tr("&Forget the keys"), QDialogButtonBox::DestructiveRole);
    m_forget->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &AgoraKeysDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_forget, &QPushButton::clicked, this, &AgoraKeysDialog::forget);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addLayout(form);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());

    whenDone(this, m_api.agoraKeys(), [this](const Result<std::optional<AgoraKeys>>& keys) {
        if (!keys)
            m_errors.show(keys.error());
        else if (keys->has_value()) {
            m_appId->setText((*keys)->appId);
            m_certificate->setText((*keys)->appCertificate);
            // A server keeps its certificate to itself: an empty field keeps it.
            if ((*keys)->appCertificate.isEmpty())
                m_certificate->setPlaceholderText(
                    tr("Kept on the server; type a new one to replace it"));
            m_forget->setEnabled(true);
        }
        Q_EMIT loaded();
    });
}

void AgoraKeysDialog::save() {
    const AgoraKeys keys{m_appId->text().trimmed(), m_certificate->text().trimmed()};
    saveThroughCore(
        this, m_save, m_errors, [this, keys] { return m_api.saveAgoraKeys(keys); },
        [this] { Q_EMIT changed(tr("The Agora keys are saved.")); });
}

void AgoraKeysDialog::forget() {
    m_forget->setEnabled(false);
    whenDone(this, m_api.forgetAgoraKeys(), [this](const Status& forgotten) {
        if (!forgotten) {
            m_errors.show(forgotten.error());
            m_forget->setEnabled(true);
            return;
        }
        m_appId->clear();
        m_certificate->clear();
        Q_EMIT changed(tr("The Agora keys are forgotten."));
        reject();
    });
}

} // namespace lectern::ui
