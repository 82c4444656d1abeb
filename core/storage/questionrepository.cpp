#include "questionrepository.h"

#include "sql.h"

namespace lectern {

namespace {
const QString questionColumns =
    QStringLiteral("id, session_id, user_id, question, answer, status, is_anonymous, upvotes, "
                   "is_featured, answered_by, answered_at, created_at, updated_at");

LiveQuestion readQuestion(const sql::Rows& q) {
    LiveQuestion question;
    question.id = q.value(0).toLongLong();
    question.sessionId = q.value(1).toLongLong();
    question.userId = q.value(2).toLongLong();
    question.question = q.value(3).toString();
    question.answer = q.value(4).toString();
    question.status =
        parseEnum<QuestionStatus>(q.value(5).toString()).value_or(QuestionStatus::Pending);
    question.isAnonymous = q.value(6).toBool();
    question.upvotes = q.value(7).toInt();
    question.isFeatured = q.value(8).toBool();
    question.answeredBy = sql::toOptionalId(q.value(9));
    question.answeredAt = sql::toTime(q.value(10));
    question.createdAt = sql::toTime(q.value(11));
    question.updatedAt = sql::toTime(q.value(12));
    return question;
}

QString notFound(Id id) {
    return QStringLiteral("No question with id %1").arg(id);
}
} // namespace

Result<Id> QuestionRepository::insert(const LiveQuestion& q) {
    return sql::insert(m_connection,
                       QStringLiteral("INSERT INTO live_questions (session_id, user_id, question, "
                                      "status, is_anonymous, created_at, updated_at) VALUES (?, "
                                      "?, ?, ?, ?, ?, ?) RETURNING id"),
                       {q.sessionId, q.userId, q.question, enumName(q.status), q.isAnonymous,
                        sql::fromTime(q.createdAt), sql::fromTime(q.updatedAt)});
}

Result<LiveQuestion> QuestionRepository::find(Id id) {
    return findWith(id, {});
}

Result<LiveQuestion> QuestionRepository::findForUpdate(Id id, Dialect dialect) {
    return findWith(id, dialect == Dialect::Postgres ? QStringLiteral(" FOR UPDATE") : QString());
}

Result<LiveQuestion> QuestionRepository::findWith(Id id, const QString& suffix) {
    auto query = sql::run(m_connection,
                          QStringLiteral("SELECT ") + questionColumns +
                              QStringLiteral(" FROM live_questions WHERE id = ?") + suffix,
                          {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(Error::notFound(notFound(id)));
    return readQuestion(*query);
}

Result<QList<LiveQuestion>> QuestionRepository::list(Id sessionId,
                                                     std::optional<QuestionStatus> status) {
    QString statement = QStringLiteral("SELECT ") + questionColumns +
                        QStringLiteral(" FROM live_questions WHERE session_id = ?");
    QVariantList values{sessionId};
    if (status) {
        statement += QStringLiteral(" AND status = ?");
        values << enumName(*status);
    }
    statement += QStringLiteral(" ORDER BY is_featured DESC, upvotes DESC, id");
    auto query = sql::run(m_connection, statement, values);
    return sql::readAll(std::move(query), readQuestion);
}

Status QuestionRepository::update(const LiveQuestion& q) {
    return sql::updateOne(
        m_connection,
        QStringLiteral("UPDATE live_questions SET answer = ?, status = ?, is_featured = ?, "
                       "answered_by = ?, answered_at = ?, updated_at = ? WHERE id = ?"),
        {sql::fromText(q.answer), enumName(q.status), q.isFeatured,
         sql::fromOptionalId(q.answeredBy), sql::fromTime(q.answeredAt), sql::fromTime(q.updatedAt),
         q.id},
        notFound(q.id));
}

Status QuestionRepository::addUpvote(Id id, Id userId, const QDateTime& now) {
    const QString alreadyUpvoted = QStringLiteral("You have already upvoted this question");
    // Look first so the usual refusal needs no failed statement (see PollRepository).
    auto existing = sql::scalar(
        m_connection,
        QStringLiteral("SELECT 1 FROM question_upvotes WHERE question_id = ? AND user_id = ?"),
        {id, userId});
    if (!existing)
        return std::unexpected(existing.error());
    if (existing->has_value())
        return std::unexpected(Error::conflict(alreadyUpvoted));
    auto voted = sql::run(m_connection,
                          QStringLiteral("INSERT INTO question_upvotes (question_id, user_id, "
                                         "created_at) VALUES (?, ?, ?)"),
                          {id, userId, sql::fromTime(now)});
    if (!voted) {
        if (voted.error().code == ErrorCode::Conflict)
            return std::unexpected(Error::conflict(alreadyUpvoted));
        return std::unexpected(voted.error());
    }
    return sql::updateOne(
        m_connection,
        QStringLiteral("UPDATE live_questions SET upvotes = upvotes + 1 WHERE id = ?"), {id},
        notFound(id));
}

} // namespace lectern
