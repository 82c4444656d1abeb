#include "ownmarksservice.h"

#include "domain/try.h"
#include "storage/ownmarksrepository.h"

namespace lectern {

namespace {
template <typename Read>
auto readMarks(const ServiceContext& context, const QList<Id>& ids, Read read)
    -> decltype(read(std::declval<OwnMarksRepository&>())) {
    if (ids.size() > OwnMarksService::maxIds)
        return std::unexpected(
            Error::invalid(QStringLiteral("ids"),
                           QStringLiteral("at most %1 at once").arg(OwnMarksService::maxIds)));
    LECTERN_TRY(auto connection, context.database->connection());
    OwnMarksRepository marks(connection);
    return read(marks);
}
} // namespace

Result<QSet<Id>> OwnMarksService::likedMessages(const User& actor, const QList<Id>& messageIds) {
    return readMarks(m_context, messageIds, [&](OwnMarksRepository& marks) {
        return marks.likedMessages(actor.id, messageIds);
    });
}

Result<QSet<Id>> OwnMarksService::upvotedQuestions(const User& actor,
                                                   const QList<Id>& questionIds) {
    return readMarks(m_context, questionIds, [&](OwnMarksRepository& marks) {
        return marks.upvotedQuestions(actor.id, questionIds);
    });
}

Result<QHash<Id, QList<Id>>> OwnMarksService::chosenOptions(const User& actor,
                                                            const QList<Id>& pollIds) {
    return readMarks(m_context, pollIds, [&](OwnMarksRepository& marks) {
        return marks.chosenOptions(actor.id, pollIds);
    });
}

} // namespace lectern
