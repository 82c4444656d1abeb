#include "clicourses.h"

#include "clioutput.h"
#include "servercli.h"
#include "services/userservice.h"

namespace lectern::cli {

int addCourse(const QStringList& arguments) {
    CommandLine command(QStringLiteral("courses add"), QStringLiteral("Creates a course."));
    command.parser().addOptions(
        {{QStringLiteral("title"), QStringLiteral("The course's title."), QStringLiteral("TITLE")},
         {QStringLiteral("instructor"), QStringLiteral("Email of the instructor who teaches it."),
          QStringLiteral("EMAIL")}});
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto title = command.required(QStringLiteral("title"));
    const auto instructor = title ? command.required(QStringLiteral("instructor")) : std::nullopt;
    if (!instructor)
        return exitUsage;
    auto services = command.openServices();
    if (!services)
        return fail(services.error());
    auto course = CourseService(*services).createCourse(*title, *instructor);
    if (!course)
        return fail(course.error());
    printLine(QStringLiteral("Created course \"%1\"").arg(course->title));
    printLine(QString::number(course->id));
    return exitOk;
}

namespace {
// courses enroll and courses unenroll read the same two options.
int changeEnrollment(const QStringList& arguments, bool enrol) {
    CommandLine command(enrol ? QStringLiteral("courses enroll")
                              : QStringLiteral("courses unenroll"),
                        enrol ? QStringLiteral("Enrols a user (student or TA) in a course.")
                              : QStringLiteral("Takes a user out of a course: its sessions, live "
                                               "channels included, close to them at once; their "
                                               "attendance stays in the reports."));
    command.parser().addOptions(
        {{QStringLiteral("course"), QStringLiteral("The course's id."), QStringLiteral("ID")},
         {QStringLiteral("email"), QStringLiteral("The user's email."), QStringLiteral("EMAIL")}});
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto courseText = command.required(QStringLiteral("course"));
    const auto email = courseText ? command.required(QStringLiteral("email")) : std::nullopt;
    if (!email)
        return exitUsage;
    bool isNumber = false;
    const Id courseId = courseText->toLongLong(&isNumber);
    if (!isNumber || courseId <= 0)
        return usageError(QStringLiteral("--course takes a course id, a number"));
    auto services = command.openServices();
    if (!services)
        return fail(services.error());
    CourseService courses(*services);
    if (enrol) {
        if (auto enrolled = courses.enroll(courseId, *email); !enrolled)
            return fail(enrolled.error());
    } else if (auto removed = courses.unenroll(courseId, *email); !removed) {
        return fail(removed.error());
    }
    const QString who = email->trimmed().toLower();
    printLine(enrol ? QStringLiteral("Enrolled %1 in course %2").arg(who).arg(courseId)
                    : QStringLiteral("Took %1 out of course %2").arg(who).arg(courseId));
    return exitOk;
}
} // namespace

int enrollInCourse(const QStringList& arguments) {
    return changeEnrollment(arguments, true);
}

int unenrollFromCourse(const QStringList& arguments) {
    return changeEnrollment(arguments, false);
}

int listCourses(const QStringList& arguments) {
    CommandLine command(QStringLiteral("courses list"), QStringLiteral("Lists every course."));
    if (auto stop = command.parse(arguments))
        return *stop;
    auto services = command.openServices();
    if (!services)
        return fail(services.error());
    auto courses = CourseService(*services).listCourses();
    if (!courses)
        return fail(courses.error());
    auto users = UserService(*services).listUsers();
    if (!users)
        return fail(users.error());
    QList<QStringList> rows;
    for (const Course& course : *courses) {
        QString instructor;
        for (const User& user : *users) {
            if (user.id == course.instructorId)
                instructor = user.email;
        }
        rows.append({QString::number(course.id), course.title, instructor});
    }
    printTable({QStringLiteral("ID"), QStringLiteral("TITLE"), QStringLiteral("INSTRUCTOR")}, rows);
    return exitOk;
}

} // namespace lectern::cli
