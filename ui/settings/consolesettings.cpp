#include "consolesettings.h"

#include <QSettings>

namespace lectern::ui {

ConsoleSettings ConsoleSettings::load() {
    const QSettings stored;
    ConsoleSettings settings;
    settings.serverUrl = stored.value(QStringLiteral("server/url")).toString();
    settings.serverCertificate = stored.value(QStringLiteral("server/certificate")).toByteArray();
    settings.hubAddress = stored.value(QStringLiteral("hub/address")).toString();
    const int port = stored.value(QStringLiteral("hub/port"), 8080).toInt();
    settings.hubPort = port > 0 && port <= 65535 ? static_cast<quint16>(port) : 8080;
    settings.language = stored.value(QStringLiteral("ui/language")).toString();
    settings.lastEmail = stored.value(QStringLiteral("signin/email")).toString();
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
