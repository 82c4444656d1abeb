#pragma once

#include "domain/livechatmessage.h"
#include "domain/page.h"

#include <optional>

namespace lectern {

// A chat message as its author writes it.
struct ChatDraft {
    QString content;
    MessageType messageType = MessageType::Text;
    std::optional<Id> replyTo;
    QString fileUrl;
};

inline constexpr int maxChatLength = 4000;
inline constexpr int defaultChatPage = defaultPageSize;
inline constexpr int maxChatPage = maxPageSize;

} // namespace lectern
