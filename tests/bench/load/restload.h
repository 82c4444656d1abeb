#pragma once

#include "domain/user.h"

#include <QMap>
#include <QStringList>

#include <vector>

namespace lectern::load {

class HubClients;

struct RestLoadOptions {
    int clients = 200;
    int thinkMs = 100; // each client's pause between its answer and its next request
    int seconds = 10;
};

struct RestLoadResult {
    qint64 requests = 0, failed = 0;
    double requestsPerSecond = 0;
    std::vector<qint64> latencyMicros;
    QMap<QString, std::vector<qint64>> latencyByRoute;
};

// `clients` students at once, each requesting the routes a participant's page uses (session,
// chat, questions, polls, sending chat) one after another for `seconds`.
RestLoadResult runRestLoad(Id sessionId, const QStringList& tokens, HubClients& clients,
                           const RestLoadOptions& options);

} // namespace lectern::load
