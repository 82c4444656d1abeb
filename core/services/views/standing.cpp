#include "standing.h"

#include "domain/try.h"

namespace lectern::views {

Result<SessionInContext> readStanding(const ServiceContext& context, const User& actor,
                                      Id sessionId) {
    LECTERN_TRY(auto connection, context.database->connection());
    return loadSession(connection, context.database->dialect(), actor, sessionId);
}

} // namespace lectern::views
