#include "icalendar.h"

namespace lectern::reports {
namespace {

constexpr int maxOctets = 75;

QByteArray utcTime(const QDateTime& time) {
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray property(const char* name, const QString& text) {
    return QByteArray(name) + ':' + escapeCalendarText(text).toUtf8();
}

} // namespace

QString escapeCalendarText(const QString& text) {
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            escaped += QStringLiteral("\\n");
        } else if (c == u'\n') {
            escaped += QStringLiteral("\\n");
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray foldCalendarLine(const QByteArray& line) {
    QByteArray folded;
    qsizetype start = 0;
    int room = maxOctets; // the first line has 75 octets, the others a space and 74
    while (line.size() - start > room) {
        qsizetype end = start + room;
        // Never between the bytes of one UTF-8 character (continuation bytes are 10xxxxxx).
        while (end > start && (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80)
            --end;
        folded += line.mid(start, end - start) + "\r\n ";
        start = end;
        room = maxOctets - 1;
    }
    folded += line.mid(start) + "\r\n";
    return folded;
}

QByteArray iCalendar(const QList<LiveSession>& sessions, const QHash<Id, QString>& courseTitles,
                     const QDateTime& stamp) {
    QByteArray out;
    const auto add = [&out](const QByteArray& line) { out += foldCalendarLine(line); };
    add("BEGIN:VCALENDAR");
    add("VERSION:2.0");
    add("PRODID:-//Lectern//Lectern console//EN");
    add("CALSCALE:GREGORIAN");
    add("METHOD:PUBLISH");
    for (const LiveSession& session : sessions) {
        add("BEGIN:VEVENT");
        add("UID:lectern-session-" + QByteArray::number(session.id) + "@lectern");
        add("DTSTAMP:" + utcTime(stamp));
        add("DTSTART:" + utcTime(session.scheduledStart));
        add("DTEND:" + utcTime(session.scheduledEnd));
        const QString course = courseTitles.value(session.courseId);
        add(property("SUMMARY", course.isEmpty()
                                    ? session.title
                                    : QStringLiteral("%1: %2").arg(course, session.title)));
        QString description = session.description;
        if (!session.meetingLink.isEmpty())
            description += (description.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                           QStringLiteral("Join: ") + session.meetingLink;
        if (!description.isEmpty())
            add(property("DESCRIPTION", description));
        if (!session.meetingLink.isEmpty())
            add("URL:" + session.meetingLink.toUtf8());
        add("STATUS:" +
            QByteArray(session.status == SessionStatus::Cancelled ? "CANCELLED" : "CONFIRMED"));
        add("END:VEVENT");
    }
    add("END:VCALENDAR");
    return out;
}

} // namespace lectern::reports
