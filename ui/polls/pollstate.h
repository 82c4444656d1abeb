#pragma once

#include "domain/livepoll.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace lectern::ui {

// How a poll's state reads wherever it is shown (the Polls tab, the live view, present
// mode), so that one word means one thing everywhere.
class PollState {
    Q_DECLARE_TR_FUNCTIONS(PollState)

public:
    // The poll closed because its time ran out, not by hand.
    static bool timedOut(const LivePoll& poll, const QDateTime& now);
    // "Draft", "Open", "Closed" or "Timed out".
    static QString word(const LivePoll& poll, const QDateTime& now);
    // The line under a poll's question: "Open · 0:42 left", "Final results · the time ran out
    // at 10:42", ...
    static QString line(const LivePoll& poll, const QDateTime& now);
    // "Week 3 quiz · open · started 10:12": a list entry that tells two polls with the same
    // question apart.
    static QString listEntry(const LivePoll& poll, const QDateTime& now);
};

} // namespace lectern::ui
