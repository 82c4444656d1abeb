#include "sessionrecording.h"

#include "rules.h"

namespace lectern {

QString SessionRecording::durationFormatted() const {
    return rules::formatDuration(durationSeconds);
}

double RecordingView::watchPercentage(qint64 recordingSeconds) const {
    return rules::watchPercentage(watchDurationSeconds, recordingSeconds);
}

} // namespace lectern
