#pragma once

#include "client/local/hubplacement.h"

#include <QString>

namespace lectern::ui {

// What the console remembers between runs (QSettings; never secrets): the database, where
// the hub listens, the language and the last email signed in with.
struct ConsoleSettings {
    QString databaseUrl; // empty: the embedded file in the user's data folder
    QString hubAddress;  // empty: every network interface
    quint16 hubPort = 8080;
    QString language; // empty: the system's; else "en" or "de"
    QString lastEmail;

    static ConsoleSettings load();
    void save() const;
    client::HubPlacement hubPlacement() const;
};

} // namespace lectern::ui
