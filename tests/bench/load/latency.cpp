#include "latency.h"

#include <algorithm>

namespace lectern::load {

LatencySummary LatencySummary::of(std::vector<qint64> microseconds) {
    LatencySummary summary;
    summary.count = qsizetype(microseconds.size());
    if (microseconds.empty())
        return summary;
    std::sort(microseconds.begin(), microseconds.end());
    const auto at = [&](double fraction) {
        const auto index = std::min(microseconds.size() - 1,
                                    static_cast<size_t>(fraction * double(microseconds.size())));
        return double(microseconds[index]) / 1000.0;
    };
    summary.p50 = at(0.50);
    summary.p90 = at(0.90);
    summary.p99 = at(0.99);
    summary.max = double(microseconds.back()) / 1000.0;
    return summary;
}

QString LatencySummary::describe() const {
    return QStringLiteral("p50 %1 ms, p90 %2 ms, p99 %3 ms, max %4 ms")
        .arg(p50, 0, 'f', 1)
        .arg(p90, 0, 'f', 1)
        .arg(p99, 0, 'f', 1)
        .arg(max, 0, 'f', 1);
}

} // namespace lectern::load
