#pragma once

#include "user.h"

#include <optional>

namespace lectern {

struct LiveQuestion {
    Id id = 0;
    Id sessionId = 0;
    Id userId = 0;
    QString question;
    QString answer;
    QuestionStatus status = QuestionStatus::Pending;
    bool isAnonymous = false;
    int upvotes = 0;
    bool isFeatured = false;
    std::optional<Id> answeredBy;
    QDateTime answeredAt;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace lectern
