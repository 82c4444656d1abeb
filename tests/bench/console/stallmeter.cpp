#include "stallmeter.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace lectern::bench {

StallMeter::StallMeter(QObject* parent)
    : QObject(parent) {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed() / 1000;
        if (m_lastUs >= 0)
            m_gapsUs.push_back(now - m_lastUs);
        m_lastUs = now;
    });
}

void StallMeter::start() {
    m_gapsUs.clear();
    m_lastUs = -1;
    m_clock.start();
    m_timer.start();
}

void StallMeter::stop() {
    m_timer.stop();
}

double StallMeter::longestMs() const {
    return m_gapsUs.empty() ? 0.0 : *std::ranges::max_element(m_gapsUs) / 1000.0;
}

double StallMeter::percentileMs(double percentile) const {
    if (m_gapsUs.empty())
        return 0.0;
    std::vector<qint64> sorted = m_gapsUs;
    std::ranges::sort(sorted);
    const auto index = static_cast<size_t>(percentile / 100.0 * double(sorted.size() - 1));
    return sorted.at(index) / 1000.0;
}

double peakMemoryMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0.0;
    const QString text = QString::fromLatin1(status.readAll());
    const auto match = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+) kB")).match(text);
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : 0.0;
}

} // namespace lectern::bench
