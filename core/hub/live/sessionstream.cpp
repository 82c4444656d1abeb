#include "sessionstream.h"

#include <QJsonDocument>

namespace lectern::hub {

void SessionStream::append(QByteArray json, QString entity) {
    m_recent.push_back(Event{++m_lastSeq, std::move(json), std::move(entity)});
    while (qsizetype(m_recent.size()) > m_capacity)
        m_recent.pop_front();
}

void SessionStream::refresh(const QString& entity, const QString& field,
                            const QJsonObject& current) {
    if (entity.isEmpty())
        return;
    for (Event& event : m_recent) {
        if (event.entity != entity)
            continue;
        QJsonObject message = QJsonDocument::fromJson(event.json).object();
        message.insert(field, current);
        event.json = QJsonDocument(message).toJson(QJsonDocument::Compact);
    }
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
