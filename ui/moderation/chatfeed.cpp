#include "chatfeed.h"

#include "chatmodel.h"
#include "domain/events.h"
#include "whendone.h"

namespace lectern::ui {

ChatFeed::ChatFeed(client::ConsoleApi& api, ChatModel* model, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_model(model) {
    connect(&m_api, &client::ConsoleApi::changed, this, &ChatFeed::onEvent);
    m_newerPaced.setSingleShot(true);
    connect(&m_newerPaced, &QTimer::timeout, this, [this] {
        if (m_newerWanted)
            fetchNewer();
    });
}

template <typename Done> void ChatFeed::fetch(const ChatQuery& query, Done done) {
    const quint64 generation = m_generation;
    whenDone(this, m_api.chatPage(m_sessionId, query),
             [this, generation, done = std::move(done)](const Result<ChatPage>& page) mutable {
                 if (generation != m_generation)
                     return;
                 if (page)
                     m_model->addNames(page->names);
                 else
                     Q_EMIT failed(page.error().message);
                 done(page);
             });
}

void ChatFeed::follow(Id sessionId) {
    ++m_generation;
    m_sessionId = sessionId;
    m_readingNewer = m_newerWanted = m_readingOlder = m_readingChanged = false;
    m_newerPaced.stop();
    m_lastNewerRead.invalidate();
    m_readingPinned = m_pinnedWanted = false;
    m_changed.clear();
    m_model->clear();
    m_reachedStart = true;
    if (!sessionId) {
        Q_EMIT pinnedChanged({});
        return;
    }
    // The newest page first; what arrives meanwhile is read after it.
    m_readingNewer = true;
    fetch(ChatQuery::newest(pageSize), [this](const Result<ChatPage>& batch) {
        m_readingNewer = false;
        if (batch) {
            m_reachedStart = batch->messages.size() < pageSize;
            m_model->append(batch->messages);
            Q_EMIT appended();
        }
        if (m_newerWanted)
            fetchNewer();
    });
    fetchPinned();
}

void ChatFeed::onEvent(const DomainEvent& event) {
    if (!m_sessionId)
        return;
    if (event.type == events::syncLost) {
        follow(m_sessionId);
        return;
    }
    if (event.sessionId != m_sessionId || !event.type.startsWith(QStringLiteral("chat.")))
        return;
    if (event.type == events::chatCreated) {
        fetchNewer();
        return;
    }
    // Deleted, pinned, liked or edited: read back what is shown.
    if (m_model->rowOf(event.entityId) >= 0) {
        m_changed.insert(event.entityId);
        fetchChanged();
    }
    if (event.type == events::chatPinned || event.type == events::chatDeleted)
        fetchPinned();
}

void ChatFeed::fetchNewer() {
    if (m_readingNewer || m_newerPaced.isActive()) {
        m_newerWanted = true;
        return;
    }
    // A busy chat is read at most every newerInterval: each read adds its rows in one go, and
    // the view lays out once per batch instead of once per message.
    if (m_lastNewerRead.isValid() && m_lastNewerRead.elapsed() < newerInterval.count()) {
        m_newerWanted = true;
        m_newerPaced.start(int(newerInterval.count() - m_lastNewerRead.elapsed()));
        return;
    }
    m_lastNewerRead.start();
    m_readingNewer = true;
    m_newerWanted = false;
    fetch(ChatQuery::after(m_model->lastId(), maxChatPage), [this](const Result<ChatPage>& batch) {
        m_readingNewer = false;
        if (batch && !batch->messages.isEmpty()) {
            m_model->append(batch->messages);
            Q_EMIT appended();
        }
        // A full page means more are waiting.
        if (m_newerWanted || (batch && batch->messages.size() == maxChatPage))
            fetchNewer();
    });
}

void ChatFeed::fetchChanged() {
    if (m_readingChanged || m_changed.isEmpty())
        return;
    m_readingChanged = true;
    QList<Id> ids(m_changed.cbegin(), m_changed.cend());
    ids = ids.mid(0, maxChatPage);
    for (Id id : std::as_const(ids))
        m_changed.remove(id);
    fetch(ChatQuery::withIds(ids), [this](const Result<ChatPage>& batch) {
        m_readingChanged = false;
        if (batch)
            m_model->update(batch->messages);
        fetchChanged();
    });
}

void ChatFeed::fetchPinned() {
    if (m_readingPinned) {
        m_pinnedWanted = true;
        return;
    }
    m_readingPinned = true;
    m_pinnedWanted = false;
    fetch(ChatQuery::pinned(), [this](const Result<ChatPage>& batch) {
        m_readingPinned = false;
        if (batch)
            Q_EMIT pinnedChanged(batch->messages);
        if (m_pinnedWanted)
            fetchPinned();
    });
}

void ChatFeed::trimOldest(int keep) {
    if (m_model->rowCount() <= keep)
        return;
    m_model->trimOldest(keep);
    m_reachedStart = false;
}

void ChatFeed::loadOlder() {
    if (m_readingOlder || m_reachedStart || !m_sessionId || m_model->isEmpty())
        return;
    m_readingOlder = true;
    fetch(ChatQuery::before(m_model->firstId(), pageSize), [this](const Result<ChatPage>& batch) {
        m_readingOlder = false;
        if (!batch)
            return;
        m_reachedStart = batch->messages.size() < pageSize;
        m_model->prepend(batch->messages);
        Q_EMIT prepended();
    });
}

} // namespace lectern::ui
