#include "settingsdialog.h"

#include "client/localdatabase.h"
#include "client/serveraddress.h"
#include "client/serverprobe.h"
#include "common/certificatetext.h"
#include "whendone.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lectern::ui {
namespace {
enum Place { ThisComputer, Server };
}

SettingsDialog::SettingsDialog(ConsoleSettings settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(std::move(settings))
    , m_pinned(m_settings.serverCertificate)
    , m_place(new QComboBox(this))
    , m_server(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_trust(new QPushButton(tr("T&rust this certificate"), this))
    , m_testResult(new QLabel(this))
    , m_hubAddress(new QComboBox(this))
    , m_hubPort(new QSpinBox(this))
    , m_language(new QComboBox(this)) {
    setWindowTitle(tr("Settings"));
    setMinimumWidth(560);

    m_place->addItem(tr("This computer"), ThisComputer);
    m_place->addItem(tr("A Lectern server"), Server);
    m_place->setAccessibleName(tr("Where classes are kept"));
    m_place->setCurrentIndex(m_settings.onAServer() ? Server : ThisComputer);
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(tr("lectern.example.edu"));
    m_server->setText(m_settings.serverUrl);
    m_testResult->setWordWrap(true);
    // Room for the longest answer (a certificate's fingerprint) without the dialog jumping.
    m_testResult->setMinimumHeight(m_testResult->fontMetrics().lineSpacing() * 5);
    m_testResult->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->setAccessibleName(tr("Connection test result"));
    m_trust->setAccessibleName(tr("Trust this certificate"));
    m_trust->hide();
    auto* placeForm = new QFormLayout;
    m_placeForm = placeForm;
    placeForm->addRow(tr("&Classes are kept on:"), m_place);
    placeForm->addRow(tr("Ser&ver:"), m_server);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_trust);
    testRow->addStretch(1);
    placeForm->addRow(QString(), testRow);
    placeForm->addRow(QString(), m_testResult);
    auto* placeBox = new QGroupBox(tr("Classes"), this);
    placeBox->setLayout(placeForm);

    m_hubAddress->addItem(tr("Every network (students on other computers)"), QString());
    m_hubAddress->addItem(tr("This computer only"), QStringLiteral("127.0.0.1"));
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
            m_hubAddress->addItem(tr("Only %1").arg(address.toString()), address.toString());
    }
    m_hubAddress->setCurrentIndex(std::max(0, m_hubAddress->findData(m_settings.hubAddress)));
    m_hubAddress->setAccessibleName(tr("Participant page address"));
    m_hubPort->setRange(1, 65535);
    m_hubPort->setValue(m_settings.hubPort);
    m_hubPort->setAccessibleName(tr("Participant page port"));
    auto* hubForm = new QFormLayout;
    hubForm->addRow(tr("&Serve on:"), m_hubAddress);
    hubForm->addRow(tr("&Port:"), m_hubPort);
    auto* hubBox = new QGroupBox(tr("Participant page (while a session is live)"), this);
    hubBox->setObjectName(QStringLiteral("participantPage"));
    hubBox->setLayout(hubForm);

    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language)));
    m_language->setAccessibleName(tr("Language"));
    auto* languageForm = new QFormLayout;
    languageForm->addRow(tr("L&anguage:"), m_language);

    auto* note =
        new QLabel(tr("Where classes are kept and the language change the next time Lectern "
                      "starts."),
                   this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(placeBox);
    layout->addWidget(hubBox);
    layout->addLayout(languageForm);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(m_place, &QComboBox::currentIndexChanged, this, &SettingsDialog::updatePlaceFields);
    connect(m_server, &QLineEdit::textEdited, this, [this] {
        // A trusted certificate belongs to the address it was trusted for.
        m_pinned.clear();
        m_offered.clear();
        m_trust->hide();
        m_testResult->clear();
    });
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_trust, &QPushButton::clicked, this, &SettingsDialog::trustCertificate);
    updatePlaceFields();
}

bool SettingsDialog::onAServer() const {
    return m_place->currentData().toInt() == Server;
}

void SettingsDialog::updatePlaceFields() {
    // On this computer there is no address to give: the row goes.
    m_placeForm->setRowVisible(m_server, onAServer());
    // A console signed in to a server serves no page: the server does.
    if (auto* page = findChild<QGroupBox*>(QStringLiteral("participantPage")))
        page->setEnabled(!onAServer());
    m_trust->hide();
    m_testResult->clear();
    if (onAServer())
        m_server->setFocus();
}

void SettingsDialog::showResult(bool ok, const QString& text) {
    m_test->setEnabled(true);
    m_testResult->setStyleSheet(
        QStringLiteral("color: %1")
            .arg(ok ? QStringLiteral("#1b7f3b") : QStringLiteral("#b02020")));
    m_testResult->setText(text);
    Q_EMIT connectionTested(ok);
}

void SettingsDialog::testConnection() {
    m_test->setEnabled(false);
    m_trust->hide();
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Connecting…"));
    if (!onAServer()) {
        whenDone(this, client::testDatabase({}), [this](const Status& opened) {
            showResult(
                opened.has_value(),
                opened ? tr("Ready: classes are kept in %1.").arg(client::embeddedDatabaseText())
                       : tr("No connection: %1").arg(opened.error().message));
        });
        return;
    }
    whenDone(this, client::probeServer(m_server->text(), m_pinned),
             [this](const client::ServerProbe& probe) {
                 if (!probe.untrustedSha256.isEmpty()) {
                     m_offered = probe.untrustedSha256;
                     m_trust->show();
                     showResult(false, CertificateText::untrusted(probe.url, probe.untrustedSubject,
                                                                  probe.untrustedSha256));
                     return;
                 }
                 showResult(probe.reached.has_value(),
                            probe.reached
                                ? tr("Connected: %1 is a Lectern server. Sign in with your own "
                                     "Lectern account at the next start.")
                                      .arg(probe.url)
                                : tr("No connection: %1").arg(probe.reached.error().message));
             });
}

void SettingsDialog::trustCertificate() {
    if (m_offered.isEmpty())
        return;
    m_pinned = m_offered;
    testConnection();
}

void SettingsDialog::accept() {
    if (onAServer()) {
        if (auto address = client::ServerAddress::parse(m_server->text()); !address) {
            showResult(false, address.error().message);
            m_server->setFocus();
            return;
        }
    }
    QDialog::accept();
}

ConsoleSettings SettingsDialog::settings() const {
    ConsoleSettings edited = m_settings;
    edited.serverUrl.clear();
    edited.serverCertificate.clear();
    if (onAServer()) {
        if (auto address = client::ServerAddress::parse(m_server->text(), m_pinned)) {
            edited.serverUrl = address->url.toString();
            edited.serverCertificate = address->pinnedSha256;
        }
    }
    edited.hubAddress = m_hubAddress->currentData().toString();
    edited.hubPort = static_cast<quint16>(m_hubPort->value());
    edited.language = m_language->currentData().toString();
    return edited;
}

} // namespace lectern::ui
