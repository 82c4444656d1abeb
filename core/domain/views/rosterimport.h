#pragma once

#include "domain/user.h"

#include <QHash>
#include <QList>

namespace lectern {

// One person of a roster file: "email,name[,role]".
struct RosterEntry {
    int line = 0; // the record's number in the file, counting from 1
    QString email;
    QString name;
    Role role = Role::Student;
};

struct RosterProblem {
    int line = 0;
    QString message;
};

// A roster file as read: the good lines and what is wrong with the others.
struct Roster {
    QList<RosterEntry> entries;
    QList<RosterProblem> problems;
};

struct RosterImport {
    QList<User> created;  // new accounts (they need a password from an admin)
    QList<User> enrolled; // newly enrolled, created or not
    int alreadyEnrolled = 0;
};

// A roster imported at the console: what it did, and the first passwords of the accounts it
// created, to pass on.
struct RosterOutcome {
    RosterImport import;
    QHash<QString, QString> passwords; // by email
};

} // namespace lectern
