#pragma once

#include "storage/database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace lectern::ui {

// Runs `work` (a service call) on a worker thread and hands its result to `done` on the
// context's thread, so the UI thread never waits on the database. Nothing is delivered if
// `context` is destroyed first. The worker opens its database connection for the task and
// closes it after: a pooled thread keeps none to its exit, which can come after Qt's SQL
// registry is gone (a crash at the console's exit).
template <typename Work, typename Done> void callCore(QObject* context, Work work, Done done) {
    using ResultType = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<ResultType>(context);
    QObject::connect(watcher, &QFutureWatcher<ResultType>::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run([work = std::move(work)]() mutable {
        auto result = work();
        Database::releaseThreadConnections();
        return result;
    }));
}

// Hands the result of a call to the console's API to `done` on the context's thread, once
// it is there. Nothing is delivered if `context` is destroyed first.
template <typename T, typename Done> void whenDone(QObject* context, QFuture<T> future, Done done) {
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(std::move(future));
}

} // namespace lectern::ui
