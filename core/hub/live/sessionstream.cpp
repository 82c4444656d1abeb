#include "sessionstream.h"

namespace lectern::hub {

void SessionStream::append(QByteArray json) {
    m_recent.push_back(Event{++m_lastSeq, std::move(json)});
    while (qsizetype(m_recent.size()) > m_capacity)
        m_recent.pop_front();
}

std::optional<QList<SessionStream::Event>> SessionStream::since(qint64 seq) const {
    if (seq < 0 || seq > m_lastSeq)
        return std::nullopt;
    const qint64 oldestKept = m_recent.empty() ? m_lastSeq + 1 : m_recent.front().seq;
    if (seq + 1 < oldestKept)
        return std::nullopt;
    QList<Event> missed;
    for (const Event& event : m_recent) {
        if (event.seq > seq)
            missed.append(event);
    }
    return missed;
}

} // namespace lectern::hub
