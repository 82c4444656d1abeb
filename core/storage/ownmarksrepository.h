#pragma once

#include "domain/error.h"
#include "domain/user.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace lectern {

// What one person did to the items they are shown: the messages they liked, the questions they
// upvoted, the options they chose. Pages show these as theirs after a reload.
class OwnMarksRepository {
public:
    explicit OwnMarksRepository(QSqlDatabase connection)
        : m_connection(std::move(connection)) {}

    Result<QSet<Id>> likedMessages(Id userId, const QList<Id>& messageIds);
    Result<QSet<Id>> upvotedQuestions(Id userId, const QList<Id>& questionIds);
    // Poll id → the ids of the options the person chose there, in option order.
    Result<QHash<Id, QList<Id>>> chosenOptions(Id userId, const QList<Id>& pollIds);

private:
    QSqlDatabase m_connection;
};

} // namespace lectern
