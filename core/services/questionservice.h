#pragma once

#include "domain/livequestion.h"
#include "servicecontext.h"

#include <optional>

namespace lectern {

inline constexpr int maxQuestionLength = 2000;
inline constexpr int maxAnswerLength = 4000;

// Q&A: students ask and upvote; moderators answer, dismiss and feature.
class QuestionService {
public:
    explicit QuestionService(ServiceContext context)
        : m_context(std::move(context)) {}

    Result<LiveQuestion> askQuestion(const User& actor, Id sessionId, const QString& question,
                                     bool isAnonymous = false);
    // One upvote per user per question; a second is Conflict, one's own Forbidden.
    Result<LiveQuestion> upvoteQuestion(const User& actor, Id questionId);
    Result<LiveQuestion> answerQuestion(const User& actor, Id questionId, const QString& answer);
    Result<LiveQuestion> dismissQuestion(const User& actor, Id questionId);
    Result<LiveQuestion> setFeatured(const User& actor, Id questionId, bool featured);
    // Featured first, then most upvoted, then oldest. Every question returned to anyone but
    // its asker and admins has userId 0 when it was asked anonymously.
    Result<QList<LiveQuestion>> listQuestions(const User& actor, Id sessionId,
                                              std::optional<QuestionStatus> status = {});

    // For the live channel, which sends one payload to every listener: read as any student of
    // the session sees it. No actor: the channel checked who listens.
    Result<LiveQuestion> questionForBroadcast(Id questionId);

private:
    // Loads the question and checks the actor may moderate its session, then applies `change`.
    template <typename Change>
    Result<LiveQuestion> moderate(const User& actor, Id questionId, const QString& action,
                                  const QString& eventType, Change change);

    ServiceContext m_context;
};

} // namespace lectern
