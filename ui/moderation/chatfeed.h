#pragma once

#include "client/consoleapi.h"
#include "domain/views/chatpage.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace lectern::ui {

class ChatModel;

// Keeps a ChatModel in step with one session's chat through the core's events: new messages
// are read in batches after the last one shown (however fast they come, one read is under
// way at a time), changed ones are read back by id, older ones on request. Nothing here
// waits on the database.
class ChatFeed : public QObject {
    Q_OBJECT

public:
    static constexpr int pageSize = 200;
    // The shortest time between two reads of new messages.
    static constexpr std::chrono::milliseconds newerInterval{100};

    ChatFeed(client::ConsoleApi& api, ChatModel* model, QObject* parent = nullptr);

    // Starts following the session's chat (0: none); the model is emptied and refilled.
    void follow(Id sessionId);
    Id sessionId() const { return m_sessionId; }
    // Reads the page before the oldest message shown, unless the start was reached.
    void loadOlder();
    bool reachedStart() const { return m_reachedStart; }
    // Keeps the newest `keep` messages; the dropped ones can be read again with loadOlder().
    void trimOldest(int keep);

Q_SIGNALS:
    // Rows were added at the end (new messages) or at the start (older ones).
    void appended();
    void prepended();
    void pinnedChanged(const QList<lectern::LiveChatMessage>& pinned);
    void failed(const QString& message);

private:
    void onEvent(const DomainEvent& event);
    void fetchNewer();
    void fetchChanged();
    void fetchPinned();
    // Reads the part of the chat `query` names, adds its authors' names to the model, and hands
    // the page to `done` if the feed still follows the same session.
    template <typename Done> void fetch(const ChatQuery& query, Done done);

    client::ConsoleApi& m_api;
    ChatModel* m_model;
    Id m_sessionId = 0;
    // Bumped on every follow(): answers for an earlier session are dropped.
    quint64 m_generation = 0;
    bool m_reachedStart = true;
    bool m_readingNewer = false;
    bool m_newerWanted = false;
    QElapsedTimer m_lastNewerRead;
    QTimer m_newerPaced;
    bool m_readingOlder = false;
    bool m_readingChanged = false;
    QSet<Id> m_changed;
    bool m_readingPinned = false;
    bool m_pinnedWanted = false;
};

} // namespace lectern::ui
