#pragma once

#include "domain/user.h"
#include "domain/views/rosterimport.h"
#include "services/servicecontext.h"

#include <QByteArray>
#include <QList>

namespace lectern::reports {

// Reads a roster (libcsv): UTF-8 with or without a byte-order mark, comma- or
// semicolon-separated (whichever the first line uses), an optional header line naming email
// first. Each bad line becomes a problem naming its line; the good ones are entries.
Roster readRoster(const QByteArray& file);

// Creates or finds each entry's account by email and enrols it in the course, all in one
// transaction: a roster is imported whole or not at all. A roster with problems imports
// nothing unless `skipBadLines`. New accounts get `initialPassword(email)` (asked once per
// address, before anything is written).
Result<RosterImport> importRoster(const ServiceContext& context, Id courseId, const Roster& roster,
                                  bool skipBadLines,
                                  const std::function<QString(const QString&)>& initialPassword);

// The same, for a person at the console: the course's instructor or an admin.
Result<RosterImport> importRosterAs(const ServiceContext& context, const User& actor, Id courseId,
                                    const Roster& roster, bool skipBadLines,
                                    const std::function<QString(const QString&)>& initialPassword);

// Reads the roster `file` and imports it as `actor`, with a new password for each account it
// creates: what the console's roster import does.
Result<RosterOutcome> importRosterFile(const ServiceContext& context, const User& actor,
                                       Id courseId, const QByteArray& file, bool skipBadLines);

// A first password for an account an import creates (14 letters and digits, none that are
// easily mistaken for one another); whoever imported passes it on.
QString newAccountPassword();

} // namespace lectern::reports
