#include "domain/clock.h"
#include "hub/ratelimiter.h"

#include <QTest>

using namespace lectern;

class TestRateLimiter : public QObject {
    Q_OBJECT

private:
    const QDateTime nine = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);

private Q_SLOTS:
    void bucketAllowsABurstThenRefillsEvenly() {
        ManualClock clock(nine);
        hub::RateLimiter limiter(clock, 10, 10);
        for (int i = 0; i < 10; ++i)
            QVERIFY(!limiter.take(QStringLiteral("sam")).has_value());
        const auto wait = limiter.take(QStringLiteral("sam"));
        QVERIFY(wait.has_value());
        QCOMPARE(*wait, qint64(1));
        // Someone else is not affected.
        QVERIFY(!limiter.take(QStringLiteral("kim")).has_value());
        clock.advance(1);
        QVERIFY(!limiter.take(QStringLiteral("sam")).has_value());
        QVERIFY(limiter.take(QStringLiteral("sam")).has_value());
        clock.advance(60);
        for (int i = 0; i < 10; ++i)
            QVERIFY(!limiter.take(QStringLiteral("sam")).has_value());
        QVERIFY(limiter.take(QStringLiteral("sam")).has_value());
    }

    void fiveFailuresBlockAnAddressForFifteenMinutes() {
        ManualClock clock(nine);
        hub::LoginThrottle throttle(clock);
        const QString address = QStringLiteral("127.0.0.1");
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(address);
        QVERIFY(!throttle.blocked(address).has_value());
        throttle.recordFailure(address);
        QCOMPARE(throttle.blocked(address), std::optional<qint64>(900));
        QVERIFY(!throttle.blocked(QStringLiteral("10.0.0.2")).has_value());
        clock.advance(899);
        QVERIFY(throttle.blocked(address).has_value());
        clock.advance(1);
        QVERIFY(!throttle.blocked(address).has_value());
        // Old failures do not add to new ones.
        throttle.recordFailure(address);
        QVERIFY(!throttle.blocked(address).has_value());
    }

    void successClearsFailures() {
        ManualClock clock(nine);
        hub::LoginThrottle throttle(clock);
        const QString address = QStringLiteral("::1");
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(address);
        throttle.recordSuccess(address);
        throttle.recordFailure(address);
        QVERIFY(!throttle.blocked(address).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
