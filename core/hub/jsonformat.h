#pragma once

#include "domain/livechatmessage.h"
#include "domain/livepoll.h"
#include "domain/livequestion.h"
#include "domain/livesession.h"
#include "domain/sessionattendance.h"
#include "domain/sessionparticipant.h"
#include "domain/sessionrecording.h"

#include <QHash>

#include <QJsonObject>

// How the hub spells the core's values in JSON: the spec's snake_case field names, times in
// ISO 8601 UTC with a Z, and the model methods as fields.
namespace lectern::json {

QJsonValue time(const QDateTime& value);
// A person as others see them: {id, name}, with email for those who may see it.
QJsonObject person(const User& user, bool withEmail);
QJsonObject account(const User& user); // {id, email, name, role}: the signed-in user
QJsonObject session(const LiveSession& session, const QJsonObject& instructor,
                    const QDateTime& now);

// The person behind an id, {id, name} (with email where the viewer is the session's staff:
// SessionService::showsEmailsTo); null for 0 (an anonymous author).
QJsonValue personOf(const QHash<Id, User>& users, Id id, bool withEmail = false);
// Who is there and how (status, times, permissions). Their engagement (time in class, chat,
// questions, votes, attendance rate) is for the session's staff and for the person themself:
// `forStaffOrSelf`, as is their email with `withEmail`.
QJsonObject participant(const SessionParticipant& p, const QHash<Id, User>& users,
                        qint64 sessionSeconds, const QDateTime& now, bool withEmail = false,
                        bool forStaffOrSelf = false);
QJsonObject message(const LiveChatMessage& m, const QHash<Id, User>& users, bool withEmail = false);
QJsonObject question(const LiveQuestion& q, const QHash<Id, User>& users, bool withEmail = false);
// `users` holds the poll's maker, shown as created_by {id, name}.
QJsonObject poll(const LivePoll& p, const QHash<Id, User>& users, const QDateTime& now);
QJsonObject recording(const SessionRecording& r);
QJsonObject view(const RecordingView& v, qint64 recordingSeconds);
QJsonObject attendance(const SessionAttendance& a, const QHash<Id, User>& users);

} // namespace lectern::json
