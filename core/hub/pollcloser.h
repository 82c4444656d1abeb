#pragma once

#include "services/servicecontext.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace lectern::hub {

// Closes timed polls when their time is up, in the database, so that `poll.closed` goes out
// on the live channel then and the page's Vote button goes with it: a poll's end is a moment,
// not something a client has to notice.
class PollCloser : public QObject {
    Q_OBJECT

public:
    explicit PollCloser(ServiceContext context,
                        std::chrono::milliseconds interval = std::chrono::seconds(1),
                        QObject* parent = nullptr);

private:
    void closeExpired();

    ServiceContext m_context;
    QTimer m_timer;
};

} // namespace lectern::hub
