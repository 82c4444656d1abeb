#include "schedulerange.h"

namespace lectern::ui {

ScheduleRange scheduleRange(ScheduleView view, QDate anchor, Qt::DayOfWeek firstDay) {
    switch (view) {
    case ScheduleView::Day:
        return {anchor.startOfDay(), anchor.addDays(1).startOfDay()};
    case ScheduleView::Week: {
        const int back = (anchor.dayOfWeek() - firstDay + 7) % 7;
        const QDate first = anchor.addDays(-back);
        return {first.startOfDay(), first.addDays(7).startOfDay()};
    }
    case ScheduleView::List:
        break;
    }
    return {};
}

QDate stepAnchor(ScheduleView view, QDate anchor, int steps) {
    switch (view) {
    case ScheduleView::Day:
        return anchor.addDays(steps);
    case ScheduleView::Week:
        return anchor.addDays(7 * steps);
    case ScheduleView::List:
        break;
    }
    return anchor;
}

} // namespace lectern::ui
