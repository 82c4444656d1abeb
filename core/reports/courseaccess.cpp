#include "courseaccess.h"

#include "domain/try.h"
#include "storage/userrepository.h"

namespace lectern::reports {

Status requireCourseStanding(const QSqlDatabase& connection, const User& actor, Id courseId,
                             CourseStanding needed, const QString& action) {
    LECTERN_TRY(const CourseMembership membership,
                CourseRepository(connection).membership(courseId, actor.id));
    const bool manager = actor.isAdmin() || membership.instructorId == actor.id;
    const bool staff = manager || (actor.role == Role::Ta && membership.enrolled);
    if (needed == CourseStanding::Manager && !manager)
        return std::unexpected(Error::forbidden(
            QStringLiteral("Only the course's instructor or an admin can %1").arg(action)));
    if (!staff)
        return std::unexpected(Error::forbidden(
            QStringLiteral("Only the course's instructor, its TAs or an admin can %1")
                .arg(action)));
    return {};
}

} // namespace lectern::reports
