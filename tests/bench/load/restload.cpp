#include "restload.h"

#include "hubclients.h"

#include "waituntil.h"
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimer>

#include <functional>

namespace lectern::load {
namespace {

struct Route {
    QString name;
    QByteArray verb;
    QString path; // %1 is the session
};

// What a participant's page asks for, weighted as it would: reads far more than writes.
const QList<Route>& routes() {
    static const QList<Route> all{
        {QStringLiteral("GET sessions/{id}"), "GET", QStringLiteral("/api/live/sessions/%1/")},
        {QStringLiteral("GET sessions/{id}/chat"), "GET",
         QStringLiteral("/api/live/sessions/%1/chat/?limit=50")},
        {QStringLiteral("GET sessions/{id}/questions"), "GET",
         QStringLiteral("/api/live/sessions/%1/questions/")},
        {QStringLiteral("GET sessions/{id}/polls"), "GET",
         QStringLiteral("/api/live/sessions/%1/polls/")},
        {QStringLiteral("GET upcoming"), "GET", QStringLiteral("/api/live/upcoming/")},
        {QStringLiteral("GET sessions/{id}/chat"), "GET",
         QStringLiteral("/api/live/sessions/%1/chat/?limit=50")},
        {QStringLiteral("GET sessions/{id}"), "GET", QStringLiteral("/api/live/sessions/%1/")},
        {QStringLiteral("GET sessions/{id}/questions"), "GET",
         QStringLiteral("/api/live/sessions/%1/questions/")},
        {QStringLiteral("GET sessions/{id}/polls"), "GET",
         QStringLiteral("/api/live/sessions/%1/polls/")},
        {QStringLiteral("POST sessions/{id}/chat/send"), "POST",
         QStringLiteral("/api/live/sessions/%1/chat/send/")},
    };
    return all;
}

} // namespace

RestLoadResult runRestLoad(Id sessionId, const QStringList& tokens, HubClients& clients,
                           const RestLoadOptions& options) {
    RestLoadResult result;
    QElapsedTimer clock;
    clock.start();
    const qint64 endMs = qint64(options.seconds) * 1000;
    int running = 0;
    std::function<void(int, qsizetype)> next = [&](int client, qsizetype step) {
        if (clock.elapsed() >= endMs) {
            --running;
            return;
        }
        const Route& route = routes().at(step % routes().size());
        const qint64 startedMicros = clock.nsecsElapsed() / 1000;
        QJsonObject body;
        if (route.verb == "POST")
            body.insert(QStringLiteral("content"), QStringLiteral("rest load %1").arg(step));
        const QString path = route.path.contains(u'%') ? route.path.arg(sessionId) : route.path;
        clients.send(
            client, route.verb, path, tokens.at(client), body,
            [&, client, step, startedMicros, name = route.name](int status, const QByteArray&) {
                const qint64 micros = clock.nsecsElapsed() / 1000 - startedMicros;
                ++result.requests;
                if (status < 200 || status >= 300)
                    ++result.failed;
                result.latencyMicros.push_back(micros);
                result.latencyByRoute[name].push_back(micros);
                QTimer::singleShot(options.thinkMs, [&, client, step] { next(client, step + 1); });
            });
    };
    for (int client = 0; client < options.clients; ++client) {
        ++running;
        // Spread the first requests over one think time, as real clients would arrive.
        QTimer::singleShot(options.thinkMs * client / options.clients,
                           [&, client] { next(client, client); });
    }
    if (!waitUntil([&] { return running == 0; }, endMs + 60'000))
        qWarning("Some clients were still waiting a minute after the end");
    result.requestsPerSecond = double(result.requests) / (double(clock.elapsed()) / 1000.0);
    return result;
}

} // namespace lectern::load
