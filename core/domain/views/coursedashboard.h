#pragma once

#include "domain/error.h"
#include "domain/user.h"

#include <QDate>
#include <QList>

namespace lectern {

inline constexpr double defaultRequiredShare = 0.75;

// Which of a course's sessions a report covers: those starting on `from` .. `to` (local dates,
// both included); an invalid date leaves that end open.
struct DateRange {
    QDate from;
    QDate to;

    bool contains(const QDateTime& start) const;
    // Invalid (naming "to") when the first day is after the last.
    Status check() const;
    // "1 Sep 2026 – 20 Dec 2026", "from 1 Sep 2026", "all dates".
    QString describe() const;
};

// A student's record over the range: what certification is decided on.
struct StudentTotals {
    User person;
    int sessionsHeld = 0;
    int sessionsAttended = 0; // marked present (Present or Late once verified)
    int sessionsExcused = 0;
    qint64 secondsAttended = 0;
    qint64 chatMessages = 0;
    qint64 questions = 0;
    qint64 pollAnswers = 0;
    bool eligible = false;

    double attendedShare() const {
        return sessionsHeld ? double(sessionsAttended) / sessionsHeld : 0.0;
    }
};

// The Reports tab's dashboard: each student's record in a course over a range of days.
struct CourseDashboard {
    int sessionsHeld = 0;
    QList<StudentTotals> totals; // by name
};

} // namespace lectern
