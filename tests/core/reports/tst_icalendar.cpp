#include "reports/icalendar.h"

#include <QTest>

#include <libical/ical.h>

using namespace lectern;
using namespace lectern::reports;

namespace {
LiveSession session(Id id, const QString& title, const QDateTime& start) {
    LiveSession s;
    s.id = id;
    s.courseId = 1;
    s.title = title;
    s.scheduledStart = start;
    s.scheduledEnd = start.addSecs(3600);
    return s;
}

QString text(icalcomponent* event, icalproperty_kind kind) {
    icalproperty* property = icalcomponent_get_first_property(event, kind);
    return property ? QString::fromUtf8(icalproperty_get_value_as_string(property)) : QString();
}
} // namespace

// Calendar files: RFC 5545 as libical reads it.
class TestICalendar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void textIsEscaped() {
        QCOMPARE(escapeCalendarText(QStringLiteral("a,b;c\\d\ne\r\nf")),
                 QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
    }

    void longLinesFoldWithoutSplittingACharacter() {
        const QByteArray line = "SUMMARY:" + QStringLiteral("Ü").repeated(100).toUtf8();
        const QByteArray folded = foldCalendarLine(line);
        const QList<QByteArray> lines = folded.split('\n');
        for (const QByteArray& piece : lines) {
            if (piece.isEmpty())
                continue;
            QVERIFY(piece.endsWith('\r'));
            QVERIFY2(piece.size() - 1 <= 75, piece.constData());
            // Each piece is whole UTF-8.
            QCOMPARE(QString::fromUtf8(piece).toUtf8(), piece);
        }
        // Unfolded (CRLF + space removed), it is the line again.
        QCOMPARE(QByteArray(folded).replace("\r\n ", "").chopped(2), line);
    }

    void libicalReadsEverySession() {
        const QDateTime nine(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        LiveSession first =
            session(12, QStringLiteral("Week 12: Views, templates; and \\ slashes"), nine);
        first.description =
            QStringLiteral("Bring your laptop.\nChapter 4 – Formulare für Anfänger, "
                           "a long line that is folded more than once because it "
                           "goes on and on past seventy-five octets");
        first.meetingLink = QStringLiteral("https://us02web.zoom.us/j/85746372819?pwd=secret");
        first.meetingPassword = QStringLiteral("secret-password");
        LiveSession cancelled = session(13, QStringLiteral("Week 13"), nine.addDays(7));
        cancelled.status = SessionStatus::Cancelled;
        const QByteArray calendar =
            iCalendar({first, cancelled}, {{1, QStringLiteral("Django 101")}}, nine.addDays(-1));

        QVERIFY(calendar.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(!calendar.contains("secret-password"));
        for (const QByteArray& line : calendar.split('\n'))
            QVERIFY(line.size() <= 76); // 75 octets and the CR

        icalcomponent* root = icalparser_parse_string(calendar.constData());
        QVERIFY(root);
        const auto freeRoot = qScopeGuard([root] { icalcomponent_free(root); });
        QCOMPARE(icalcomponent_count_errors(root), 0);
        QCOMPARE(icalcomponent_count_components(root, ICAL_VEVENT_COMPONENT), 2);
        icalcomponent* event = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_summary(event)),
                 QStringLiteral("Django 101: Week 12: Views, templates; and \\ slashes"));
        QCOMPARE(QString::fromUtf8(icalcomponent_get_description(event)),
                 first.description + QStringLiteral("\n\nJoin: ") + first.meetingLink);
        QCOMPARE(QString::fromUtf8(icalcomponent_get_uid(event)),
                 QStringLiteral("lectern-session-12@lectern"));
        const icaltimetype start = icalcomponent_get_dtstart(event);
        QCOMPARE(start.year, 2026);
        QCOMPARE(start.hour, 9);
        QVERIFY(icaltime_is_utc(start));
        QCOMPARE(text(event, ICAL_URL_PROPERTY), first.meetingLink);
        QVERIFY(icalcomponent_get_first_property(event, ICAL_DTSTAMP_PROPERTY));
        icalcomponent* second = icalcomponent_get_next_component(root, ICAL_VEVENT_COMPONENT);
        QCOMPARE(icalcomponent_get_status(second), ICAL_STATUS_CANCELLED);
    }
};

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
