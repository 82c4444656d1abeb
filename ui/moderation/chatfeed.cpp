#include "chatfeed.h"

#include "chatmodel.h"
#include "corecall.h"
#include "domain/events.h"
#include "services/chatservice.h"
#include "services/userservice.h"

namespace lectern::ui {

ChatFeed::ChatFeed(ServiceContext context, User user, ChatModel* model, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_user(std::move(user))
    , m_model(model) {
    if (m_context.events)
        connect(m_context.events, &EventBus::published, this, &ChatFeed::onEvent);
    m_newerPaced.setSingleShot(true);
    connect(&m_newerPaced, &QTimer::timeout, this, [this] {
        if (m_newerWanted)
            fetchNewer();
    });
}

template <typename Read, typename Done> void ChatFeed::fetch(Read read, Done done) {
    const quint64 generation = m_generation;
    callCore(
        this,
        [context = m_context, user = m_user, sessionId = m_sessionId, named = m_named,
         read = std::move(read)]() -> Result<Batch> {
            Batch batch;
            auto messages = read(ChatService(context), user, sessionId);
            if (!messages)
                return std::unexpected(messages.error());
            batch.messages = std::move(*messages);
            QList<Id> unknown;
            for (const LiveChatMessage& message : std::as_const(batch.messages)) {
                if (!named.contains(message.userId) && !unknown.contains(message.userId))
                    unknown << message.userId;
            }
            if (!unknown.isEmpty()) {
                const auto users = UserService(context).usersById(unknown);
                if (users) {
                    for (const User& author : *users)
                        batch.names.insert(author.id, author.name);
                }
            }
            return batch;
        },
        [this, generation, done = std::move(done)](const Result<Batch>& batch) mutable {
            if (generation != m_generation)
                return;
            if (batch) {
                for (auto it = batch->names.cbegin(); it != batch->names.cend(); ++it)
                    m_named.insert(it.key());
                m_model->addNames(batch->names);
            } else {
                Q_EMIT failed(batch.error().message);
            }
            done(batch);
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
    fetch([](ChatService chat, const User& user,
             Id session) { return chat.listChatMessages(user, session, pageSize); },
          [this](const Result<Batch>& batch) {
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
    fetch(
        [after = m_model->lastId()](ChatService chat, const User& user, Id session) {
            return chat.chatMessagesAfter(user, session, after, maxChatPage);
        },
        [this](const Result<Batch>& batch) {
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
    fetch([ids](ChatService chat, const User& user,
                Id session) { return chat.chatMessagesWithIds(user, session, ids); },
          [this](const Result<Batch>& batch) {
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
    fetch([](ChatService chat, const User& user,
             Id session) { return chat.pinnedChatMessages(user, session); },
          [this](const Result<Batch>& batch) {
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
    fetch(
        [before = m_model->firstId()](ChatService chat, const User& user, Id session) {
            return chat.listChatMessages(user, session, pageSize, before);
        },
        [this](const Result<Batch>& batch) {
            m_readingOlder = false;
            if (!batch)
                return;
            m_reachedStart = batch->messages.size() < pageSize;
            m_model->prepend(batch->messages);
            Q_EMIT prepended();
        });
}

} // namespace lectern::ui
