#include "domain/clock.h"
#include "hub/loginthrottle.h"
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

    void fiveFailuresBlockThatAccountFromThatAddressForFifteenMinutes() {
        ManualClock clock(nine);
        hub::LoginThrottle throttle(clock);
        const QString address = QStringLiteral("127.0.0.1");
        const QString sam = QStringLiteral("sam@example.org");
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(address, sam);
        QVERIFY(!throttle.blocked(address, sam).has_value());
        throttle.recordFailure(address, sam);
        QCOMPARE(throttle.blocked(address, sam), std::optional<qint64>(900));
        // The email's case and spaces do not matter.
        QVERIFY(throttle.blocked(address, QStringLiteral(" Sam@Example.ORG")).has_value());
        // The rest of the class behind the same address, and Sam elsewhere, still sign in.
        QVERIFY(!throttle.blocked(address, QStringLiteral("ada@example.org")).has_value());
        QVERIFY(!throttle.blocked(QStringLiteral("10.0.0.2"), sam).has_value());
        clock.advance(899);
        QVERIFY(throttle.blocked(address, sam).has_value());
        clock.advance(1);
        QVERIFY(!throttle.blocked(address, sam).has_value());
        // Old failures do not add to new ones.
        throttle.recordFailure(address, sam);
        QVERIFY(!throttle.blocked(address, sam).has_value());
    }

    void guessesAtOneAccountFromManyAddressesAreStopped() {
        ManualClock clock(nine);
        hub::LoginThrottle throttle(clock);
        const QString ada = QStringLiteral("ada@example.org");
        for (int i = 0; i < 20; ++i)
            throttle.recordFailure(QStringLiteral("10.0.%1.1").arg(i), ada);
        QVERIFY(throttle.blocked(QStringLiteral("10.9.9.9"), ada).has_value());
        QVERIFY(!throttle.blocked(QStringLiteral("10.9.9.9"), QStringLiteral("kim@x.org")));
    }

    void oneAddressTryingManyAccountsIsStopped() {
        ManualClock clock(nine);
        hub::LoginThrottle throttle(clock);
        const QString address = QStringLiteral("203.0.113.7");
        for (int i = 0; i < 49; ++i)
            throttle.recordFailure(address, QStringLiteral("user%1@example.org").arg(i));
        QVERIFY(!throttle.blocked(address, QStringLiteral("new@example.org")).has_value());
        throttle.recordFailure(address, QStringLiteral("user49@example.org"));
        QVERIFY(throttle.blocked(address, QStringLiteral("new@example.org")).has_value());
    }

    void successClearsOnlyThatAccountsFailures() {
        ManualClock clock(nine);
        hub::LoginThrottle throttle(clock);
        const QString address = QStringLiteral("::1");
        const QString victim = QStringLiteral("ada@example.org");
        const QString own = QStringLiteral("mallory@example.org");
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(address, victim);
        // Signing in to one's own account does not wipe the guesses at someone else's.
        throttle.recordSuccess(address, own);
        throttle.recordFailure(address, victim);
        QVERIFY(throttle.blocked(address, victim).has_value());

        hub::LoginThrottle fresh(clock);
        for (int i = 0; i < 4; ++i)
            fresh.recordFailure(address, own);
        fresh.recordSuccess(address, own);
        fresh.recordFailure(address, own);
        QVERIFY(!fresh.blocked(address, own).has_value());
    }

    void theAddressCountSurvivesSuccessesSoGuessingCannotGoOnForever() {
        ManualClock clock(nine);
        hub::LoginThrottle throttle(clock);
        const QString address = QStringLiteral("198.51.100.1");
        const QString own = QStringLiteral("mallory@example.org");
        for (int round = 0; round < 10; ++round) {
            for (int i = 0; i < 5; ++i)
                throttle.recordFailure(address, QStringLiteral("v%1@example.org").arg(round));
            throttle.recordSuccess(address, own);
        }
        QVERIFY(throttle.blocked(address, QStringLiteral("other@example.org")).has_value());
    }

    void oldRecordsArePruned() {
        ManualClock clock(nine);
        hub::LoginThrottle throttle(clock);
        for (int i = 0; i < 100; ++i)
            throttle.recordFailure(QStringLiteral("10.1.0.%1").arg(i), QStringLiteral("a@b.c"));
        QCOMPARE(throttle.recordCount(), qsizetype(100 + 100 + 1));
        clock.advance(15 * 60);
        throttle.recordFailure(QStringLiteral("10.2.0.1"), QStringLiteral("d@e.f"));
        QCOMPARE(throttle.recordCount(), qsizetype(3));
    }

    void idleBucketsArePruned() {
        ManualClock clock(nine);
        hub::RateLimiter limiter(clock, 10, 10);
        for (int i = 0; i < 100; ++i)
            QVERIFY(!limiter.take(QString::number(i)).has_value());
        QCOMPARE(limiter.bucketCount(), qsizetype(100));
        clock.advance(60);
        QVERIFY(!limiter.take(QStringLiteral("new")).has_value());
        QCOMPARE(limiter.bucketCount(), qsizetype(1));
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
