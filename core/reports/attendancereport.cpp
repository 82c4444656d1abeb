#include "attendancereport.h"

#include "cells.h"
#include "domain/rules.h"
#include "domain/try.h"
#include "services/attendanceservice.h"
#include "services/participationservice.h"
#include "services/userservice.h"

namespace lectern::reports {
namespace {
QString isoTime(const QDateTime& time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

Result<QList<AttendanceLine>> AttendanceReport::forSession(const User& actor, Id sessionId) {
    // Attendance is for the session's staff: the service checks, the rest follows from it.
    LECTERN_TRY(const QList<SessionAttendance> records,
                AttendanceService(m_context).getAttendance(actor, sessionId));
    LECTERN_TRY(const QList<SessionParticipant> participants,
                ParticipationService(m_context).listParticipants(actor, sessionId));
    LECTERN_TRY(const QList<AttendanceChange> changes,
                AttendanceService(m_context).attendanceHistory(actor, sessionId));
    QHash<Id, QList<AttendanceChange>> changesByRecord;
    for (const AttendanceChange& change : changes)
        changesByRecord[change.attendanceId].append(change);
    QHash<Id, SessionParticipant> participantById;
    QList<Id> people;
    for (const SessionParticipant& participant : participants)
        participantById.insert(participant.id, participant);
    for (const SessionAttendance& record : records) {
        people << record.userId;
        if (record.verifiedBy)
            people << *record.verifiedBy;
    }
    using UsersById = QHash<Id, User>;
    LECTERN_TRY(const UsersById users, UserService(m_context).usersById(people));
    QList<AttendanceLine> lines;
    for (const SessionAttendance& record : records) {
        AttendanceLine line;
        line.person = users.value(record.userId);
        line.participant = participantById.value(record.participantId);
        line.attendance = record;
        line.changes = changesByRecord.value(record.id);
        if (record.verifiedBy)
            line.verifiedBy = users.value(*record.verifiedBy).name;
        lines << line;
    }
    std::ranges::sort(lines, [](const AttendanceLine& a, const AttendanceLine& b) {
        return byName(a.person, b.person);
    });
    return lines;
}

QStringList AttendanceReport::columns() {
    return {QStringLiteral("name"),
            QStringLiteral("email"),
            QStringLiteral("role"),
            QStringLiteral("joined"),
            QStringLiteral("left"),
            QStringLiteral("duration"),
            QStringLiteral("attendance_percentage"),
            QStringLiteral("present"),
            QStringLiteral("status"),
            QStringLiteral("chat_messages"),
            QStringLiteral("questions"),
            QStringLiteral("poll_answers"),
            QStringLiteral("verified_by"),
            QStringLiteral("verified_at"),
            QStringLiteral("notes")};
}

QStringList AttendanceReport::cells(const AttendanceLine& line) {
    const SessionParticipant& p = line.participant;
    const SessionAttendance& a = line.attendance;
    return {line.person.name,
            line.person.email,
            enumName(line.person.role),
            isoTime(p.joinedAt),
            isoTime(p.leftAt),
            rules::formatDuration(p.countedSeconds()),
            percentCell(a.attendancePercentage),
            yesNoCell(a.markedPresent),
            enumName(a.status),
            QString::number(p.chatMessagesCount),
            QString::number(p.questionsAsked),
            QString::number(p.pollsAnswered),
            line.verifiedBy,
            isoTime(a.verifiedAt),
            a.notes};
}

QStringList AttendanceReport::historyColumns() {
    return {QStringLiteral("name"),
            QStringLiteral("email"),
            QStringLiteral("changed_at"),
            QStringLiteral("changed_by"),
            QStringLiteral("kind"),
            QStringLiteral("status_before"),
            QStringLiteral("status_after"),
            QStringLiteral("percentage_before"),
            QStringLiteral("percentage_after"),
            QStringLiteral("notes_before"),
            QStringLiteral("notes_after"),
            QStringLiteral("detail")};
}

QList<QStringList> AttendanceReport::historyRows(const QList<AttendanceLine>& lines) {
    QList<QStringList> rows;
    for (const AttendanceLine& line : lines) {
        for (const AttendanceChange& change : line.changes)
            rows << QStringList{line.person.name,
                                line.person.email,
                                isoTime(change.changedAt),
                                change.changedByName,
                                enumName(change.kind),
                                enumName(change.statusBefore),
                                enumName(change.statusAfter),
                                percentCell(change.percentageBefore),
                                percentCell(change.percentageAfter),
                                change.notesBefore,
                                change.notesAfter,
                                change.detail};
    }
    return rows;
}

} // namespace lectern::reports
