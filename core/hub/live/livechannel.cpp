#include "livechannel.h"

#include "livepayload.h"
#include "services/authservice.h"
#include "services/events.h"
#include "services/sessionservice.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace lectern::hub {

namespace {

std::optional<Id> sessionIdFromPath(const QString& path) {
    static const QRegularExpression pattern(
        QStringLiteral("^/api/live/sessions/(\\d{1,18})/ws/?$"));
    const auto match = pattern.match(path);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

int defaultPort(const QString& scheme) {
    return scheme == u"https" || scheme == u"wss" ? 443 : 80;
}

// A browser always sends Origin; a page from elsewhere must not ride on a student's token.
// Programs that send none (the load generator, curl) are not browsers and are let in.
bool fromOwnOrigin(const QWebSocket& socket, bool tls) {
    if (socket.origin().isEmpty())
        return true;
    const QUrl origin(socket.origin());
    const QUrl own = socket.requestUrl(); // ws://Host/path, from the request's Host
    const QString ownScheme = tls ? QStringLiteral("https") : QStringLiteral("http");
    return origin.scheme() == ownScheme &&
           origin.host().compare(own.host(), Qt::CaseInsensitive) == 0 &&
           origin.port(defaultPort(origin.scheme())) == own.port(defaultPort(ownScheme));
}

} // namespace

LiveChannel::LiveChannel(ServiceContext context, const Limits& limits, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_limits(limits) {
    if (m_context.events)
        connect(m_context.events, &EventBus::published, this, &LiveChannel::onPublished,
                Qt::QueuedConnection);
    m_pingTimer.setInterval(m_limits.pingInterval);
    connect(&m_pingTimer, &QTimer::timeout, this, &LiveChannel::pingAll);
    m_pingTimer.start();
}

LiveChannel::~LiveChannel() = default;

void LiveChannel::accept(std::unique_ptr<QWebSocket> socket) {
    const QUrl url = socket->requestUrl();
    const auto sessionId = sessionIdFromPath(url.path());
    const bool ownOrigin = fromOwnOrigin(*socket, m_tls);
    auto* listener =
        new LiveListener(std::move(socket), sessionId.value_or(0), m_limits.listener, this);
    connect(listener, &LiveListener::gone, this, [this, listener] { drop(listener); });
    if (!sessionId)
        return listener->refuse(Error::notFound(QStringLiteral("No such live channel")));
    if (!ownOrigin)
        return listener->refuse(
            Error::forbidden(QStringLiteral("The page is not from this hub (Origin)")));

    const QUrlQuery query(url);
    bool sinceGiven = false;
    const qint64 since = query.queryItemValue(QStringLiteral("since")).toLongLong(&sinceGiven);
    const QString stream = query.queryItemValue(QStringLiteral("stream"));
    const qint64 from = sinceGiven ? since : -1;
    const QString token = query.queryItemValue(QStringLiteral("token"));
    if (!token.isEmpty())
        return authorize(listener, token, from, stream);

    connect(listener, &LiveListener::tokenReceived, this,
            [this, listener, from, stream](const QString& sent) {
                authorize(listener, sent, from, stream);
            });
    QTimer::singleShot(m_limits.authTimeout, listener, [listener] {
        if (!listener->isListening())
            listener->refuse(Error::unauthorized(QStringLiteral("No token in time")));
    });
}

void LiveChannel::authorize(LiveListener* listener, const QString& token, qint64 since,
                            const QString& stream) {
    if (listener->isListening())
        return;
    auto user = AuthService(m_context).userForToken(token);
    if (!user)
        return listener->refuse(user.error());
    const Id sessionId = listener->sessionId();
    if (auto member = SessionService(m_context).requireMembership(*user, sessionId); !member)
        return listener->refuse(member.error());

    listener->startListening(*user);
    auto kept = m_streams.find(sessionId);
    if (kept == m_streams.end())
        kept = m_streams.emplace(sessionId, m_limits.replayCapacity);
    SessionStream& events = kept.value();
    m_listeners[sessionId].append(listener);
    listener->send(compact({{QStringLiteral("type"), QStringLiteral("hello")},
                            {QStringLiteral("session_id"), sessionId},
                            {QStringLiteral("seq"), events.lastSeq()},
                            {QStringLiteral("stream"), m_streamId}}));
    if (since < 0)
        return;
    const auto missed = stream == m_streamId ? events.since(since) : std::nullopt;
    if (!missed) {
        // Numbered by another process or from before a restart, or dropped out already.
        listener->send(compact({{QStringLiteral("type"), QStringLiteral("resync")},
                                {QStringLiteral("session_id"), sessionId},
                                {QStringLiteral("seq"), events.lastSeq()}}));
        return;
    }
    for (const SessionStream::Event& event : *missed)
        listener->send(QString::fromUtf8(event.json));
}

void LiveChannel::onPublished(const DomainEvent& event) {
    if (event.type == events::syncLost)
        return resyncAll();
    if (!m_streams.contains(event.sessionId) || !isStreamed(event.type))
        return;
    if (event.type == events::pollResults)
        return throttlePollResults(event);
    broadcast(event);
}

// Votes can arrive by the hundred a second; the bars need ten updates a second at most. The
// first change goes out at once, later ones wait for the interval and go out as one, read then.
void LiveChannel::throttlePollResults(const DomainEvent& event) {
    PollThrottle& throttle = m_pollThrottles[event.entityId];
    if (throttle.pending)
        return;
    const qint64 interval = m_limits.pollResultsInterval.count();
    if (!throttle.sinceLastSent.isValid() || throttle.sinceLastSent.elapsed() >= interval) {
        throttle.sinceLastSent.start();
        return broadcast(event);
    }
    throttle.pending = true;
    QTimer::singleShot(interval - throttle.sinceLastSent.elapsed(), this, [this, event] {
        PollThrottle& later = m_pollThrottles[event.entityId];
        later.pending = false;
        later.sinceLastSent.start();
        broadcast(event);
    });
}

void LiveChannel::broadcast(const DomainEvent& event) {
    auto payload = livePayload(m_context, event);
    if (!payload)
        return;
    SessionStream& events = m_streams.find(event.sessionId).value();
    payload->insert(QStringLiteral("seq"), events.nextSeq());
    const QByteArray json = QJsonDocument(*payload).toJson(QJsonDocument::Compact);
    events.append(json);
    const QString text = QString::fromUtf8(json);
    for (LiveListener* listener : m_listeners.value(event.sessionId))
        listener->send(text);
    if (event.type == events::participantUpdated)
        kickBanned(event.sessionId, *payload);
}

// A banned student stops hearing the class at once, not at their next reconnect.
void LiveChannel::kickBanned(Id sessionId, const QJsonObject& payload) {
    const QJsonObject participant = payload.value(QStringLiteral("participant")).toObject();
    if (participant.value(QStringLiteral("status")).toString() !=
        enumName(ParticipantStatus::Banned))
        return;
    const Id userId = participant.value(QStringLiteral("user"))
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toInteger();
    for (LiveListener* listener : m_listeners.value(sessionId)) {
        if (listener->user().id == userId)
            listener->refuse(
                Error::forbidden(QStringLiteral("You were removed from this session")));
    }
}

// Events may have passed unseen (team sync was cut off): every listener reloads.
void LiveChannel::resyncAll() {
    for (auto it = m_listeners.cbegin(); it != m_listeners.cend(); ++it) {
        // Every session with listeners has its stream: authorize() made it.
        const QString resync =
            compact({{QStringLiteral("type"), QStringLiteral("resync")},
                     {QStringLiteral("session_id"), it.key()},
                     {QStringLiteral("seq"), m_streams.constFind(it.key())->lastSeq()}});
        for (LiveListener* listener : it.value())
            listener->send(resync);
    }
}

void LiveChannel::pingAll() {
    const auto sessions = m_listeners; // an abort drops its listener from m_listeners
    for (const auto& listeners : sessions) {
        for (LiveListener* listener : listeners) {
            if (!listener->ping())
                listener->abort();
        }
    }
}

void LiveChannel::drop(LiveListener* listener) {
    auto found = m_listeners.find(listener->sessionId());
    if (found != m_listeners.end()) {
        found->removeOne(listener);
        if (found->isEmpty())
            m_listeners.erase(found);
    }
    listener->deleteLater();
}

} // namespace lectern::hub
