#pragma once

#include <QHostAddress>

namespace lectern::client {

// Where the console serves the participant page while one of its sessions is live (solo
// mode: the page is on this computer).
struct HubPlacement {
    QHostAddress address = QHostAddress::Any; // students' browsers are on other machines
    quint16 port = 8080;
};

} // namespace lectern::client
