#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace lectern::ui {

// Runs `work` (a service call) on a worker thread and hands its result to `done` on the
// context's thread, so the UI thread never waits on the database. Nothing is delivered if
// `context` is destroyed first. Each worker thread uses its own database connection.
template <typename Work, typename Done> void callCore(QObject* context, Work work, Done done) {
    using ResultType = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<ResultType>(context);
    QObject::connect(watcher, &QFutureWatcher<ResultType>::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace lectern::ui
