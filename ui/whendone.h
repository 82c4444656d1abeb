#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <type_traits>
#include <utility>

namespace lectern::ui {

// Hands the result of a call to the console's API to `done` on the context's thread, once
// it is there. Nothing is delivered if `context` is destroyed first.
template <typename T, typename Done> void whenDone(QObject* context, QFuture<T> future, Done done) {
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         if constexpr (std::is_void_v<T>)
                             done();
                         else
                             done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(std::move(future));
}

} // namespace lectern::ui
