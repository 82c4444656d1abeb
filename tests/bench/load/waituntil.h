#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace lectern::load {

// Runs the event loop until `done()` holds or `timeoutMs` pass; gives `done()`. Unlike
// QTest::qWaitFor, which sleeps 10 ms between rounds of events, it never stops the loop, so
// it adds nothing to the latencies being measured.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer elapsed;
    elapsed.start();
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || elapsed.elapsed() >= timeoutMs)
            loop.quit();
    });
    if (done())
        return true;
    check.start();
    loop.exec();
    return done();
}

} // namespace lectern::load
