#include "sessionrecordsview.h"

#include "domain/try.h"
#include "services/attendanceservice.h"
#include "services/recordingservice.h"
#include "services/userservice.h"
#include "standing.h"

namespace lectern::views {

Result<SessionRecords> readSessionRecords(const ServiceContext& context, const User& actor,
                                          Id sessionId) {
    SessionRecords records;
    LECTERN_TRY(const SessionInContext loaded, readStanding(context, actor, sessionId));
    LECTERN_CHECK(requireMember(loaded.access));
    records.rights = loaded.access.rights();
    RecordingService recordings(context);
    LECTERN_TRY(records.recordings, recordings.listRecordings(actor, sessionId));
    if (records.rights.manages) {
        for (const SessionRecording& recording : std::as_const(records.recordings))
            records.completions.insert(recording.id,
                                       recordings.completions(actor, recording.id).value_or(0));
    }
    auto attendance = AttendanceService(context).getAttendance(actor, sessionId);
    if (!attendance) {
        records.attendanceProblem = attendance.error().message;
        return records;
    }
    records.attendance = *attendance;
    QList<Id> ids;
    for (const SessionAttendance& record : std::as_const(records.attendance)) {
        ids << record.userId;
        if (record.verifiedBy)
            ids << *record.verifiedBy;
    }
    LECTERN_TRY(records.people, UserService(context).usersById(ids));
    return records;
}

} // namespace lectern::views
