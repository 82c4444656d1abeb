#include "meetinglink.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <array>

namespace lectern::meeting {
namespace {

// `reason` names the sentence for the console's translation of `message`.
Error badLink(const QString& message, const char* reason) {
    return Error::invalid(QStringLiteral("meeting_link"), message)
        .because(QString::fromLatin1(reason));
}

bool isZoomHost(const QString& host) {
    return host == u"zoom.us" || host.endsWith(QStringLiteral(".zoom.us"));
}

bool isTeamsHost(const QString& host) {
    return host == u"teams.microsoft.com" || host == u"teams.live.com";
}

Result<MeetingDetails> readZoom(const QUrl& url) {
    if (!isZoomHost(url.host()))
        return std::unexpected(
            badLink(QStringLiteral("This is not a Zoom link: Zoom links are on zoom.us, like "
                                   "https://us02web.zoom.us/j/12345678901?pwd=..."),
                    "not_zoom_link"));
    static const QRegularExpression meeting(QStringLiteral("^/j/(\\d{9,11})/?$"));
    const auto match = meeting.match(url.path());
    if (!match.hasMatch())
        return std::unexpected(
            badLink(QStringLiteral(
                        "A Zoom meeting link has /j/ and a meeting number of 9 to 11 digits, like "
                        "https://us02web.zoom.us/j/12345678901"),
                    "zoom_link_shape"));
    return MeetingDetails{match.captured(1),
                          QUrlQuery(url).queryItemValue(QStringLiteral("pwd"), QUrl::FullyDecoded)};
}

Result<MeetingDetails> readMeet(const QUrl& url) {
    if (url.host() != u"meet.google.com")
        return std::unexpected(
            badLink(QStringLiteral("This is not a Google Meet link: they look like "
                                   "https://meet.google.com/abc-defg-hij"),
                    "not_meet_link"));
    static const QRegularExpression code(QStringLiteral("^/([a-z]{3}-[a-z]{4}-[a-z]{3})/?$"));
    const auto match = code.match(url.path());
    if (!match.hasMatch())
        return std::unexpected(badLink(QStringLiteral("A Google Meet link ends in the meeting's "
                                                      "code, three letters, four and three, like "
                                                      "https://meet.google.com/abc-defg-hij"),
                                       "meet_link_shape"));
    return MeetingDetails{match.captured(1), {}};
}

Result<MeetingDetails> readTeams(const QUrl& url) {
    if (!isTeamsHost(url.host()))
        return std::unexpected(badLink(
            QStringLiteral("This is not a Microsoft Teams link: they are on teams.microsoft.com"),
            "not_teams_link"));
    const QString path = url.path(QUrl::FullyDecoded);
    static const QRegularExpression join(QStringLiteral("^/l/meetup-join/([^/]+)"));
    if (const auto match = join.match(path); match.hasMatch())
        return MeetingDetails{match.captured(1), {}};
    static const QRegularExpression meet(QStringLiteral("^/meet/(\\d+)/?$"));
    if (const auto match = meet.match(path); match.hasMatch())
        return MeetingDetails{match.captured(1), QUrlQuery(url).queryItemValue(QStringLiteral("p"),
                                                                               QUrl::FullyDecoded)};
    return std::unexpected(
        badLink(QStringLiteral("A Teams meeting link is a meetup-join link "
                               "(https://teams.microsoft.com/l/meetup-join/...) "
                               "or https://teams.microsoft.com/meet/<meeting id>?p=<passcode>"),
                "teams_link_shape"));
}

} // namespace

Result<MeetingDetails> readMeetingLink(Platform platform, const QString& link) {
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::unexpected(
            badLink(QStringLiteral("The meeting link is not a web address (https://...)"),
                    "not_a_web_address"));
    if (url.scheme() != u"https")
        return std::unexpected(badLink(
            QStringLiteral("The meeting link must start with https:// so that it is private"),
            "not_https"));
    switch (platform) {
    case Platform::Zoom:
        return readZoom(url);
    case Platform::Meet:
        return readMeet(url);
    case Platform::Teams:
        return readTeams(url);
    case Platform::Agora:
    case Platform::Custom:
        break;
    }
    return MeetingDetails{};
}

std::optional<Platform> platformOfLink(const QString& link) {
    const QString host = QUrl(link.trimmed()).host();
    if (isZoomHost(host))
        return Platform::Zoom;
    if (host == u"meet.google.com")
        return Platform::Meet;
    if (isTeamsHost(host))
        return Platform::Teams;
    return std::nullopt;
}

QString newChannelName() {
    const quint64 random = QRandomGenerator::system()->generate64();
    return QStringLiteral("lectern-%1").arg(random, 16, 16, QLatin1Char('0'));
}

QString newStreamKey() {
    std::array<quint32, 6> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()), sizeof(words));
    return QStringLiteral("lsk_") +
           QString::fromLatin1(
               bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace lectern::meeting
