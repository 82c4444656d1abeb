#include "consolechannel.h"

#include "domain/events.h"
#include "services/sessionservice.h"
#include "wire/types.h"

namespace lectern::hub {

namespace {
const QString consolePath = QStringLiteral("/api/console/events");
}

ConsoleChannel::ConsoleChannel(ServiceContext context, const Limits& limits, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_limits(limits) {
    if (m_context.events)
        connect(m_context.events, &EventBus::published, this, &ConsoleChannel::onPublished,
                Qt::QueuedConnection);
    m_pingTimer.setInterval(m_limits.pingInterval);
    connect(&m_pingTimer, &QTimer::timeout, this, &ConsoleChannel::pingAll);
    m_pingTimer.start();
}

ConsoleChannel::~ConsoleChannel() = default;

bool ConsoleChannel::isConsolePath(const QString& path) {
    return path == consolePath || path == consolePath + u'/';
}

void ConsoleChannel::accept(std::unique_ptr<QWebSocket> socket) {
    const ResumePoint resume = ResumePoint::of(socket->requestUrl());
    // Consoles are programs, not pages: a browser's socket (it always sends Origin) is not
    // let ride on a token a page may have.
    const bool fromBrowser = !socket->origin().isEmpty();
    auto* listener = new LiveListener(std::move(socket), 0, m_limits.listener, this);
    connect(listener, &LiveListener::gone, this, [this, listener] { drop(listener); });
    if (fromBrowser)
        return listener->refuse(
            Error::forbidden(QStringLiteral("The console channel is for Lectern consoles")));
    connect(listener, &LiveListener::tokenReceived, this,
            [this, listener, resume](const QString& token) {
                authorize(listener, token, resume.since, resume.stream);
            });
    listener->expectTokenWithin(m_limits.authTimeout);
}

void ConsoleChannel::authorize(LiveListener* listener, const QString& token, qint64 since,
                               const QString& stream) {
    if (listener->isListening())
        return;
    auto signIn = AuthService(m_context).signInOf(token);
    if (!signIn)
        return listener->refuse(signIn.error());
    int& sockets = m_socketsPerUser[signIn->user.id];
    if (sockets >= m_limits.maxSocketsPerUser)
        return listener->refuse(
            Error::tooMany(QStringLiteral("You have %1 consoles connected already")
                               .arg(m_limits.maxSocketsPerUser),
                           5));
    ++sockets;
    listener->startListening(*signIn);
    Console& console = m_consoles[listener];
    console.listener = listener;
    if (auto read = readWhatItSees(console); !read)
        return listener->refuse(read.error());
    listener->send(compact({{QStringLiteral("type"), QStringLiteral("hello")},
                            {QStringLiteral("seq"), m_lastSeq},
                            {QStringLiteral("stream"), m_streamId}}));
    if (since < 0)
        return;
    // What it missed is still here only if the oldest kept event is at most the next it needs.
    const bool covered =
        stream == m_streamId && since <= m_lastSeq &&
        (since == m_lastSeq || (!m_recent.empty() && m_recent.front().seq <= since + 1));
    if (!covered)
        return sendResync(listener);
    for (const Kept& kept : m_recent) {
        if (kept.seq > since && mayHear(console, kept.event))
            listener->send(kept.text);
    }
}

Status ConsoleChannel::readWhatItSees(Console& console) {
    auto sessions = SessionService(m_context).listSessions(console.listener->user(), {});
    if (!sessions)
        return std::unexpected(sessions.error());
    console.sees.clear();
    console.unseen.clear();
    const User& user = console.listener->user();
    for (const LiveSession& session : *sessions) {
        // A student sees the sessions of their courses, but one that removed them is not
        // theirs to hear (staff are never removed).
        const bool hears = user.role != Role::Student ||
                           SessionService(m_context).requireMembership(user, session.id);
        (hears ? console.sees : console.unseen).insert(session.id);
    }
    return {};
}

bool ConsoleChannel::mayHear(Console& console, const DomainEvent& event) {
    if (event.sessionId == 0)
        return false; // about a user, not a session: nothing a console shows
    if (event.type == events::sessionDeleted) {
        // The row is gone: those who saw it hear, and it is out of their sight from now.
        return console.sees.remove(event.sessionId);
    }
    // Read again when the session changed, or someone's standing in it did (a ban).
    const bool changed = event.type == events::sessionCreated ||
                         event.type == events::sessionUpdated ||
                         event.type == events::participantUpdated;
    if (!changed && console.sees.contains(event.sessionId))
        return true;
    if (!changed && console.unseen.contains(event.sessionId))
        return false;
    // Read once: a new session, one changed (its course or host), or one not met before.
    const bool sees = SessionService(m_context)
                          .requireMembership(console.listener->user(), event.sessionId)
                          .has_value();
    (sees ? console.sees : console.unseen).insert(event.sessionId);
    (sees ? console.unseen : console.sees).remove(event.sessionId);
    return sees;
}

void ConsoleChannel::onPublished(const DomainEvent& event) {
    if (event.type == events::syncLost) {
        for (Console& console : m_consoles)
            if (console.listener->isListening())
                sendResync(console.listener);
        return;
    }
    if (event.type == events::accessChanged) {
        // Their courses or role changed: what they see is read again, and they reload.
        for (Console& console : m_consoles) {
            if (console.listener->isListening() && console.listener->user().id == event.entityId) {
                if (auto read = readWhatItSees(console); !read)
                    continue;
                sendResync(console.listener);
            }
        }
        return;
    }
    QJsonObject message = wire::encode(event).toObject();
    message.insert(QStringLiteral("seq"), ++m_lastSeq);
    const Kept kept{m_lastSeq, event, compact(message)};
    m_recent.push_back(kept);
    while (qsizetype(m_recent.size()) > m_limits.replayCapacity)
        m_recent.pop_front();
    for (Console& console : m_consoles) {
        if (console.listener->isListening() && mayHear(console, event))
            console.listener->send(kept.text);
    }
}

void ConsoleChannel::sendResync(LiveListener* listener) {
    listener->send(compact({{QStringLiteral("type"), QStringLiteral("resync")},
                            {QStringLiteral("seq"), m_lastSeq},
                            {QStringLiteral("stream"), m_streamId}}));
}

void ConsoleChannel::pingAll() {
    const QDateTime now = m_context.now();
    const QList<LiveListener*> listeners = m_consoles.keys(); // a refusal may drop one
    for (LiveListener* listener : listeners) {
        if (listener->isListening())
            listener->keepAlive(now);
    }
}

void ConsoleChannel::drop(LiveListener* listener) {
    if (m_consoles.remove(listener) && listener->isListening()) {
        if (--m_socketsPerUser[listener->user().id] <= 0)
            m_socketsPerUser.remove(listener->user().id);
    }
    listener->deleteLater();
}

} // namespace lectern::hub
