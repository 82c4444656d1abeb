#pragma once

#include "domain/enums.h"
#include "domain/user.h"

#include <QDateTime>

#include <optional>

namespace lectern {

// Which sessions a view lists, among those the signed-in user may see.
struct SessionQuery {
    std::optional<Id> courseId;
    std::optional<SessionStatus> status;
    bool hostedByMe = false; // only sessions the user hosts
    QDateTime startsFrom;    // scheduled start at or after this, when valid
    QDateTime startsBefore;  // and before this, when valid
};

} // namespace lectern
