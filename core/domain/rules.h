#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <utility>

// The spec's business rules as pure functions. Values are kept unrounded; thresholds compare
// the unrounded value and rounding happens only where a figure is shown or sent.
namespace lectern::rules {

inline constexpr double presentThresholdPercent = 75.0;
inline constexpr double completedThresholdPercent = 90.0;

// Share of the session a participant attended; 0 when the session lasted no time at all.
double attendancePercentage(qint64 participantSeconds, qint64 sessionSeconds);
bool isPresent(double attendancePercentage);
// Whole seconds covered by the stints within [from, to]: overlapping stints (the page open
// while also on Zoom) count once, time outside the session not at all.
qint64 coveredSeconds(QList<std::pair<QDateTime, QDateTime>> stints, const QDateTime& from,
                      const QDateTime& to);

// Share of a poll's votes that went to one option; 0 when nobody has voted.
double votePercentage(qint64 optionVotes, qint64 totalVotes);

// Share of a recording watched; 0 for a recording of unknown length.
double watchPercentage(qint64 watchedSeconds, qint64 recordingSeconds);
bool isCompleted(double watchPercentage);
// The most watched time a viewer can have reached `elapsedSeconds` after their last report of
// `previousSeconds` (or, without an earlier report, the first): twice real time, for 2x
// playback, plus a minute for clocks and a report that was late. A request cannot claim a
// whole recording it did not play.
qint64 mostWatchedSeconds(qint64 previousSeconds, qint64 elapsedSeconds);

// Share of registered participants who joined at least once.
double joinRate(qint64 joined, qint64 registered);

// One decimal, halves away from zero: 8 of 15 votes -> 53.3.
double roundOneDecimal(double value);

// HH:MM:SS, hours not wrapped at 24.
QString formatDuration(qint64 seconds);

} // namespace lectern::rules
