#include "schedule/schedulerange.h"

#include <QTest>

using namespace lectern::ui;

// Which dates each Schedule view covers.
class TestScheduleRange : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dayIsFromMidnightToMidnight() {
        const ScheduleRange day = scheduleRange(ScheduleView::Day, QDate(2026, 11, 25));
        QCOMPARE(day.from, QDate(2026, 11, 25).startOfDay());
        QCOMPARE(day.before, QDate(2026, 11, 26).startOfDay());
    }

    void weekStartsOnTheLocalesFirstDay() {
        // Wednesday 25 November 2026.
        const ScheduleRange monday = scheduleRange(ScheduleView::Week, QDate(2026, 11, 25));
        QCOMPARE(monday.from.date(), QDate(2026, 11, 23));
        QCOMPARE(monday.before.date(), QDate(2026, 11, 30));
        const ScheduleRange sunday =
            scheduleRange(ScheduleView::Week, QDate(2026, 11, 25), Qt::Sunday);
        QCOMPARE(sunday.from.date(), QDate(2026, 11, 22));
        // A week's own first day starts that week, not the one before.
        QCOMPARE(scheduleRange(ScheduleView::Week, QDate(2026, 11, 23)).from.date(),
                 QDate(2026, 11, 23));
        QCOMPARE(scheduleRange(ScheduleView::Week, QDate(2026, 11, 29)).from.date(),
                 QDate(2026, 11, 23));
    }

    void listHasNoBounds() {
        const ScheduleRange all = scheduleRange(ScheduleView::List, QDate(2026, 11, 25));
        QVERIFY(!all.from.isValid());
        QVERIFY(!all.before.isValid());
    }

    void stepsMoveByTheViewsLength() {
        const QDate day(2026, 12, 31);
        QCOMPARE(stepAnchor(ScheduleView::Day, day, 1), QDate(2027, 1, 1));
        QCOMPARE(stepAnchor(ScheduleView::Week, day, -1), QDate(2026, 12, 24));
        QCOMPARE(stepAnchor(ScheduleView::List, day, 5), day);
    }
};

QTEST_GUILESS_MAIN(TestScheduleRange)
#include "tst_schedulerange.moc"
