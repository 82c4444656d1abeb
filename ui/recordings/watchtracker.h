#pragma once

#include <QtGlobal>

namespace lectern::ui {

// How much of a recording a viewer has actually watched: playback moving forward in small
// steps counts, a jump (seeking ahead or back) does not. The core marks a view completed
// once 90 % of the recording has been watched this way.
class WatchTracker {
public:
    // The longest step between two position reports that still counts as watching.
    static constexpr qint64 maxStepMs = 2000;

    // The player's position, as it reports it while playing.
    void positionChanged(qint64 positionMs);
    // Playback (re)starts at `positionMs`, after a pause or a jump: a new stretch begins.
    void restartAt(qint64 positionMs) { m_lastMs = m_positionMs = positionMs; }

    // To the nearest second.
    qint64 watchedSeconds() const { return (m_watchedMs + 500) / 1000; }
    qint64 positionSeconds() const { return m_positionMs / 1000; }

private:
    qint64 m_watchedMs = 0;
    qint64 m_positionMs = 0;
    qint64 m_lastMs = -1;
};

} // namespace lectern::ui
