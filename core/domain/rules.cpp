#include "rules.h"

#include <algorithm>

#include <cmath>

namespace lectern::rules {

namespace {
double percentage(qint64 part, qint64 whole) {
    if (whole <= 0 || part <= 0)
        return 0.0;
    return static_cast<double>(part) / static_cast<double>(whole) * 100.0;
}
} // namespace

double attendancePercentage(qint64 participantSeconds, qint64 sessionSeconds) {
    return percentage(participantSeconds, sessionSeconds);
}

bool isPresent(double attendancePercentage) {
    return attendancePercentage >= presentThresholdPercent;
}

qint64 coveredSeconds(QList<std::pair<QDateTime, QDateTime>> stints, const QDateTime& from,
                      const QDateTime& to) {
    std::sort(stints.begin(), stints.end());
    qint64 coveredMs = 0;
    QDateTime reached = from; // everything before it is counted already
    for (const auto& [start, end] : stints) {
        const QDateTime begin = std::max(start, reached);
        const QDateTime finish = std::min(end, to);
        if (finish > begin) {
            coveredMs += begin.msecsTo(finish);
            reached = finish;
        }
    }
    return coveredMs / 1000;
}

double votePercentage(qint64 optionVotes, qint64 totalVotes) {
    return percentage(optionVotes, totalVotes);
}

double watchPercentage(qint64 watchedSeconds, qint64 recordingSeconds) {
    return percentage(watchedSeconds, recordingSeconds);
}

qint64 mostWatchedSeconds(qint64 previousSeconds, qint64 elapsedSeconds) {
    constexpr qint64 playbackRate = 2;
    constexpr qint64 slackSeconds = 60;
    return previousSeconds + playbackRate * qMax<qint64>(0, elapsedSeconds) + slackSeconds;
}

bool isCompleted(double watchPercentage) {
    return watchPercentage >= completedThresholdPercent;
}

double joinRate(qint64 joined, qint64 registered) {
    return percentage(joined, registered);
}

double roundOneDecimal(double value) {
    return std::round(value * 10.0) / 10.0;
}

QString formatDuration(qint64 seconds) {
    const qint64 clamped = qMax<qint64>(0, seconds);
    return QStringLiteral("%1:%2:%3")
        .arg(clamped / 3600, 2, 10, QLatin1Char('0'))
        .arg((clamped / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(clamped % 60, 2, 10, QLatin1Char('0'));
}

} // namespace lectern::rules
