#include "livechannel.h"

#include "domain/events.h"
#include "livepayload.h"
#include "services/authservice.h"
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

// The payload field that holds the thing an event is about, whose state a later event of the
// same thing replaces in the replay buffer.
QString entityField(const QString& type) {
    if (type.startsWith(u"chat."))
        return QStringLiteral("message");
    if (type.startsWith(u"question."))
        return QStringLiteral("question");
    if (type.startsWith(u"participant."))
        return QStringLiteral("participant");
    if (type.startsWith(u"session."))
        return QStringLiteral("session");
    if (type == events::pollStarted || type == events::pollClosed)
        return QStringLiteral("poll");
    return {};
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
    , m_limits(limits)
    , m_presence(m_context, limits.presenceGrace) {
    if (m_context.events)
        connect(m_context.events, &EventBus::published, this, &LiveChannel::onPublished,
                Qt::QueuedConnection);
    m_pingTimer.setInterval(m_limits.pingInterval);
    connect(&m_pingTimer, &QTimer::timeout, this, &LiveChannel::pingAll);
    m_pingTimer.start();
    using namespace std::chrono_literals;
    m_recheckTimer.setInterval(std::min<std::chrono::milliseconds>(m_limits.recheckInterval, 1s));
    connect(&m_recheckTimer, &QTimer::timeout, this, &LiveChannel::recheckSome);
    m_recheckTimer.start();
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
    const ResumePoint resume = ResumePoint::of(url);
    const qint64 from = resume.since;
    const QString stream = resume.stream;
    const QString token = query.queryItemValue(QStringLiteral("token"));
    if (!token.isEmpty())
        return authorize(listener, token, from, stream);

    connect(listener, &LiveListener::tokenReceived, this,
            [this, listener, from, stream](const QString& sent) {
                authorize(listener, sent, from, stream);
            });
    listener->expectTokenWithin(m_limits.authTimeout);
}

void LiveChannel::authorize(LiveListener* listener, const QString& token, qint64 since,
                            const QString& stream) {
    if (listener->isListening())
        return;
    auto signIn = AuthService(m_context).signInOf(token);
    if (!signIn)
        return listener->refuse(signIn.error());
    const Id sessionId = listener->sessionId();
    if (auto member = SessionService(m_context).requireMembership(signIn->user, sessionId); !member)
        return listener->refuse(member.error());
    int& sockets = m_socketsPerUser[signIn->user.id];
    if (sockets >= m_limits.maxSocketsPerUser)
        return listener->refuse(Error::tooMany(
            QStringLiteral("You have %1 live connections open already; close one (another tab "
                           "or device) first")
                .arg(m_limits.maxSocketsPerUser),
            5));
    ++sockets;

    listener->startListening(*signIn);
    m_presence.connected(signIn->user.id, sessionId);
    m_recheckQueue.emplace_back(listener);
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
    if (event.type == events::accessChanged)
        return recheckUser(event.entityId);
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
    const QString field = entityField(event.type);
    const QJsonObject entity = payload->value(field).toObject();
    const QString key =
        entity.isEmpty()
            ? QString()
            : field + u'/' + QString::number(entity.value(QStringLiteral("id")).toInteger());
    events.refresh(key, field, entity);
    events.append(json, key);
    const QString text = QString::fromUtf8(json);
    for (LiveListener* listener : m_listeners.value(event.sessionId))
        listener->send(text);
    if (event.type == events::participantUpdated) {
        // Banned, or moderator rights changed: a banned student stops hearing the class at
        // once, not at their next reconnect.
        const Id userId = payload->value(QStringLiteral("participant"))
                              .toObject()
                              .value(QStringLiteral("user"))
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toInteger();
        recheckUser(userId, event.sessionId);
    }
}

void LiveChannel::recheck(LiveListener* listener) {
    if (!listener->isListening() || listener->isClosing())
        return;
    // A database away for a moment says nothing about the user: the socket stays, and the
    // next check decides.
    const auto refuseUnlessStorage = [listener](const Error& error) {
        if (error.code != ErrorCode::Storage && error.code != ErrorCode::Unavailable)
            listener->refuse(error);
    };
    auto signIn = AuthService(m_context).signInOf(listener->token());
    if (!signIn)
        return refuseUnlessStorage(signIn.error());
    if (auto member =
            SessionService(m_context).requireMembership(signIn->user, listener->sessionId());
        !member)
        return refuseUnlessStorage(member.error());
    listener->setUser(signIn->user);
}

void LiveChannel::recheckUser(Id userId, std::optional<Id> sessionId) {
    QList<LiveListener*> theirs;
    for (auto it = m_listeners.cbegin(); it != m_listeners.cend(); ++it) {
        if (sessionId && it.key() != *sessionId)
            continue;
        for (LiveListener* listener : it.value()) {
            if (listener->user().id == userId)
                theirs.append(listener);
        }
    }
    for (LiveListener* listener : std::as_const(theirs))
        recheck(listener);
}

// A share of the sockets each tick, so that every one is read again once per interval
// without a burst of thousands of reads at once.
void LiveChannel::recheckSome() {
    const qint64 ticks =
        std::max<qint64>(1, m_limits.recheckInterval.count() / m_recheckTimer.interval());
    qsizetype count = (qsizetype(m_recheckQueue.size()) + ticks - 1) / ticks;
    while (count-- > 0 && !m_recheckQueue.empty()) {
        QPointer<LiveListener> listener = m_recheckQueue.front();
        m_recheckQueue.pop_front();
        if (!listener || listener->isClosing())
            continue; // gone: not queued again
        m_recheckQueue.push_back(listener);
        recheck(listener);
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
    const QDateTime now = m_context.now();
    const auto sessions = m_listeners; // an abort drops its listener from m_listeners
    for (const auto& listeners : sessions) {
        for (LiveListener* listener : listeners)
            listener->keepAlive(now);
    }
}

void LiveChannel::drop(LiveListener* listener) {
    auto found = m_listeners.find(listener->sessionId());
    if (found != m_listeners.end() && found->removeOne(listener)) {
        if (found->isEmpty())
            m_listeners.erase(found);
        if (--m_socketsPerUser[listener->user().id] <= 0)
            m_socketsPerUser.remove(listener->user().id);
        m_presence.disconnected(listener->user().id, listener->sessionId());
    }
    listener->deleteLater();
}

} // namespace lectern::hub
