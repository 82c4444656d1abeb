#pragma once

#include "domain/course.h"
#include "domain/sessionquery.h"
#include "schedulerange.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QToolButton;

namespace lectern::ui {

// Which sessions the Schedule tab shows: by day, by week or as a list (with the arrows and
// Today to move through the days), of one course or all, of one status or any.
class ScheduleFilterBar : public QWidget {
    Q_OBJECT

public:
    // `now` tells the time the Today button goes back to.
    explicit ScheduleFilterBar(std::function<QDateTime()> now, QWidget* parent = nullptr);

    ScheduleView view() const { return m_view; }
    void setView(ScheduleView view);
    QDate anchor() const { return m_anchor; }
    void setAnchor(QDate day);
    // The course chosen (0: all).
    Id courseId() const;
    // The sessions to ask the core for.
    SessionQuery query() const;
    // What to say when the range shown has no sessions, to one who schedules sessions or not.
    QString emptyText(bool schedules) const;
    // The courses to choose from; the one chosen stays chosen while it is among them.
    void setCourses(const QList<Course>& courses);

Q_SIGNALS:
    // Another range or filter was chosen.
    void changed();

private:
    void updateRange();

    std::function<QDateTime()> m_now;
    ScheduleView m_view = ScheduleView::Week;
    QDate m_anchor;
    QComboBox* m_viewBox;
    QToolButton* m_previous;
    QToolButton* m_today;
    QToolButton* m_next;
    QLabel* m_rangeLabel;
    QComboBox* m_courseBox;
    QComboBox* m_statusBox;
};

} // namespace lectern::ui
