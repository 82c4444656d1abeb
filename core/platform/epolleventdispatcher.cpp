#include "epolleventdispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QThread>
#include <QTimerEvent>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <limits>
#include <utility>

namespace lectern {
namespace {

constexpr int maxEventsPerWait = 1024;

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject* parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC))
    , m_wakeFd(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {
    if (m_epoll < 0 || m_wakeFd < 0)
        qFatal("epoll event loop: cannot create its descriptors (errno %d)", errno);
    epoll_event wake{};
    wake.events = EPOLLIN;
    wake.data.fd = m_wakeFd;
    epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &wake);
    m_ready.resize(maxEventsPerWait);
}

EpollEventDispatcher::~EpollEventDispatcher() {
    close(m_wakeFd);
    close(m_epoll);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags) {
    m_interrupted.storeRelaxed(0);
    Q_EMIT awake();
    QCoreApplication::sendPostedEvents();
    if (m_interrupted.loadRelaxed())
        return false;

    const bool withSockets = !flags.testFlag(QEventLoop::ExcludeSocketNotifiers);
    const bool withTimers = !flags.testFlag(QEventLoop::X11ExcludeTimers);
    int timeout = 0;
    if (flags.testFlag(QEventLoop::WaitForMoreEvents) &&
        !(withSockets && !m_optimisticWrites.isEmpty())) {
        timeout = withTimers ? msUntilNextTimer() : -1;
        Q_EMIT aboutToBlock();
    }
    // With sockets excluded, only a wake-up or a timer ends the wait: epoll would report
    // ready sockets again and again.
    int ready = 0;
    if (withSockets) {
        ready = epoll_wait(m_epoll, m_ready.data(), int(m_ready.size()), timeout);
    } else {
        epoll_event wake{};
        const int waker = epoll_create1(EPOLL_CLOEXEC);
        wake.events = EPOLLIN;
        wake.data.fd = m_wakeFd;
        epoll_ctl(waker, EPOLL_CTL_ADD, m_wakeFd, &wake);
        ready = epoll_wait(waker, m_ready.data(), 1, timeout);
        close(waker);
    }
    if (timeout != 0)
        Q_EMIT awake();
    bool handled = false;
    if (ready > 0)
        handled = dispatchSocketEvents(ready);
    if (withSockets && !m_interrupted.loadRelaxed())
        handled = dispatchOptimisticWrites() || handled;
    if (withTimers && !m_interrupted.loadRelaxed())
        handled = fireDueTimers() || handled;
    return handled;
}

bool EpollEventDispatcher::dispatchSocketEvents(int ready) {
    // What fired is copied first: a notifier's slot may remove or add others.
    struct Activation {
        int fd;
        QSocketNotifier::Type type;
        QSocketNotifier* notifier;
    };
    std::vector<Activation> activations;
    activations.reserve(size_t(ready));
    bool handled = false;
    for (int i = 0; i < ready; ++i) {
        const epoll_event& event = m_ready[size_t(i)];
        const int fd = event.data.fd;
        if (fd == m_wakeFd) {
            drainWakeUps();
            handled = true;
            continue;
        }
        const auto found = m_sockets.constFind(fd);
        if (found == m_sockets.cend())
            continue;
        // A hang-up or an error is news for readers and writers alike, as with poll.
        const bool broken = event.events & (EPOLLERR | EPOLLHUP);
        if (found->read && (event.events & (EPOLLIN | EPOLLRDHUP) || broken))
            activations.push_back({fd, QSocketNotifier::Read, found->read});
        if (found->write && (event.events & EPOLLOUT || broken))
            activations.push_back({fd, QSocketNotifier::Write, found->write});
        if (found->exception && event.events & EPOLLPRI)
            activations.push_back({fd, QSocketNotifier::Exception, found->exception});
    }
    for (const Activation& activation : activations) {
        if (m_interrupted.loadRelaxed())
            break;
        const auto still = m_sockets.constFind(activation.fd);
        if (still == m_sockets.cend())
            continue;
        QSocketNotifier* current = activation.type == QSocketNotifier::Read    ? still->read
                                   : activation.type == QSocketNotifier::Write ? still->write
                                                                               : still->exception;
        if (current != activation.notifier)
            continue; // unregistered (or replaced) by an earlier slot
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(current, &event);
        handled = true;
    }
    return handled;
}

bool EpollEventDispatcher::dispatchOptimisticWrites() {
    if (m_optimisticWrites.isEmpty())
        return false;
    const QSet<int> fds = std::exchange(m_optimisticWrites, {});
    for (int fd : fds) {
        auto watched = m_sockets.find(fd);
        if (watched == m_sockets.end() || !watched->write || watched->writeInKernel)
            continue;
        QSocketNotifier* notifier = watched->write;
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &event);
        // Still enabled: its data did not all fit, so the kernel says when there is room.
        watched = m_sockets.find(fd);
        if (watched != m_sockets.end() && watched->write == notifier) {
            watched->writeInKernel = true;
            syncInterest(fd);
        }
    }
    return true;
}

