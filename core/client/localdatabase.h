#pragma once

#include "domain/error.h"

#include <QFuture>
#include <QString>

namespace lectern::client {

// Opens the database at `url` (empty: the embedded file) as the console would, setting up
// Lectern's tables if it has none yet; the error says why it cannot.
QFuture<Status> testDatabase(const QString& url);
// Where the embedded file is, for people to read.
QString embeddedDatabaseText();

} // namespace lectern::client
