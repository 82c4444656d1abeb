#pragma once

#include "domain/sessionattendance.h"
#include "domain/sessionparticipant.h"
#include "services/servicecontext.h"

#include <QStringList>

namespace lectern::reports {

// One person's attendance of one session, as certification needs it.
struct AttendanceLine {
    User person;
    SessionParticipant participant;
    SessionAttendance attendance;
    QString verifiedBy;              // the verifier's name, when verified
    QList<AttendanceChange> changes; // oldest first: every verification and merged import
};

// A session's attendance for export: who took part, how long, how much they did, and what a
// person verified. For the session's staff and admins.
class AttendanceReport {
public:
    explicit AttendanceReport(ServiceContext context)
        : m_context(std::move(context)) {}

    Result<QList<AttendanceLine>> forSession(const User& actor, Id sessionId);

    // The export's columns and a line's cells (times in UTC, ISO 8601).
    static QStringList columns();
    static QStringList cells(const AttendanceLine& line);
    // The history of changes: one row per change of any of the lines' records.
    static QStringList historyColumns();
    static QList<QStringList> historyRows(const QList<AttendanceLine>& lines);

private:
    ServiceContext m_context;
};

} // namespace lectern::reports
