#pragma once

#include "domain/livesession.h"

#include <QByteArray>
#include <QHash>

namespace lectern::reports {

// Sessions as an iCalendar file (RFC 5545) for people's calendars: one event per session with
// a stable UID, its times in UTC, title, course, description and join link (never the
// meeting's password); cancelled sessions stay in, marked cancelled. CRLF line ends, lines
// folded at 75 octets without splitting a character, text escaped.
QByteArray iCalendar(const QList<LiveSession>& sessions, const QHash<Id, QString>& courseTitles,
                     const QDateTime& stamp);

// RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks.
QString escapeCalendarText(const QString& text);
// One content line, folded into lines of at most 75 octets, each ending in CRLF.
QByteArray foldCalendarLine(const QByteArray& line);

} // namespace lectern::reports
