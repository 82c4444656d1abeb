#pragma once

#include "hubserver.h"

#include <QThread>

namespace lectern::hub {

// A hub on a thread of its own, as the console runs one while a session is live: the window's
// thread only paints, and the hub's sockets, timers and database connection live here (on
// the epoll event loop). Events the window's services publish reach its live channel queued.
class HubThread {
public:
    HubThread(ServiceContext context, HubConfig config = {});
    ~HubThread();
    HubThread(const HubThread&) = delete;
    HubThread& operator=(const HubThread&) = delete;

    // Starts the thread and the hub on it, listening on `address`:`port` (0: a free port).
    Result<quint16> start(const QHostAddress& address, quint16 port);
    // Closes every connection and ends the thread; start() may follow.
    void stop();
    bool isRunning() const { return m_server != nullptr; }
    // Client connections open now (see HubServer::openConnections).
    int openConnections() const;
    const QThread* thread() const { return m_thread.get(); }

private:
    ServiceContext m_context;
    HubConfig m_config;
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QObject> m_onThread; // what work for the thread is queued to
    HubServer* m_server = nullptr;       // lives on m_thread
};

} // namespace lectern::hub
