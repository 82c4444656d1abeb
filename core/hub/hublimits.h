#pragma once

#include "loginthrottle.h"
#include "ratelimiter.h"

namespace lectern::hub {

// The per-user and per-address limits that keep one client from drowning a class.
struct HubLimits {
    explicit HubLimits(const Clock& clock)
        : chat(clock, 10, 10)
        , questions(clock, 5, 60)
        , votes(clock, 20, 10)
        , logins(clock) {}

    RateLimiter chat;      // 10 messages per 10 s, per user
    RateLimiter questions; // 5 questions per minute, per user
    RateLimiter votes;     // 20 ballots per 10 s, per user
    LoginThrottle logins;  // failed sign-ins per account, address and both (loginthrottle.h)
};

} // namespace lectern::hub
