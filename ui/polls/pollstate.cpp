#include "pollstate.h"

#include <QLocale>

namespace lectern::ui {
namespace {

QString clockText(qint64 seconds) {
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString timeText(const QDateTime& at) {
    return QLocale().toString(at.toLocalTime().time(), QStringLiteral("HH:mm"));
}

// When a closed poll stopped taking votes: its deadline if the clock closed it, else the
// last change to it (the close).
QDateTime closedAt(const LivePoll& poll, const QDateTime& now) {
    return PollState::timedOut(poll, now) ? poll.endsAt : poll.updatedAt;
}

} // namespace

bool PollState::timedOut(const LivePoll& poll, const QDateTime& now) {
    if (poll.effectiveStatus(now) != PollStatus::Closed || !poll.endsAt.isValid())
        return false;
    // Closed by hand before the deadline leaves `updatedAt` earlier than `endsAt`.
    return poll.status == PollStatus::Active || poll.updatedAt >= poll.endsAt;
}

QString PollState::word(const LivePoll& poll, const QDateTime& now) {
    switch (poll.effectiveStatus(now)) {
    case PollStatus::Draft:
        return tr("Draft");
    case PollStatus::Active:
        return tr("Open");
    case PollStatus::Closed:
        return timedOut(poll, now) ? tr("Timed out") : tr("Closed");
    }
    return {};
}

QString PollState::line(const LivePoll& poll, const QDateTime& now) {
    switch (poll.effectiveStatus(now)) {
    case PollStatus::Draft:
        return tr("Draft: not started");
    case PollStatus::Active:
        if (poll.endsAt.isValid())
            return tr("Open · %1 left")
                .arg(clockText(std::max<qint64>(0, now.secsTo(poll.endsAt))));
        return tr("Open until you close it");
    case PollStatus::Closed:
        if (timedOut(poll, now))
            return tr("Final results · the time ran out at %1").arg(timeText(closedAt(poll, now)));
        return tr("Final results · closed at %1").arg(timeText(closedAt(poll, now)));
    }
    return {};
}

QString PollState::listEntry(const LivePoll& poll, const QDateTime& now) {
    QString when;
    switch (poll.effectiveStatus(now)) {
    case PollStatus::Draft:
        when = tr("drafted %1").arg(timeText(poll.createdAt));
        break;
    case PollStatus::Active:
        when = tr("started %1").arg(timeText(poll.startedAt));
        break;
    case PollStatus::Closed:
        when = tr("%1–%2").arg(timeText(poll.startedAt), timeText(closedAt(poll, now)));
        break;
    }
    return tr("%1\n%2 · %3 · votes: %4")
        .arg(poll.question, word(poll, now), when)
        .arg(poll.totalVotes());
}

} // namespace lectern::ui
