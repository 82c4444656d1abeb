#include "presence.h"

#include "domain/events.h"
#include "services/participationservice.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPresence, "lectern.presence")

namespace lectern::hub {

Presence::Presence(ServiceContext context, std::chrono::milliseconds grace, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_grace(grace) {
    if (m_context.events)
        connect(m_context.events, &EventBus::published, this, &Presence::onPublished,
                Qt::QueuedConnection);
    expectOpenStintsBack();
}

void Presence::expectOpenStintsBack() {
    auto open = ParticipationService(m_context).openStintsInLiveSessions();
    if (!open) {
        qCWarning(lcPresence, "could not read the open stints: %s",
                  qPrintable(open.error().message));
        return;
    }
    const QDateTime now = m_context.now();
    for (const SessionParticipant& participant : *open)
        startGrace(Key{participant.userId, participant.sessionId}, now);
}

Presence::~Presence() = default;

void Presence::connected(Id userId, Id sessionId) {
    const Key key{userId, sessionId};
    ++m_open[key];
    // Back within the grace period: the stint never ended.
    if (stopAwaiting(key))
        return;
    if (auto resumed = ParticipationService(m_context).presenceResumed(userId, sessionId); !resumed)
        qCWarning(lcPresence, "could not resume a stint: %s", qPrintable(resumed.error().message));
}

void Presence::disconnected(Id userId, Id sessionId) {
    const Key key{userId, sessionId};
    auto open = m_open.find(key);
    if (open == m_open.end())
        return;
    if (--open.value() > 0)
        return; // another tab or device is still there
    m_open.erase(open);
    startGrace(key, m_context.now());
}

void Presence::onPublished(const DomainEvent& event) {
    if (event.type == events::participantUpdated) {
        // Another process (a hub restarting) may have ended a stint whose socket is here.
        auto participant = ParticipationService(m_context).participantForBroadcast(event.entityId);
        if (participant && participant->status == ParticipantStatus::Joined &&
            !participant->stintStartedAt.isValid() &&
            m_open.contains(Key{participant->userId, participant->sessionId}))
            (void)ParticipationService(m_context).presenceResumed(participant->userId,
                                                                  participant->sessionId);
        return;
    }
    // A join over REST: present only as long as a socket follows within the grace period.
    if (event.type != events::participantJoined || event.remote)
        return;
    auto participant = ParticipationService(m_context).participantForBroadcast(event.entityId);
    if (!participant || !participant->stintStartedAt.isValid())
        return; // a registration before the start, or gone already
    const Key key{participant->userId, participant->sessionId};
    if (!m_open.contains(key) && !m_awaiting.contains(key))
        startGrace(key, participant->stintStartedAt.addMSecs(m_grace.count()));
}

void Presence::startGrace(const Key& key, const QDateTime& at) {
    stopAwaiting(key);
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(m_grace);
    connect(timer, &QTimer::timeout, this, [this, key, at] {
        stopAwaiting(key);
        if (auto lost = ParticipationService(m_context).presenceLost(key.user, key.session, at);
            !lost)
            qCWarning(lcPresence, "could not end a stint: %s", qPrintable(lost.error().message));
    });
    m_awaiting.insert(key, timer);
    timer->start();
}

bool Presence::stopAwaiting(const Key& key) {
    QTimer* timer = m_awaiting.take(key);
    if (!timer)
        return false;
    timer->stop();
    timer->deleteLater(); // perhaps from inside its own timeout
    return true;
}

} // namespace lectern::hub
