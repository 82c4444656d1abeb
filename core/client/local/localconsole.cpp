#include "localconsole.h"

#include "reports/attendanceimport.h"
#include "services/attendanceservice.h"
#include "services/recordingservice.h"
#include "services/sessionservice.h"
#include "services/views/scheduleview.h"
#include "services/views/sessionrecordsview.h"

#include <QtConcurrent/QtConcurrentRun>

namespace lectern::client {

LocalConsole::LocalConsole(ServiceContext context, User user, QObject* parent)
    : ConsoleApi(std::move(user), parent)
    , m_context(std::move(context)) {
    if (m_context.events)
        connect(m_context.events, &EventBus::published, this, &ConsoleApi::changed);
}

template <typename Work> auto LocalConsole::run(Work work) const {
    // The worker opens its database connection for the task and closes it after: a pooled
    // thread keeps none to its exit, which can come after Qt's SQL registry is gone (a crash
    // at the console's exit).
    return QtConcurrent::run([context = m_context, user = user(), work = std::move(work)] {
        auto result = work(context, user);
        Database::releaseThreadConnections();
        return result;
    });
}

QDateTime LocalConsole::now() const {
    return m_context.now();
}

QString LocalConsole::placeText() const {
    return m_context.database->url().displayString();
}

QFuture<Result<QList<LiveSession>>> LocalConsole::sessions(const SessionQuery& query) {
    return run([query](const ServiceContext& context, const User& user) {
        return SessionService(context).listSessions(user, views::sessionFilter(user, query));
    });
}

QFuture<Result<Schedule>> LocalConsole::schedule(const SessionQuery& query) {
    return run([query](const ServiceContext& context, const User& user) {
        return views::readSchedule(context, user, query);
    });
}

QFuture<Result<ScheduledSession>> LocalConsole::saveSession(const LiveSession& draft) {
    return run([draft](const ServiceContext& context, const User& user) {
        SessionService sessions(context);
        return draft.id ? sessions.updateLiveSession(user, draft.id, draft)
                        : sessions.createLiveSession(user, draft);
    });
}

QFuture<Result<SessionRemoval>> LocalConsole::previewRemoval(Id sessionId) {
    return run([sessionId](const ServiceContext& context, const User& user) {
        return SessionService(context).previewRemoval(user, sessionId);
    });
}

QFuture<Result<SessionRemoval>> LocalConsole::deleteSession(Id sessionId) {
    return run([sessionId](const ServiceContext& context, const User& user) {
        return SessionService(context).removeLiveSession(user, sessionId, false);
    });
}

QFuture<Result<LiveSession>> LocalConsole::cancelSession(Id sessionId) {
    return run([sessionId](const ServiceContext& context, const User& user) {
        return SessionService(context).cancelLiveSession(user, sessionId);
    });
}

QFuture<Result<LiveSession>> LocalConsole::startSession(Id sessionId) {
    return run([sessionId](const ServiceContext& context, const User& user) {
        return SessionService(context).startLiveSession(user, sessionId);
    });
}

QFuture<Result<SessionRecords>> LocalConsole::sessionRecords(Id sessionId) {
    return run([sessionId](const ServiceContext& context, const User& user) {
        return views::readSessionRecords(context, user, sessionId);
    });
}

QFuture<Result<SessionRecording>> LocalConsole::createRecording(Id sessionId,
                                                                const RecordingDraft& draft) {
    return run([sessionId, draft](const ServiceContext& context, const User& user) {
        return RecordingService(context).createRecording(user, sessionId, draft);
    });
}

QFuture<Result<RecordingView>> LocalConsole::trackRecordingView(Id recordingId,
                                                                const ViewProgress& progress) {
    return run([recordingId, progress](const ServiceContext& context, const User& user) {
        return RecordingService(context).trackRecordingView(user, recordingId, progress);
    });
}

QFuture<Result<SessionAttendance>>
LocalConsole::verifyAttendance(Id attendanceId, AttendanceStatus status, const QString& notes) {
    return run([attendanceId, status, notes](const ServiceContext& context, const User& user) {
        return AttendanceService(context).verifyAttendance(user, attendanceId, status, notes);
    });
}

QFuture<Result<QList<AttendanceChange>>> LocalConsole::attendanceHistory(Id sessionId) {
    return run([sessionId](const ServiceContext& context, const User& user) {
        return AttendanceService(context).attendanceHistory(user, sessionId);
    });
}

QFuture<Result<AttendanceImport>>
LocalConsole::importAttendance(Id sessionId, const QByteArray& report,
                               const AttendanceImportOptions& options) {
    return run([sessionId, report, options](const ServiceContext& context, const User& user) {
        return reports::importPlatformAttendance(context, user, sessionId, report, options);
    });
}

} // namespace lectern::client
