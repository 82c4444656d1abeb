#include "remoteeventcheck.h"

#include "domain/events.h"
#include "storage/sql.h"

namespace lectern::hub {

namespace {
// The table whose row an event of this family names, with a session_id column.
QString tableOf(QStringView type) {
    if (type.startsWith(u"chat."))
        return QStringLiteral("live_chat_messages");
    if (type.startsWith(u"question."))
        return QStringLiteral("live_questions");
    if (type.startsWith(u"poll."))
        return QStringLiteral("live_polls");
    if (type.startsWith(u"participant."))
        return QStringLiteral("session_participants");
    if (type.startsWith(u"recording."))
        return QStringLiteral("session_recordings");
    if (type.startsWith(u"attendance."))
        return QStringLiteral("session_attendance");
    return {};
}

bool exists(const QSqlDatabase& connection, const QString& statement, const QVariantList& values) {
    const auto found = sql::scalar(connection, statement, values);
    return found && found->has_value();
}

bool sessionExists(const QSqlDatabase& connection, Id sessionId) {
    return exists(connection, QStringLiteral("SELECT 1 FROM live_sessions WHERE id = ?"),
                  {sessionId});
}
} // namespace

bool remoteEventIsTrue(const QSqlDatabase& connection, const DomainEvent& event) {
    if (event.type == events::accessChanged)
        return event.sessionId == 0 &&
               exists(connection, QStringLiteral("SELECT 1 FROM users WHERE id = ?"),
                      {event.entityId});
    if (event.type.startsWith(u"session.")) {
        if (event.entityId != event.sessionId)
            return false;
        // A deleted session is archived (still there) or purged (gone); a live one is neither.
        if (event.type == events::sessionDeleted)
            return !exists(connection,
                           QStringLiteral("SELECT 1 FROM live_sessions WHERE id = ? AND "
                                          "archived_at IS NULL"),
                           {event.sessionId});
        return sessionExists(connection, event.sessionId);
    }
    // Attendance worked out for the whole session names the session itself.
    if (event.type == events::attendanceUpdated && event.entityId == event.sessionId)
        return sessionExists(connection, event.sessionId);
    // A deleted draft is gone: true only while its session is there and the poll is not.
    if (event.type == events::pollDeleted)
        return sessionExists(connection, event.sessionId) &&
               !exists(connection, QStringLiteral("SELECT 1 FROM live_polls WHERE id = ?"),
                       {event.entityId});
    const QString table = tableOf(event.type);
    if (table.isEmpty())
        return false; // not an event the hubs send each other
    return exists(connection,
                  QStringLiteral("SELECT 1 FROM ") + table +
                      QStringLiteral(" WHERE id = ? AND session_id = ?"),
                  {event.entityId, event.sessionId});
}

} // namespace lectern::hub
