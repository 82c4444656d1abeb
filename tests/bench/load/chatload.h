#pragma once

#include "domain/user.h"

#include <functional>
#include <vector>

#include <QStringList>

namespace lectern::load {

class HubClients;

struct ChatLoadOptions {
    int participants = 1000;
    int messagesPerSecond = 100;
    int seconds = 10;
};

// What a chat run measured: every message sent is due at every participant's socket.
struct ChatLoadResult {
    qint64 sent = 0, refused = 0;
    qint64 expected = 0, delivered = 0;
    double connectSeconds = 0;
    double deliveriesPerSecond = 0;
    std::vector<qint64> latencyMicros; // one per delivery, from the POST to the frame
};

// Opens one live-channel WebSocket per token, then has students post chat over REST at the
// set rate (each student at most one message a second, inside the hub's chat limit) and
// times each message's arrival at every socket. `connected` runs once every socket is in,
// before the first message.
ChatLoadResult runChatLoad(quint16 port, Id sessionId, const QStringList& tokens,
                           HubClients& clients, const ChatLoadOptions& options,
                           const std::function<void()>& connected);

} // namespace lectern::load
