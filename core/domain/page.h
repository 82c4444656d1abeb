#pragma once

#include "error.h"
#include "user.h"

#include <optional>

namespace lectern {

// A slice of a list that can grow without bound (a roster, a history), for callers that must
// not read all of it at once: the hub, where one request must not cost a scan of everything.
struct Page {
    int limit = 0; // at most this many items; 0 for all of them (in-process callers only)
    // The last item of the previous page, by id: this page goes on from there in the list's
    // own order (oldest first for a roster, newest first for a history).
    std::optional<Id> cursor;

    static Page all() { return {}; }
};

inline constexpr int defaultPageSize = 100;
inline constexpr int maxPageSize = 500;

// Invalid unless 1 <= limit <= maxPageSize: for a limit a client chose.
Status requirePageSize(int limit);

} // namespace lectern
