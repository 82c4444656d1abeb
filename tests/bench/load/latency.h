#pragma once

#include <QString>

#include <vector>

namespace lectern::load {

// Percentiles of a set of latencies, in milliseconds.
struct LatencySummary {
    qsizetype count = 0;
    double p50 = 0, p90 = 0, p99 = 0, max = 0;

    static LatencySummary of(std::vector<qint64> microseconds);
    QString describe() const; // "p50 1.2 ms, p90 ..., p99 ..., max ..."
};

} // namespace lectern::load
