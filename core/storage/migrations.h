#pragma once

#include "database.h"

namespace lectern {

// The schema's history, one numbered step at a time, the same for both dialects. A database
// records the last step applied in `schema_version`.
class Migrations {
public:
    static int latestVersion();
    // Applies every missing step in one transaction; refuses a database from a newer program.
    static Status apply(Database& database);
    static Result<int> currentVersion(Database& database);
};

} // namespace lectern
