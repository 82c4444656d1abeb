#pragma once

#include "domain/livesession.h"

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

} // namespace lectern::json
