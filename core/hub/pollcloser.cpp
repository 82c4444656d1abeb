#include "pollcloser.h"

#include "services/pollservice.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPollCloser, "lectern.polls")

namespace lectern::hub {

PollCloser::PollCloser(ServiceContext context, std::chrono::milliseconds interval, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context)) {
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &PollCloser::closeExpired);
    m_timer.start();
}

void PollCloser::closeExpired() {
    // A database that is away is tried again on the next tick; the database's own log says
    // once that it went.
    if (auto closed = PollService(m_context).closeExpiredPolls();
        !closed && closed.error().code != ErrorCode::Unavailable)
        qCWarning(lcPollCloser, "could not close timed polls: %s",
                  qPrintable(closed.error().message));
}

} // namespace lectern::hub
