#pragma once

#include "storage/database.h"

#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace lectern::client {

// Runs `work` (service calls) on a pooled worker thread. The worker opens its database
// connection for the task and closes it after: a pooled thread keeps none to its exit, which
// can come after Qt's SQL registry is gone (a crash at the console's exit).
template <typename Work> auto onWorker(Work work) {
    return QtConcurrent::run([work = std::move(work)]() mutable {
        if constexpr (std::is_void_v<decltype(work())>) {
            work();
            Database::releaseThreadConnections();
        } else {
            auto result = work();
            Database::releaseThreadConnections();
            return result;
        }
    });
}

} // namespace lectern::client
