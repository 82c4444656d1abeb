#include "coursesview.h"

#include "domain/try.h"
#include "services/access.h"
#include "services/userservice.h"

namespace lectern::views {

Result<QList<Course>> coursesRunBy(const ServiceContext& context, const User& actor) {
    LECTERN_TRY(QList<Course> courses, CourseService(context).coursesOf(actor));
    courses.removeIf(
        [&actor](const Course& course) { return !schedulesFor(actor, course.instructorId); });
    return courses;
}

} // namespace lectern::views
