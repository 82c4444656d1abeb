#pragma once

#include "requestframer.h"

#include <chrono>

namespace lectern::hub {

// What one hub process lets its clients hold.
struct ConnectionLimits {
    // Open connections, WebSockets included; the next one is answered 503 and closed.
    int maxConnections = 1000;
    // Open connections from one address; the next is answered 429 and closed. A browser opens
    // six at most to one host, so 50 is a household or a small lab behind one NAT; a campus
    // NAT or a reverse proxy (every connection from its address) needs more, or 0 for no cap.
    int maxConnectionsPerAddress = 50;
    // A connection is closed when it has been silent this long, or when a request has taken
    // this long from its first byte without an answer. Upgraded WebSockets have pings instead.
    std::chrono::milliseconds idleTimeout{10'000};
    FramingLimits framing;
};

} // namespace lectern::hub
