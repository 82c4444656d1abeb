#pragma once

#include <QAbstractEventDispatcher>
#include <QAtomicInt>
#include <QHash>
#include <QSet>

#include <chrono>
#include <vector>

struct epoll_event;

namespace lectern {

// Qt's event loop on Linux's epoll. Qt 6.4's own loops ask the kernel about every socket on
// each turn (poll), and its GLib loop also searches lists of them: with the thousands of
// sockets of a large class each turn costs milliseconds, and the hub turns its loop for every
// request. epoll reports only the sockets that are ready, so a turn costs what it does.
// A write notifier is first answered without asking the kernel (a socket with room is the
// common case, and a spurious "writable" only costs the socket an EAGAIN); only one whose
// data still waits afterwards is handed to epoll. Qt enables a write notifier for every
// message it queues, so this saves two epoll_ctl calls per message.
// Install it before the application object exists:
//     QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
class EpollEventDispatcher final : public QAbstractEventDispatcher {
    Q_OBJECT

public:
    explicit EpollEventDispatcher(QObject* parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier* notifier) override;
    void unregisterSocketNotifier(QSocketNotifier* notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType,
                       QObject* object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject* object) override;
    QList<TimerInfo> registeredTimers(QObject* object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    using Clock = std::chrono::steady_clock;

    struct Timer {
        qint64 interval = 0; // ms
        Qt::TimerType type = Qt::CoarseTimer;
        QObject* object = nullptr;
        Clock::time_point due;
        bool firing = false; // its event is being delivered; not again from a nested loop
    };
    // The notifiers on one descriptor, by QSocketNotifier::Type, and what the kernel watches.
    struct Watched {
        QSocketNotifier* read = nullptr;
        QSocketNotifier* write = nullptr;
        QSocketNotifier* exception = nullptr;
        bool writeInKernel = false; // answered once already and still waiting for room
        quint32 kernelEvents = 0;   // the epoll events registered for it
    };

    // Tells the kernel what the descriptor's notifiers now want, if that changed; forgets a
    // descriptor without notifiers.
    void syncInterest(int fd);
    bool dispatchOptimisticWrites();
    // Milliseconds until the next timer is due (0 when one is), -1 when there is none.
    int msUntilNextTimer() const;
    bool fireDueTimers();
    bool dispatchSocketEvents(int ready);
    void drainWakeUps();

    int m_epoll = -1;
    int m_wakeFd = -1; // an eventfd: wakeUp() from any thread ends a wait
    QAtomicInt m_interrupted;
    QHash<int, Watched> m_sockets;
    QSet<int> m_optimisticWrites; // write notifiers enabled since the last turn
    QHash<int, Timer> m_timers;
    std::vector<::epoll_event> m_ready;
};

} // namespace lectern
