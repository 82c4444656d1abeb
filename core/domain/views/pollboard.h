#pragma once

#include "domain/livepoll.h"
#include "domain/polldraft.h"
#include "domain/sessionrights.h"

#include <QList>
#include <QStringList>

namespace lectern {

// The Polls tab: a session's polls and what the user may do with them (managers create,
// start and close them).
struct PollBoard {
    SessionRights rights;
    QList<LivePoll> polls;
};

// One poll's results and, for staff and a poll that is not anonymous, who voted and which
// students in the session have not yet.
struct PollDetail {
    PollResults results;
    bool votersKnown = false;
    QStringList voted;
    QStringList waiting;
};

// A poll just saved, and why it did not start when asked to (it stays a draft).
struct CreatedPoll {
    LivePoll poll;
    QString startProblem;
};

} // namespace lectern
