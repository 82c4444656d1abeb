#include "chatload.h"

#include "hubclients.h"

#include "waituntil.h"
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimer>
#include <QWebSocket>

#include <memory>

namespace lectern::load {
namespace {

// Sockets opened at once while connecting, so the listen backlog never overflows.
constexpr int connectWave = 200;
// How long stragglers may take after the last message is sent.
constexpr int drainMs = 10'000;

// The number in a chat.created frame for "load N", or -1. Frames are compact JSON, so the
// marker is found without parsing what every socket receives.
qint64 loadMessageNumber(QStringView frame) {
    static const QString marker = QStringLiteral("\"content\":\"load ");
    const qsizetype at = frame.indexOf(marker);
    if (at < 0)
        return -1;
    const QStringView digits = frame.mid(at + marker.size());
    const qsizetype end = digits.indexOf(u'"');
    bool isNumber = false;
    const qint64 number = digits.left(end).toLongLong(&isNumber);
    return isNumber ? number : -1;
}

} // namespace

ChatLoadResult runChatLoad(quint16 port, Id sessionId, const QStringList& tokens,
                           HubClients& clients, const ChatLoadOptions& options,
                           const std::function<void()>& connected) {
    ChatLoadResult result;
    QElapsedTimer clock;
    clock.start();
    std::vector<qint64> sentAtMicros;
    qint64 hellos = 0;
    qint64 lastDeliveryMicros = 0;

    std::vector<std::unique_ptr<QWebSocket>> sockets;
    sockets.reserve(size_t(tokens.size()));
    const auto onFrame = [&](const QString& frame) {
        if (frame.contains(QStringLiteral("\"type\":\"hello\""))) {
            ++hellos;
            return;
        }
        const qint64 number = loadMessageNumber(frame);
        if (number < 0 || number >= qint64(sentAtMicros.size()))
            return;
        lastDeliveryMicros = clock.nsecsElapsed() / 1000;
        result.latencyMicros.push_back(lastDeliveryMicros - sentAtMicros[size_t(number)]);
        ++result.delivered;
    };
    const qint64 connectStart = clock.elapsed();
    for (qsizetype first = 0; first < tokens.size(); first += connectWave) {
        const qsizetype last = std::min(tokens.size(), first + connectWave);
        for (qsizetype i = first; i < last; ++i) {
            auto socket = std::make_unique<QWebSocket>();
            QObject::connect(socket.get(), &QWebSocket::textMessageReceived, onFrame);
            socket->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/live/sessions/%2/ws?token=%3")
                                  .arg(port)
                                  .arg(sessionId)
                                  .arg(tokens.at(i))));
            sockets.push_back(std::move(socket));
        }
        if (!waitUntil([&] { return hellos == last; }, 60'000))
            qFatal("Only %lld of %lld sockets were let in", qlonglong(hellos), qlonglong(last));
    }
    result.connectSeconds = double(clock.elapsed() - connectStart) / 1000.0;
    connected();

    // Each sender posts at most once a second: the hub allows ten messages in ten seconds.
    const int senders = std::min<int>(int(tokens.size()), options.messagesPerSecond);
    const qint64 total = qint64(options.messagesPerSecond) * options.seconds;
    result.expected = total * qint64(tokens.size());
    result.latencyMicros.reserve(size_t(result.expected));
    sentAtMicros.reserve(size_t(total));
    const qint64 sendStartMicros = clock.nsecsElapsed() / 1000;
    qint64 answered = 0;
    QTimer pacer;
    pacer.setInterval(2);
    QObject::connect(&pacer, &QTimer::timeout, [&] {
        const qint64 elapsedMicros = clock.nsecsElapsed() / 1000 - sendStartMicros;
        const qint64 due =
            std::min(total, elapsedMicros * options.messagesPerSecond / 1'000'000 + 1);
        while (qint64(sentAtMicros.size()) < due) {
            const qint64 number = qint64(sentAtMicros.size());
            const int sender = int(number % senders);
            sentAtMicros.push_back(clock.nsecsElapsed() / 1000);
            clients.send(
                sender, "POST", QStringLiteral("/api/live/sessions/%1/chat/send/").arg(sessionId),
                tokens.at(sender),
                QJsonObject{{QStringLiteral("content"), QStringLiteral("load %1").arg(number)}},
                [&](int status, const QByteArray&) {
                    ++answered;
                    if (status != 201)
                        ++result.refused;
                });
        }
        if (qint64(sentAtMicros.size()) == total)
            pacer.stop();
    });
    pacer.start();
    if (!waitUntil([&] { return !pacer.isActive() && answered == total; },
                   options.seconds * 1000 + 60'000))
        qWarning("Not every message was answered");
    result.sent = qint64(sentAtMicros.size());
    const qint64 due = result.expected - result.refused * qint64(tokens.size());
    if (!waitUntil([&] { return result.delivered >= due; }, drainMs))
        qWarning("Deliveries were still missing %d s after the last message", drainMs / 1000);
    const double spanSeconds = double(lastDeliveryMicros - sendStartMicros) / 1e6;
    result.deliveriesPerSecond = spanSeconds > 0 ? double(result.delivered) / spanSeconds : 0;
    for (auto& socket : sockets)
        socket->abort();
    return result;
}

} // namespace lectern::load
