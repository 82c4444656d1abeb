#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <deque>
#include <optional>

namespace lectern::hub {

// One session's numbered events, newest last, with the latest few kept so that a client that
// reconnects can be sent what it missed.
class SessionStream {
public:
    struct Event {
        qint64 seq = 0;
        QByteArray json; // the whole message, seq included
        QString entity;  // what it is about, "message/12", or empty
    };

    explicit SessionStream(qsizetype capacity)
        : m_capacity(capacity) {}

    qint64 lastSeq() const { return m_lastSeq; }
    qint64 nextSeq() const { return m_lastSeq + 1; }
    // Records an event numbered nextSeq(); the oldest drops out beyond the capacity.
    void append(QByteArray json, QString entity = {});
    // Every kept event about `entity` now carries `current` as its `field`: a replay shows
    // what a student may see now, never the text of a message deleted or edited since.
    void refresh(const QString& entity, const QString& field, const QJsonObject& current);
    // The events after `seq`, oldest first; nothing (not an empty list) when some of them have
    // dropped out already or `seq` is ahead of the stream, so the client must reload instead.
    std::optional<QList<Event>> since(qint64 seq) const;

private:
    qsizetype m_capacity;
    qint64 m_lastSeq = 0;
    std::deque<Event> m_recent;
};

} // namespace lectern::hub
