#include "hubthread.h"

#include "platform/epolleventdispatcher.h"

namespace lectern::hub {

HubThread::HubThread(ServiceContext context, HubConfig config)
    : m_context(std::move(context))
    , m_config(std::move(config)) {}

HubThread::~HubThread() {
    stop();
}

Result<quint16> HubThread::start(const QHostAddress& address, quint16 port) {
    if (m_server)
        return std::unexpected(Error::conflict(QStringLiteral("The hub is running already")));
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("hub"));
    m_thread->setEventDispatcher(new EpollEventDispatcher);
    m_onThread = std::make_unique<QObject>();
    m_onThread->moveToThread(m_thread.get());
    m_thread->start();
    // The hub is made on its thread, so its sockets and timers belong there.
    Result<quint16> listening = std::unexpected(Error::storage(QStringLiteral("No hub thread")));
    QMetaObject::invokeMethod(
        m_onThread.get(),
        [&] {
            auto server = std::make_unique<HubServer>(m_context, m_config);
            listening = server->listen(address, port);
            if (listening)
                m_server = server.release();
        },
        Qt::BlockingQueuedConnection);
    if (!listening)
        stop();
    return listening;
}

void HubThread::stop() {
    if (!m_thread)
        return;
    if (m_server) {
        QMetaObject::invokeMethod(
            m_onThread.get(),
            [this] {
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
    m_onThread.reset(); // its thread has ended: it may go from here
    m_thread.reset();
}

int HubThread::openConnections() const {
    if (!m_server)
        return 0;
    int open = 0;
    QMetaObject::invokeMethod(
        m_onThread.get(), [&] { open = m_server->openConnections(); },
        Qt::BlockingQueuedConnection);
    return open;
}

} // namespace lectern::hub
