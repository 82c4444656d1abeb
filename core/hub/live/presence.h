#pragma once

#include "services/servicecontext.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace lectern::hub {

// Turns participants' live-channel sockets into attendance (what admins certify): while a
// socket of theirs is open in a session they are present; when the last one has been gone for
// the grace period without a new one, their stint ends at the moment it dropped, and a later
// socket starts a new one. A join over REST that no socket follows counts until the grace
// period passes. A hub that starts gives everyone in a live session the grace period to come
// back (their sockets went with the hub before); one whose stint another process ended while
// their socket is here is resumed.
class Presence : public QObject {
    Q_OBJECT

public:
    Presence(ServiceContext context, std::chrono::milliseconds grace, QObject* parent = nullptr);
    ~Presence() override;

    // A socket of the user's was let into the session's channel.
    void connected(Id userId, Id sessionId);
    // One of the user's sockets in the session closed.
    void disconnected(Id userId, Id sessionId);

private:
    struct Key {
        Id user = 0;
        Id session = 0;
        friend bool operator==(const Key&, const Key&) = default;
        friend size_t qHash(const Key& key, size_t seed = 0) {
            return qHashMulti(seed, key.user, key.session);
        }
    };
    void onPublished(const DomainEvent& event);
    void expectOpenStintsBack();
    // The user has no socket in the session: unless one comes within the grace period, their
    // stint ends at `at` (when the last dropped; for a REST join, when the grace ends).
    void startGrace(const Key& key, const QDateTime& at);
    // Stops waiting for the user's return; false when nobody was awaited.
    bool stopAwaiting(const Key& key);

    ServiceContext m_context;
    std::chrono::milliseconds m_grace;
    QHash<Key, int> m_open;         // open sockets
    QHash<Key, QTimer*> m_awaiting; // gone, within the grace period (timers are children)
};

} // namespace lectern::hub
