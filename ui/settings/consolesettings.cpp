#include "consolesettings.h"

#include <QSettings>

namespace lectern::ui {
namespace {

const QString trustedGroup = QStringLiteral("trusted-certificates");

// Who a certificate belongs to: the server's host and port, whatever the path.
QString serverKey(const QUrl& url) {
    return QStringLiteral("%1:%2").arg(url.host().toLower()).arg(url.port(443));
}

} // namespace

ConsoleSettings ConsoleSettings::load() {
    QSettings stored;
    ConsoleSettings settings;
    settings.serverUrl = stored.value(QStringLiteral("server/url")).toString();
    settings.serverCertificate = stored.value(QStringLiteral("server/certificate")).toByteArray();
    settings.hubAddress = stored.value(QStringLiteral("hub/address")).toString();
    const int port = stored.value(QStringLiteral("hub/port"), 8080).toInt();
    settings.hubPort = port > 0 && port <= 65535 ? static_cast<quint16>(port) : 8080;
    settings.language = stored.value(QStringLiteral("ui/language")).toString();
    settings.lastEmail = stored.value(QStringLiteral("signin/email")).toString();
    stored.beginGroup(trustedGroup);
    for (const QString& server : stored.childKeys())
        settings.trustedCertificates.insert(server, stored.value(server).toByteArray());
    stored.endGroup();
    return settings;
}

void ConsoleSettings::save() const {
    QSettings stored;
    stored.setValue(QStringLiteral("server/url"), serverUrl);
    stored.setValue(QStringLiteral("server/certificate"), serverCertificate);
    // Earlier consoles kept a database's address here, password and all: never again.
    stored.remove(QStringLiteral("database/url"));
    stored.setValue(QStringLiteral("hub/address"), hubAddress);
    stored.setValue(QStringLiteral("hub/port"), hubPort);
    stored.setValue(QStringLiteral("ui/language"), language);
    stored.setValue(QStringLiteral("signin/email"), lastEmail);
    stored.remove(trustedGroup);
    stored.beginGroup(trustedGroup);
    for (auto trusted = trustedCertificates.cbegin(); trusted != trustedCertificates.cend();
         ++trusted)
        stored.setValue(trusted.key(), trusted.value());
    stored.endGroup();
}

QByteArray ConsoleSettings::certificateFor(const QUrl& url) const {
    if (!serverUrl.isEmpty() && serverKey(QUrl(serverUrl)) == serverKey(url))
        return serverCertificate;
    return trustedCertificates.value(serverKey(url));
}

void ConsoleSettings::trustCertificate(const QUrl& url, const QByteArray& sha256) {
    if (!serverUrl.isEmpty() && serverKey(QUrl(serverUrl)) == serverKey(url))
        serverCertificate = sha256;
    else
        trustedCertificates.insert(serverKey(url), sha256);
}

client::HubPlacement ConsoleSettings::hubPlacement() const {
    client::HubPlacement placement;
    const QHostAddress address(hubAddress);
    placement.address =
        hubAddress.isEmpty() || address.isNull() ? QHostAddress(QHostAddress::Any) : address;
    placement.port = hubPort;
    return placement;
}

} // namespace lectern::ui
