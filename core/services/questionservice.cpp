#include "questionservice.h"

#include "access.h"
#include "domain/events.h"
#include "domain/try.h"
#include "domain/validation.h"
#include "storage/participantrepository.h"
#include "storage/questionrepository.h"
#include "storage/sessionrepository.h"
#include "storage/transaction.h"

namespace lectern {

namespace {
Status requireQaOpen(const LiveSession& session) {
    if (!session.enableQa)
        return std::unexpected(
            Error::forbidden(QStringLiteral("Q&A is turned off for this session")));
    return {};
}

// Anonymous means anonymous to everyone but the asker and admins, staff included.
LiveQuestion withAuthorHidden(LiveQuestion question, const User& viewer) {
    if (question.isAnonymous && !viewer.isAdmin() && question.userId != viewer.id)
        question.userId = 0;
    return question;
}
} // namespace

Result<LiveQuestion> QuestionService::askQuestion(const User& actor, Id sessionId,
                                                  const QString& text, bool isAnonymous) {
    LiveQuestion question;
    LECTERN_TRY(question.question,
                validation::requiredText(QStringLiteral("question"), text, maxQuestionLength));
    question.isAnonymous = isAnonymous;

    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    const QSqlDatabase& connection = transaction.connection();
    LECTERN_TRY(const SessionInContext loaded,
                loadSession(connection, transaction.dialect(), actor, sessionId));
    const auto& [session, access] = loaded;
    LECTERN_CHECK(requireTakingPart(session, access));
    LECTERN_CHECK(requireQaOpen(session));
    question.sessionId = session.id;
    question.userId = actor.id;
    question.status = QuestionStatus::Pending;
    question.createdAt = question.updatedAt = m_context.now();
    LECTERN_TRY(question.id, QuestionRepository(connection).insert(question));
    // An anonymous question moves no counter of the asker's: a count that rose would name them.
    if (!question.isAnonymous)
        LECTERN_CHECK(ParticipantRepository(connection)
                          .increment(session.id, actor.id, EngagementCounter::QuestionsAsked,
                                     question.createdAt));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::questionAsked, session.id, question.id);
    return withAuthorHidden(std::move(question), actor);
}

Result<LiveQuestion> QuestionService::upvoteQuestion(const User& actor, Id questionId) {
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    const QSqlDatabase& connection = transaction.connection();
    QuestionRepository questions(connection);
    LECTERN_TRY(const LiveQuestion question, questions.find(questionId));
    LECTERN_TRY(const SessionInContext loaded,
                loadSession(connection, transaction.dialect(), actor, question.sessionId));
    const auto& [session, access] = loaded;
    LECTERN_CHECK(requireTakingPart(session, access));
    LECTERN_CHECK(requireQaOpen(session));
    if (question.status == QuestionStatus::Dismissed)
        return std::unexpected(Error::conflict(QStringLiteral("The question was dismissed")));
    // Upvotes say what others want answered too.
    if (question.userId == actor.id)
        return std::unexpected(
            Error::forbidden(QStringLiteral("You cannot upvote your own question")));
    LECTERN_CHECK(questions.addUpvote(question.id, actor.id, m_context.now()));
    LECTERN_TRY(LiveQuestion updated, questions.find(question.id));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::questionUpvoted, session.id, updated.id);
    return withAuthorHidden(std::move(updated), actor);
}

template <typename Change>
Result<LiveQuestion> QuestionService::moderate(const User& actor, Id questionId,
                                               const QString& action, const QString& eventType,
                                               Change change) {
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    const QSqlDatabase& connection = transaction.connection();
    QuestionRepository questions(connection);
    // Locked, so an answer and a feature at the same moment do not undo each other.
    LECTERN_TRY(LiveQuestion question, questions.findForUpdate(questionId, transaction.dialect()));
    LECTERN_TRY(const SessionInContext loaded,
                loadSession(connection, transaction.dialect(), actor, question.sessionId));
    const auto& [session, access] = loaded;
    // The spec's session moderators moderate chat; Q&A is for the course's staff.
    LECTERN_CHECK(requireStaff(access, action));
    LECTERN_CHECK(change(question));
    question.updatedAt = m_context.now();
    LECTERN_CHECK(questions.update(question));
    LECTERN_CHECK(transaction.commit());
    m_context.publish(eventType, session.id, question.id);
    return withAuthorHidden(std::move(question), actor);
}

Result<LiveQuestion> QuestionService::answerQuestion(const User& actor, Id questionId,
                                                     const QString& answer) {
    LECTERN_TRY(const QString text,
                validation::requiredText(QStringLiteral("answer"), answer, maxAnswerLength));
    const QDateTime now = m_context.now();
    return moderate(actor, questionId, QStringLiteral("answer questions"), events::questionAnswered,
                    [&](LiveQuestion& question) -> Status {
                        question.answer = text;
                        question.status = QuestionStatus::Answered;
                        question.answeredBy = actor.id;
                        question.answeredAt = now;
                        return {};
                    });
}

Result<LiveQuestion> QuestionService::dismissQuestion(const User& actor, Id questionId) {
    return moderate(actor, questionId, QStringLiteral("dismiss questions"),
                    events::questionDismissed, [](LiveQuestion& question) -> Status {
                        if (question.status == QuestionStatus::Answered)
                            return std::unexpected(Error::conflict(
                                QStringLiteral("An answered question cannot be dismissed")));
                        question.status = QuestionStatus::Dismissed;
                        question.isFeatured = false;
                        return {};
                    });
}

Result<LiveQuestion> QuestionService::setFeatured(const User& actor, Id questionId, bool featured) {
    return moderate(actor, questionId, QStringLiteral("feature questions"),
                    events::questionFeatured, [featured](LiveQuestion& question) -> Status {
                        if (featured && question.status == QuestionStatus::Dismissed)
                            return std::unexpected(Error::conflict(
                                QStringLiteral("A dismissed question cannot be featured")));
                        question.isFeatured = featured;
                        return {};
                    });
}

Result<QList<LiveQuestion>> QuestionService::listQuestions(const User& actor, Id sessionId,
                                                           std::optional<QuestionStatus> status) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(const SessionInContext loaded,
                loadSession(connection, m_context.database->dialect(), actor, sessionId));
    const auto& [session, access] = loaded;
    LECTERN_CHECK(requireMember(access));
    LECTERN_TRY(QList<LiveQuestion> questions,
                QuestionRepository(connection).list(session.id, status));
    for (LiveQuestion& question : questions)
        question = withAuthorHidden(std::move(question), actor);
    return questions;
}

Result<LiveQuestion> QuestionService::questionForBroadcast(Id questionId) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(LiveQuestion question, QuestionRepository(connection).find(questionId));
    return withAuthorHidden(std::move(question), User{});
}

} // namespace lectern
