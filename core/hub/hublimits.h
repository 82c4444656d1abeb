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
        , reactions(clock, 30, 10)
        , edits(clock, 10, 60)
        , joins(clock, 10, 60)
        , logins(clock)
        , joinPasswords(clock) {}

    RateLimiter chat;      // 10 messages per 10 s, per user
    RateLimiter questions; // 5 questions per minute, per user
    RateLimiter votes;     // 20 ballots per 10 s, per user
    RateLimiter reactions; // 30 likes and unlikes per 10 s, per user
    RateLimiter edits;     // 10 message edits per minute, per user
    RateLimiter joins;     // 10 joins and leaves per minute, per user
    LoginThrottle logins;  // failed sign-ins per account, address and both (loginthrottle.h)
    // Wrong session passwords, counted as failed sign-ins are: a user at one session (5), a
    // user anywhere (20), a session from anyone (50); a 6-digit passcode is not guessed.
    LoginThrottle joinPasswords;
};

} // namespace lectern::hub
