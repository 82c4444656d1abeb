#pragma once

#include "requestframer.h"

#include <chrono>

namespace lectern::hub {

// What one hub process lets its clients hold.
struct ConnectionLimits {
    // Open connections, WebSockets included; the next one is answered 503 and closed.
    int maxConnections = 1000;
    // A connection is closed when it has been silent this long, or when a request has taken
    // this long from its first byte without an answer. Upgraded WebSockets have pings instead.
    std::chrono::milliseconds idleTimeout{10'000};
    FramingLimits framing;
};

} // namespace lectern::hub
