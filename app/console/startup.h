#pragma once

#include "client/signin.h"
#include "domain/error.h"
#include "settings/consolesettings.h"
#include "storage/databaseurl.h"

#include <QApplication>

#include <optional>

namespace lectern::console {

// Loads Lectern's and Qt's own translations for `language` ("de", "en", or empty for the
// system's) into the application.
void installTranslations(QApplication& app, const QString& language);

// The database to open on this computer: --database, else $LECTERN_DATABASE_URL (PostgreSQL
// direct is for an admin on the server itself), else the embedded file.
Result<DatabaseUrl> chooseDatabase(const QString& commandLine);

// Who uses the console: the kept sign-in when there is one, else the sign-in dialog (or the
// first-account dialog on a new Lectern). Nothing when the person cancels.
// `server`: the server signed in to (a certificate trusted there is remembered), if any.
Result<std::optional<User>> signIn(client::SignIn& door, ui::ConsoleSettings& settings,
                                   const QUrl& server = {});

} // namespace lectern::console
