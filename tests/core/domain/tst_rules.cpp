#include "domain/rules.h"
#include "domain/sessionrules.h"

#include <QPoint>
#include <QTest>

using namespace lectern;

class TestRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyProblemOfASessionIsFoundAtOnceWithItsReason() {
        LiveSession draft;
        draft.title = QStringLiteral("   ");
        draft.scheduledStart = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
        draft.scheduledEnd = draft.scheduledStart.addSecs(-60);
        draft.maxParticipants = 0;
        draft.platform = Platform::Zoom;
        draft.meetingLink = QStringLiteral("https://meet.google.com/abc-defg-hij");
        const QList<Error> problems = sessionFieldProblems(draft);
        QStringList found;
        for (const Error& problem : problems)
            found << problem.field + u':' + problem.reason;
        QCOMPARE(found, (QStringList{QStringLiteral("title:required"),
                                     QStringLiteral("scheduled_end:end_before_start"),
                                     QStringLiteral("max_participants:out_of_range"),
                                     QStringLiteral("meeting_link:not_zoom_link")}));
        QCOMPARE(problems.at(2).arguments,
                 (QStringList{QStringLiteral("1"), QString::number(maxParticipantsLimit)}));
        // The first is what validatedSessionFields refuses with.
        QCOMPARE(validatedSessionFields(draft).error().reason, QStringLiteral("required"));
        draft.title = QStringLiteral(" Week 1 ");
        draft.scheduledEnd = draft.scheduledStart.addSecs(3600);
        draft.maxParticipants = 30;
        draft.meetingLink = QStringLiteral("https://us02web.zoom.us/j/85746372819?pwd=x");
        QVERIFY(sessionFieldProblems(draft).isEmpty());
        const auto tidy = validatedSessionFields(draft);
        QVERIFY(tidy.has_value());
        QCOMPARE(tidy->title, QStringLiteral("Week 1"));
        QCOMPARE(tidy->meetingId, QStringLiteral("85746372819"));
    }

    void presenceThreshold_data() {
        QTest::addColumn<qint64>("attendedSeconds");
        QTest::addColumn<qint64>("sessionSeconds");
        QTest::addColumn<bool>("present");
        QTest::newRow("all of it") << qint64(3600) << qint64(3600) << true;
        QTest::newRow("exactly 75 %") << qint64(2700) << qint64(3600) << true;
        QTest::newRow("74.99 % is absent") << qint64(7499) << qint64(10000) << false;
        QTest::newRow("75.01 %") << qint64(7501) << qint64(10000) << true;
        QTest::newRow("nothing") << qint64(0) << qint64(3600) << false;
        QTest::newRow("90 second session, 68 s") << qint64(68) << qint64(90) << true;
        QTest::newRow("90 second session, 67 s") << qint64(67) << qint64(90) << false;
        QTest::newRow("session of no length") << qint64(10) << qint64(0) << false;
    }
    void presenceThreshold() {
        QFETCH(qint64, attendedSeconds);
        QFETCH(qint64, sessionSeconds);
        QFETCH(bool, present);
        QCOMPARE(rules::isPresent(rules::attendancePercentage(attendedSeconds, sessionSeconds)),
                 present);
    }

    void overlappingStintsCountOnce_data() {
        // Minutes after 10:00 of each stint; the session runs from 10:00 to 11:00.
        QTest::addColumn<QList<QPoint>>("stints");
        QTest::addColumn<qint64>("covered");
        QTest::newRow("none") << QList<QPoint>{} << qint64(0);
        QTest::newRow("one") << QList<QPoint>{{10, 40}} << qint64(30 * 60);
        QTest::newRow("page inside Zoom") << QList<QPoint>{{0, 50}, {10, 20}} << qint64(50 * 60);
        QTest::newRow("overlapping, out of order")
            << QList<QPoint>{{30, 55}, {0, 40}} << qint64(55 * 60);
        QTest::newRow("apart") << QList<QPoint>{{0, 10}, {20, 30}} << qint64(20 * 60);
        QTest::newRow("touching") << QList<QPoint>{{0, 10}, {10, 30}} << qint64(30 * 60);
        QTest::newRow("clipped to the session")
            << QList<QPoint>{{-15, 10}, {50, 90}} << qint64(20 * 60);
        QTest::newRow("wholly outside") << QList<QPoint>{{-30, -10}, {70, 80}} << qint64(0);
    }
    void overlappingStintsCountOnce() {
        QFETCH(QList<QPoint>, stints);
        QFETCH(qint64, covered);
        const QDateTime start(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
        QList<std::pair<QDateTime, QDateTime>> intervals;
        for (const QPoint& stint : stints)
            intervals.append({start.addSecs(stint.x() * 60), start.addSecs(stint.y() * 60)});
        QCOMPARE(rules::coveredSeconds(intervals, start, start.addSecs(3600)), covered);
    }

    void attendanceFollowsSpecFormula() {
        // (duration_seconds / 60) / actual_duration_minutes * 100
        QCOMPARE(rules::attendancePercentage(1800, 3600), 50.0);
        QCOMPARE(rules::attendancePercentage(5400, 3600), 150.0);
    }

    void completionThreshold_data() {
        QTest::addColumn<qint64>("watched");
        QTest::addColumn<qint64>("length");
        QTest::addColumn<bool>("completed");
        QTest::newRow("89.9 % is not complete") << qint64(899) << qint64(1000) << false;
        QTest::newRow("90 % is complete") << qint64(900) << qint64(1000) << true;
        QTest::newRow("all") << qint64(3600) << qint64(3600) << true;
        QTest::newRow("unknown length") << qint64(3600) << qint64(0) << false;
    }
    void completionThreshold() {
        QFETCH(qint64, watched);
        QFETCH(qint64, length);
        QFETCH(bool, completed);
        QCOMPARE(rules::isCompleted(rules::watchPercentage(watched, length)), completed);
    }

    void votePercentageRounding_data() {
        QTest::addColumn<qint64>("votes");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<double>("shown");
        QTest::newRow("8 of 15") << qint64(8) << qint64(15) << 53.3;
        QTest::newRow("7 of 15") << qint64(7) << qint64(15) << 46.7;
        QTest::newRow("1 of 3") << qint64(1) << qint64(3) << 33.3;
        QTest::newRow("2 of 3") << qint64(2) << qint64(3) << 66.7;
        QTest::newRow("no votes") << qint64(0) << qint64(0) << 0.0;
        QTest::newRow("all") << qint64(4) << qint64(4) << 100.0;
        QTest::newRow("1 of 8 rounds half up") << qint64(1) << qint64(8) << 12.5;
    }
    void votePercentageRounding() {
        QFETCH(qint64, votes);
        QFETCH(qint64, total);
        QFETCH(double, shown);
        QCOMPARE(rules::roundOneDecimal(rules::votePercentage(votes, total)), shown);
    }

    void durationFormatting_data() {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("00:00:00");
        QTest::newRow("an hour") << qint64(3600) << QStringLiteral("01:00:00");
        QTest::newRow("mixed") << qint64(3725) << QStringLiteral("01:02:05");
        QTest::newRow("over a day") << qint64(90000) << QStringLiteral("25:00:00");
        QTest::newRow("negative clamps") << qint64(-5) << QStringLiteral("00:00:00");
    }
    void durationFormatting() {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(rules::formatDuration(seconds), text);
    }

    void joinRate() {
        QCOMPARE(rules::roundOneDecimal(rules::joinRate(38, 45)), 84.4);
        QCOMPARE(rules::joinRate(0, 0), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
