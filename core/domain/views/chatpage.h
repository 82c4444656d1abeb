#pragma once

#include "domain/chatdraft.h"
#include "domain/livechatmessage.h"

#include <QHash>
#include <QList>

namespace lectern {

// Which of a session's chat messages a view reads.
struct ChatQuery {
    enum class Part {
        Newest,  // the newest `limit`
        Before,  // the newest `limit` older than `anchor`
        After,   // the oldest `limit` newer than `anchor`: what arrived since
        WithIds, // `ids`, as they are now (after a change to them)
        Pinned,
    };
    Part part = Part::Newest;
    Id anchor = 0;
    QList<Id> ids;
    int limit = defaultChatPage;

    static ChatQuery newest(int limit) { return {Part::Newest, 0, {}, limit}; }
    static ChatQuery before(Id messageId, int limit) {
        return {Part::Before, messageId, {}, limit};
    }
    static ChatQuery after(Id messageId, int limit) { return {Part::After, messageId, {}, limit}; }
    static ChatQuery withIds(QList<Id> ids) {
        return {Part::WithIds, 0, std::move(ids), maxChatPage};
    }
    static ChatQuery pinned() { return {Part::Pinned, 0, {}, maxChatPage}; }
};

// Chat messages, oldest first, with their authors' names.
struct ChatPage {
    QList<LiveChatMessage> messages;
    QHash<Id, QString> names;
};

} // namespace lectern
