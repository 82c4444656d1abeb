#include "client/localdatabase.h"

#include "onworker.h"
#include "storage/databaseurl.h"

namespace lectern::client {

QFuture<Status> testDatabase(const QString& url) {
    return onWorker([url]() -> Status {
        auto parsed =
            url.isEmpty() ? Result<DatabaseUrl>(DatabaseUrl::embedded()) : DatabaseUrl::parse(url);
        if (!parsed)
            return std::unexpected(parsed.error());
        auto database = Database::open(*parsed);
        if (!database)
            return std::unexpected(database.error());
        return {};
    });
}

QString embeddedDatabaseText() {
    return DatabaseUrl::embedded().displayString();
}

} // namespace lectern::client
