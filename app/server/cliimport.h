#pragma once

#include <QStringList>

namespace lectern::cli {

// lectern-server import --course ID roster.csv: accounts created or found by email, enrolled.
int importRoster(const QStringList& arguments);

} // namespace lectern::cli
