#pragma once

#include "domain/livesession.h"
#include "servicefixture.h"

namespace lectern::bench {

// How big the seeded class is. LECTERN_BENCH_SCALE (default 1) scales every count, so ctest
// can run the benchmarks as a quick smoke test while the README's figures use the full size.
struct Scale {
    int participants = 10'000;
    int messages = 100'000;
    int polls = 5; // each participant votes once in each: 5 x 10,000 = 50,000 votes

    static Scale fromEnvironment();
};

// Fills a live session with participants, chat and poll votes in a few set-based statements
// (the services would take minutes), keeping every denormalised counter exact.
void seedLiveClass(test::ServiceFixture& fixture, const test::ServiceFixture::LiveClass& live,
                   const Scale& scale);

} // namespace lectern::bench
