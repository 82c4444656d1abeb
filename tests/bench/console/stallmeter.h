#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace lectern::bench {

// Measures how long the UI thread goes without running its event loop: a 1 ms timer notes
// the gap between its ticks; a gap of 40 ms means the thread was busy ~39 ms (a stalled
// frame at 60 Hz is anything over 16 ms).
class StallMeter : public QObject {
public:
    explicit StallMeter(QObject* parent = nullptr);

    void start();
    void stop();
    // Longest gap, and the 99th percentile of gaps, in milliseconds.
    double longestMs() const;
    double percentileMs(double percentile) const;
    qsizetype ticks() const { return static_cast<qsizetype>(m_gapsUs.size()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastUs = -1;
    std::vector<qint64> m_gapsUs;
};

// The process's peak resident memory (VmHWM) in MiB.
double peakMemoryMiB();

} // namespace lectern::bench
