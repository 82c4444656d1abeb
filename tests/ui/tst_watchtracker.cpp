#include "recordings/watchtracker.h"

#include <QTest>

using lectern::ui::WatchTracker;

// Only playback moving forward counts as watched; jumps do not.
class TestWatchTracker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void playingForwardCounts() {
        WatchTracker tracker;
        tracker.restartAt(0);
        for (qint64 ms = 100; ms <= 3000; ms += 100)
            tracker.positionChanged(ms);
        QCOMPARE(tracker.watchedSeconds(), 3);
        QCOMPARE(tracker.positionSeconds(), 3);
    }

    void jumpsDoNotCount() {
        WatchTracker tracker;
        tracker.restartAt(0);
        tracker.positionChanged(1000);
        tracker.positionChanged(60'000); // seeking ahead a minute
        tracker.positionChanged(500);    // and back
        QCOMPARE(tracker.watchedSeconds(), 1);
        // After a restart somewhere else, watching counts from there.
        tracker.restartAt(30'000);
        tracker.positionChanged(31'000);
        tracker.positionChanged(32'000);
        QCOMPARE(tracker.watchedSeconds(), 3);
        QCOMPARE(tracker.positionSeconds(), 32);
    }
};

QTEST_GUILESS_MAIN(TestWatchTracker)
#include "tst_watchtracker.moc"