void EpollEventDispatcher::drainWakeUps() {
    eventfd_t count = 0;
    eventfd_read(m_wakeFd, &count);
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier* notifier) {
    const int fd = int(notifier->socket());
    Watched& watched = m_sockets[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        watched.read = notifier;
        break;
    case QSocketNotifier::Write:
        watched.write = notifier;
        watched.writeInKernel = false;
        m_optimisticWrites.insert(fd);
        return; // answered on the next turn without the kernel (see the class comment)
    case QSocketNotifier::Exception:
        watched.exception = notifier;
        break;
    }
    syncInterest(fd);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier* notifier) {
    const int fd = int(notifier->socket());
    auto found = m_sockets.find(fd);
    if (found == m_sockets.end())
        return;
    Watched& watched = found.value();
    if (watched.read == notifier)
        watched.read = nullptr;
    if (watched.write == notifier) {
        watched.write = nullptr;
        watched.writeInKernel = false;
        m_optimisticWrites.remove(fd);
    }
    if (watched.exception == notifier)
        watched.exception = nullptr;
    syncInterest(fd);
}

void EpollEventDispatcher::syncInterest(int fd) {
    const auto found = m_sockets.find(fd);
    if (found == m_sockets.end())
        return;
    Watched& watched = found.value();
    const quint32 wanted = (watched.read ? EPOLLIN : 0u) |
                           (watched.write && watched.writeInKernel ? EPOLLOUT : 0u) |
                           (watched.exception ? EPOLLPRI : 0u);
    const quint32 had = watched.kernelEvents;
    if (!watched.read && !watched.write && !watched.exception)
        m_sockets.erase(found);
    else
        watched.kernelEvents = wanted;
    if (wanted == had)
        return;
    if (wanted == 0) {
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr); // may fail: the fd may be closed already
        return;
    }
    epoll_event interest{};
    interest.events = wanted;
    interest.data.fd = fd;
    const int operation = had == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD;
    if (epoll_ctl(m_epoll, operation, fd, &interest) == 0)
        return;
    // The descriptor was closed and reused without its notifiers being removed first.
    if (errno == ENOENT && operation == EPOLL_CTL_MOD)
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &interest);
    else if (errno == EEXIST && operation == EPOLL_CTL_ADD)
        epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &interest);
    else
        qWarning("epoll event loop: cannot watch socket %d (errno %d)", fd, errno);
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                                         QObject* object) {
    Timer timer;
    timer.interval = interval;
    timer.type = timerType;
    timer.object = object;
    timer.due = Clock::now() + std::chrono::milliseconds(interval);
    m_timers.insert(timerId, timer);
}

bool EpollEventDispatcher::unregisterTimer(int timerId) {
    return m_timers.remove(timerId) > 0;
}

bool EpollEventDispatcher::unregisterTimers(QObject* object) {
    bool removed = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->object == object) {
            it = m_timers.erase(it);
            removed = true;
        } else {
            ++it;
        }
    }
    return removed;
}

QList<QAbstractEventDispatcher::TimerInfo>
EpollEventDispatcher::registeredTimers(QObject* object) const {
    QList<TimerInfo> timers;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it) {
        if (it->object == object)
            timers.append(TimerInfo(it.key(), int(it->interval), it->type));
    }
    return timers;
}

int EpollEventDispatcher::remainingTime(int timerId) {
    const auto found = m_timers.constFind(timerId);
    if (found == m_timers.cend())
        return -1;
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(found->due - Clock::now());
    return int(std::max<qint64>(0, left.count()));
}

int EpollEventDispatcher::msUntilNextTimer() const {
    if (m_timers.isEmpty())
        return -1;
    const Clock::time_point now = Clock::now();
    qint64 soonest = -1;
    for (const Timer& timer : m_timers) {
        if (timer.firing)
            continue;
        const qint64 left = std::chrono::ceil<std::chrono::milliseconds>(timer.due - now).count();
        soonest =
            soonest < 0 ? std::max<qint64>(0, left) : std::min(soonest, std::max<qint64>(0, left));
    }
    return int(std::min<qint64>(soonest, std::numeric_limits<int>::max()));
}

bool EpollEventDispatcher::fireDueTimers() {
    const Clock::time_point now = Clock::now();
    QList<int> due;
    for (auto it = m_timers.cbegin(); it != m_timers.cend(); ++it) {
        if (!it->firing && it->due <= now)
            due.append(it.key());
    }
    // Earliest first, as they fell due.
    std::sort(due.begin(), due.end(),
              [this](int a, int b) { return m_timers.value(a).due < m_timers.value(b).due; });
    for (int timerId : std::as_const(due)) {
        if (m_interrupted.loadRelaxed())
            break;
        auto timer = m_timers.find(timerId);
        if (timer == m_timers.end())
            continue; // stopped by an earlier timer's slot
        const auto interval = std::chrono::milliseconds(timer->interval);
        timer->due += interval;
        if (timer->due <= now)
            timer->due = now + interval; // fell behind: skip the missed shots
        timer->firing = true;
        QObject* object = timer->object;
        QTimerEvent event(timerId);
        QCoreApplication::sendEvent(object, &event);
        if (auto still = m_timers.find(timerId); still != m_timers.end())
            still->firing = false;
    }
    return !due.isEmpty();
}

void EpollEventDispatcher::wakeUp() {
    eventfd_write(m_wakeFd, 1);
}

void EpollEventDispatcher::interrupt() {
    m_interrupted.storeRelaxed(1);
    wakeUp();
}

} // namespace lectern
