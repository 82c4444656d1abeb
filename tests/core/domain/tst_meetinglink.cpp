#include "domain/meetinglink.h"

#include <QTest>

using namespace lectern;
using namespace lectern::meeting;

Q_DECLARE_METATYPE(lectern::Platform)

// Pasted meeting links: checked against their platform, their id and password read out.
class TestMeetingLink : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goodLinksGiveTheirDetails_data() {
        QTest::addColumn<Platform>("platform");
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("password");
        QTest::newRow("zoom") << Platform::Zoom
                              << QStringLiteral("https://us02web.zoom.us/j/85746372819?pwd=aBc123")
                              << QStringLiteral("85746372819") << QStringLiteral("aBc123");
        QTest::newRow("zoom, no subdomain, no password")
            << Platform::Zoom << QStringLiteral("https://zoom.us/j/415555012")
            << QStringLiteral("415555012") << QString();
        QTest::newRow("meet") << Platform::Meet
                              << QStringLiteral("https://meet.google.com/abc-defg-hij")
                              << QStringLiteral("abc-defg-hij") << QString();
        QTest::newRow("teams meet")
            << Platform::Teams
            << QStringLiteral("https://teams.microsoft.com/meet/26918237893?p=Xy7Q")
            << QStringLiteral("26918237893") << QStringLiteral("Xy7Q");
        QTest::newRow("teams meetup-join")
            << Platform::Teams
            << QStringLiteral("https://teams.microsoft.com/l/meetup-join/"
                              "19%3ameeting_NzA1%40thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d")
            << QStringLiteral("19:meeting_NzA1@thread.v2") << QString();
        QTest::newRow("custom") << Platform::Custom
                                << QStringLiteral("https://jitsi.example.org/django-101")
                                << QString() << QString();
    }
    void goodLinksGiveTheirDetails() {
        QFETCH(Platform, platform);
        QFETCH(QString, link);
        QFETCH(QString, id);
        QFETCH(QString, password);
        const auto details = readMeetingLink(platform, link);
        QVERIFY2(details.has_value(), qPrintable(details ? QString() : details.error().message));
        QCOMPARE(details->meetingId, id);
        QCOMPARE(details->password, password);
    }

    void badLinksSayWhatIsWrong_data() {
        QTest::addColumn<Platform>("platform");
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("says");
        QTest::newRow("not a link") << Platform::Custom << QStringLiteral("zoom meeting tomorrow")
                                    << QStringLiteral("not a web address");
        QTest::newRow("plain http") << Platform::Custom << QStringLiteral("http://example.org/room")
                                    << QStringLiteral("https://");
        QTest::newRow("zoom elsewhere")
            << Platform::Zoom << QStringLiteral("https://zoom.example/j/123456789")
            << QStringLiteral("not a Zoom link");
        QTest::newRow("zoom short number")
            << Platform::Zoom << QStringLiteral("https://zoom.us/j/12345")
            << QStringLiteral("9 to 11 digits");
        QTest::newRow("zoom long number")
            << Platform::Zoom << QStringLiteral("https://zoom.us/j/123456789012")
            << QStringLiteral("9 to 11 digits");
        QTest::newRow("meet code")
            << Platform::Meet << QStringLiteral("https://meet.google.com/abcdefghij")
            << QStringLiteral("abc-defg-hij");
        QTest::newRow("meet elsewhere")
            << Platform::Meet << QStringLiteral("https://zoom.us/j/123456789")
            << QStringLiteral("not a Google Meet link");
        QTest::newRow("teams path")
            << Platform::Teams << QStringLiteral("https://teams.microsoft.com/chat")
            << QStringLiteral("meetup-join");
        QTest::newRow("teams elsewhere")
            << Platform::Teams << QStringLiteral("https://meet.google.com/abc-defg-hij")
            << QStringLiteral("not a Microsoft Teams link");
    }
    void badLinksSayWhatIsWrong() {
        QFETCH(Platform, platform);
        QFETCH(QString, link);
        QFETCH(QString, says);
        const auto details = readMeetingLink(platform, link);
        QVERIFY(!details.has_value());
        QCOMPARE(details.error().field, QStringLiteral("meeting_link"));
        QVERIFY2(details.error().message.contains(says), qPrintable(details.error().message));
    }

    void linksTellTheirPlatform() {
        QCOMPARE(platformOfLink(QStringLiteral("https://us02web.zoom.us/j/85746372819")),
                 Platform::Zoom);
        QCOMPARE(platformOfLink(QStringLiteral("https://meet.google.com/abc-defg-hij")),
                 Platform::Meet);
        QCOMPARE(platformOfLink(QStringLiteral("https://teams.microsoft.com/meet/1?p=2")),
                 Platform::Teams);
        QVERIFY(!platformOfLink(QStringLiteral("https://example.org/")));
    }

    void channelNamesAreFreshEachTime() {
        const QString first = newChannelName();
        QVERIFY(first.startsWith(QStringLiteral("lectern-")));
        QCOMPARE(first.size(), 24);
        QVERIFY(first != newChannelName());
    }
};

QTEST_GUILESS_MAIN(TestMeetingLink)
#include "tst_meetinglink.moc"
