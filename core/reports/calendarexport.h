#pragma once

#include "services/servicecontext.h"

#include <QByteArray>

namespace lectern::reports {

// Sessions as an iCalendar file, read as the actor may see them.
struct SessionCalendar {
    QByteArray content;
    qsizetype sessions = 0;
};

// Every session of the course; NotFound for a course that does not exist.
Result<SessionCalendar> courseCalendar(const ServiceContext& context, const User& actor,
                                       Id courseId, const QDateTime& stamp);
// One session.
Result<SessionCalendar> sessionCalendar(const ServiceContext& context, const User& actor,
                                        Id sessionId, const QDateTime& stamp);

} // namespace lectern::reports
