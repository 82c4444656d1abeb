#pragma once

#include "user.h"

#include <optional>

namespace lectern {

struct LiveChatMessage {
    Id id = 0;
    Id sessionId = 0;
    Id userId = 0;
    QString content;
    MessageType messageType = MessageType::Text;
    QString fileUrl;
    bool isPinned = false;
    bool isDeleted = false;
    bool isEdited = false;
    std::optional<Id> replyTo;
    int likesCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace lectern
