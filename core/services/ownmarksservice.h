#pragma once

#include "servicecontext.h"

#include <QHash>
#include <QSet>

namespace lectern {

// The viewer's own marks on what they are shown (liked, upvoted, chosen), so a page reloaded
// or opened in a second tab shows them as theirs. Each answer is about the actor alone, so it
// needs no other permission: the items themselves were read through the checked services.
class OwnMarksService {
public:
    explicit OwnMarksService(ServiceContext context)
        : m_context(std::move(context)) {}

    // At most this many ids per call: one page of chat (the routes' largest list).
    static constexpr int maxIds = 500;

    Result<QSet<Id>> likedMessages(const User& actor, const QList<Id>& messageIds);
    Result<QSet<Id>> upvotedQuestions(const User& actor, const QList<Id>& questionIds);
    // Poll id → the options the actor chose there (absent: not voted).
    Result<QHash<Id, QList<Id>>> chosenOptions(const User& actor, const QList<Id>& pollIds);

private:
    ServiceContext m_context;
};

} // namespace lectern
