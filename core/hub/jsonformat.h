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
QJsonObject participant(const SessionParticipant& p, const QHash<Id, User>& users,
                        qint64 sessionSeconds, const QDateTime& now, bool withEmail = false);
QJsonObject message(const LiveChatMessage& m, const QHash<Id, User>& users, bool withEmail = false);
QJsonObject question(const LiveQuestion& q, const QHash<Id, User>& users, bool withEmail = false);
QJsonObject poll(const LivePoll& p, const QDateTime& now);
QJsonObject recording(const SessionRecording& r);
QJsonObject view(const RecordingView& v, qint64 recordingSeconds);
QJsonObject attendance(const SessionAttendance& a, const QHash<Id, User>& users);

} // namespace lectern::json
