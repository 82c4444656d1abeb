#include "watchtracker.h"

namespace lectern::ui {

void WatchTracker::positionChanged(qint64 positionMs) {
    if (m_lastMs >= 0) {
        const qint64 step = positionMs - m_lastMs;
        if (step > 0 && step <= maxStepMs)
            m_watchedMs += step;
    }
    m_lastMs = positionMs;
    m_positionMs = positionMs;
}

} // namespace lectern::ui
