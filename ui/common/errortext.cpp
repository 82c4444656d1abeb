#include "errortext.h"

#include <QDateTime>
#include <QLocale>

namespace lectern::ui {
namespace {

QString timeOf(const QString& iso) {
    return QLocale().toString(QDateTime::fromString(iso, Qt::ISODate).toLocalTime().time(),
                              QStringLiteral("HH:mm"));
}

QString dayOf(const QString& iso) {
    return QLocale().toString(QDateTime::fromString(iso, Qt::ISODate).toLocalTime().date(),
                              QStringLiteral("ddd d MMM"));
}

QString required(const QString& field, const QString& label) {
    if (field == u"title")
        return ErrorText::tr("Give the session a title");
    if (field == u"question")
        return ErrorText::tr("Write the question to ask");
    if (field == u"scheduled_start")
        return ErrorText::tr("Choose when it starts");
    if (field == u"scheduled_end")
        return ErrorText::tr("Choose when it ends");
    return label.isEmpty() ? ErrorText::tr("This cannot be left empty")
                           : ErrorText::tr("%1 cannot be left empty").arg(label);
}

} // namespace

QString ErrorText::of(const Error& error, const QString& label, const QString& host) {
    const QString& why = error.reason;
    const QStringList& a = error.arguments;
    if (why == u"required")
        return required(error.field, label);
    if (why == u"too_long" && a.size() == 2)
        return tr("This is %1 characters long; at most %2 fit").arg(a.at(0), a.at(1));
    if (why == u"control_character")
        return tr("This holds a control character, which cannot be stored");
    if (why == u"not_a_web_address")
        return tr("This is not a web address: it starts with https://");
    if (why == u"not_https")
        return tr("The meeting link must start with https:// so that it stays private");
    if (why == u"end_before_start")
        return tr("The end must be after the start");
    if (why == u"out_of_range" && a.size() == 2)
        return tr("Choose a number from %1 to %2").arg(a.at(0), a.at(1));
    if (why == u"overlap" && a.size() == 3) {
        const QString when =
            tr("from %1 to %2 on %3").arg(timeOf(a.at(1)), timeOf(a.at(2)), dayOf(a.at(1)));
        return host.isEmpty() ? tr("You already teach \"%1\" %2").arg(a.at(0), when)
                              : tr("%1 already teaches \"%2\" %3").arg(host, a.at(0), when);
    }
    if (why == u"not_zoom_link")
        return tr("This is not a Zoom link: Zoom links are on zoom.us, like "
                  "https://us02web.zoom.us/j/12345678901?pwd=...");
    if (why == u"zoom_link_shape")
        return tr("A Zoom meeting link has /j/ and a meeting number of 9 to 11 digits, like "
                  "https://us02web.zoom.us/j/12345678901");
    if (why == u"not_meet_link")
        return tr("This is not a Google Meet link: they look like "
                  "https://meet.google.com/abc-defg-hij");
    if (why == u"meet_link_shape")
        return tr("A Google Meet link ends in the meeting's code, three letters, four and three, "
                  "like https://meet.google.com/abc-defg-hij");
    if (why == u"not_teams_link")
        return tr("This is not a Microsoft Teams link: they are on teams.microsoft.com");
    if (why == u"teams_link_shape")
        return tr("A Teams meeting link is a meetup-join link "
                  "(https://teams.microsoft.com/l/meetup-join/...) or "
                  "https://teams.microsoft.com/meet/<meeting id>?p=<passcode>");
    return error.message;
}

} // namespace lectern::ui
