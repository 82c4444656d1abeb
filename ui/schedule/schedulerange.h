#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace lectern::ui {

// Which sessions the Schedule tab shows: one day, one week (Monday to Sunday, or as the
// locale starts its week), or every session as a list.
enum class ScheduleView { Day, Week, List };

struct ScheduleRange {
    QDateTime from;   // inclusive, local midnight; invalid for the list
    QDateTime before; // exclusive
};

ScheduleRange scheduleRange(ScheduleView view, QDate anchor, Qt::DayOfWeek firstDay = Qt::Monday);
// The anchor one step (a day or a week) forward or back.
QDate stepAnchor(ScheduleView view, QDate anchor, int steps);

} // namespace lectern::ui
