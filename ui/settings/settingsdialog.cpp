#include "settingsdialog.h"

#include "client/localdatabase.h"
#include "whendone.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
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
enum DatabaseKind { Embedded, SqliteFile, Postgres };
}

SettingsDialog::SettingsDialog(ConsoleSettings settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(std::move(settings))
    , m_databaseKind(new QComboBox(this))
    , m_databaseLocation(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_testResult(new QLabel(this))
    , m_hubAddress(new QComboBox(this))
    , m_hubPort(new QSpinBox(this))
    , m_language(new QComboBox(this)) {
    setWindowTitle(tr("Settings"));
    setMinimumWidth(560);

    m_databaseKind->addItem(tr("On this computer (built in)"), Embedded);
    m_databaseKind->addItem(tr("A database file (SQLite)"), SqliteFile);
    m_databaseKind->addItem(tr("My team's server (PostgreSQL)"), Postgres);
    m_databaseKind->setAccessibleName(tr("Database"));
    m_databaseLocation->setAccessibleName(tr("Database location"));
    m_testResult->setWordWrap(true);
    m_testResult->setAccessibleName(tr("Connection test result"));
    const QString url = m_settings.databaseUrl;
    if (url.startsWith(u"postgres")) {
        m_databaseKind->setCurrentIndex(Postgres);
        m_databaseLocation->setText(url);
    } else if (url.startsWith(u"sqlite://")) {
        m_databaseKind->setCurrentIndex(SqliteFile);
        m_databaseLocation->setText(url.mid(int(qstrlen("sqlite://"))));
    }
    auto* location = new QHBoxLayout;
    location->addWidget(m_databaseLocation, 1);
    location->addWidget(m_browse);
    auto* databaseForm = new QFormLayout;
    databaseForm->addRow(tr("&Database:"), m_databaseKind);
    databaseForm->addRow(tr("&Location:"), location);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    databaseForm->addRow(QString(), testRow);
    auto* databaseBox = new QGroupBox(tr("Database"), this);
    databaseBox->setLayout(databaseForm);

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
    hubBox->setLayout(hubForm);

    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language)));
    m_language->setAccessibleName(tr("Language"));
    auto* languageForm = new QFormLayout;
    languageForm->addRow(tr("L&anguage:"), m_language);

    auto* note =
        new QLabel(tr("The database and the language change the next time Lectern starts."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(databaseBox);
    layout->addWidget(hubBox);
    layout->addLayout(languageForm);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(m_databaseKind, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateDatabaseFields);
    connect(m_databaseLocation, &QLineEdit::textChanged, m_testResult, &QLabel::clear);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Database file"), m_databaseLocation->text(),
                                         tr("SQLite databases (*.sqlite *.db);;All files (*)"),
                                         nullptr, QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_databaseLocation->setText(file);
    });
    updateDatabaseFields();
}

void SettingsDialog::updateDatabaseFields() {
    const int kind = m_databaseKind->currentData().toInt();
    m_databaseLocation->setEnabled(kind != Embedded);
    m_browse->setVisible(kind == SqliteFile);
    m_databaseLocation->setPlaceholderText(
        kind == Postgres     ? tr("postgresql://user:password@server:5432/lectern")
        : kind == SqliteFile ? tr("/path/to/lectern.sqlite")
                             : client::embeddedDatabaseText());
    m_testResult->clear();
}

QString SettingsDialog::databaseUrl() const {
    const QString location = m_databaseLocation->text().trimmed();
    switch (m_databaseKind->currentData().toInt()) {
    case SqliteFile:
        return location.isEmpty() ? QString() : QStringLiteral("sqlite://") + location;
    case Postgres:
        return location;
    default:
        return {};
    }
}

void SettingsDialog::testConnection() {
    const QString url = databaseUrl();
    m_test->setEnabled(false);
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Connecting…"));
    whenDone(this, client::testDatabase(url), [this](const Status& connected) {
        m_test->setEnabled(true);
        m_testResult->setStyleSheet(
            QStringLiteral("color: %1")
                .arg(connected ? QStringLiteral("#1b7f3b") : QStringLiteral("#b02020")));
        m_testResult->setText(connected ? tr("Connected. Lectern's tables are ready.")
                                        : tr("No connection: %1").arg(connected.error().message));
        Q_EMIT connectionTested(connected.has_value());
    });
}

ConsoleSettings SettingsDialog::settings() const {
    ConsoleSettings edited = m_settings;
    edited.databaseUrl = databaseUrl();
    edited.hubAddress = m_hubAddress->currentData().toString();
    edited.hubPort = static_cast<quint16>(m_hubPort->value());
    edited.language = m_language->currentData().toString();
    return edited;
}

} // namespace lectern::ui
