#include "ownmarksrepository.h"

#include "sql.h"

namespace lectern {

namespace {
// The ids among `ids` that `statement` (user id, then the IN list) returns.
Result<QSet<Id>> idsAmong(const QSqlDatabase& connection, const QString& statement, Id userId,
                          const QList<Id>& ids) {
    if (ids.isEmpty())
        return QSet<Id>{};
    QVariantList values{userId};
    const QString in = sql::inList(ids, values);
    auto found = sql::readAll(sql::run(connection, statement.arg(in), values), sql::idColumn);
    if (!found)
        return std::unexpected(found.error());
    return QSet<Id>(found->cbegin(), found->cend());
}
} // namespace

Result<QSet<Id>> OwnMarksRepository::likedMessages(Id userId, const QList<Id>& messageIds) {
    return idsAmong(m_connection,
                    QStringLiteral("SELECT message_id FROM chat_message_likes "
                                   "WHERE user_id = ? AND message_id IN (%1)"),
                    userId, messageIds);
}

Result<QSet<Id>> OwnMarksRepository::upvotedQuestions(Id userId, const QList<Id>& questionIds) {
    return idsAmong(m_connection,
                    QStringLiteral("SELECT question_id FROM question_upvotes "
                                   "WHERE user_id = ? AND question_id IN (%1)"),
                    userId, questionIds);
}

Result<QHash<Id, QList<Id>>> OwnMarksRepository::chosenOptions(Id userId,
                                                               const QList<Id>& pollIds) {
    QHash<Id, QList<Id>> chosen;
    if (pollIds.isEmpty())
        return chosen;
    QVariantList values{userId};
    const QString in = sql::inList(pollIds, values);
    auto rows = sql::run(m_connection,
                         QStringLiteral("SELECT v.poll_id, v.option_id FROM poll_votes v "
                                        "JOIN poll_options o ON o.id = v.option_id "
                                        "WHERE v.user_id = ? AND v.poll_id IN (%1) "
                                        "ORDER BY v.poll_id, o.display_order, o.id")
                             .arg(in),
                         values);
    if (!rows)
        return std::unexpected(rows.error());
    while (rows->next())
        chosen[rows->value(0).toLongLong()].append(rows->value(1).toLongLong());
    return chosen;
}

} // namespace lectern
