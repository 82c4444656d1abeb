#pragma once

#include "domain/course.h"
#include "servicecontext.h"

#include <QHash>

namespace lectern {

// Accounts: created by an admin (the CLI, an import), signed in by email and password.
class UserService {
public:
    explicit UserService(ServiceContext context)
        : m_context(std::move(context)) {}

    Result<User> createUser(const QString& email, const QString& name, Role role,
                            const QString& password);
    // Unauthorized with one message for an unknown email and a wrong password alike.
    Result<User> authenticate(const QString& email, const QString& password);

    // authenticate() in two halves, so the costly hash can run off the caller's thread: the
    // stored hash to check a password against (a decoy's for an unknown email, so both take
    // as long), then the answer for the check's outcome.
    struct Credentials {
        std::optional<User> user;
        QString passwordHash;
    };
    Result<Credentials> credentialsFor(const QString& email);
    static Result<User> checked(const Credentials& credentials, bool passwordMatches);
    Result<User> findUser(Id id);
    Result<std::optional<User>> findByEmail(const QString& email);
    Result<QList<User>> listUsers();
    // Id to user, for showing names next to many rows at once.
    Result<QHash<Id, User>> usersById(QList<Id> ids);
    // False on a new database, where the console asks for the first account.
    Result<bool> hasAnyUser();

private:
    ServiceContext m_context;
};

class CourseService {
public:
    explicit CourseService(ServiceContext context)
        : m_context(std::move(context)) {}

    Result<Course> createCourse(const QString& title, const QString& instructorEmail);
    Result<Enrollment> enroll(Id courseId, const QString& email);
    // Their part in past sessions stays for the reports; from now on the course's sessions
    // are closed to them, live channels included.
    Status unenroll(Id courseId, const QString& email);
    Result<QList<Course>> listCourses();
    Result<Course> findCourse(Id courseId);
    // The courses the actor's sessions belong to: all for admins, else those they teach or
    // are enrolled in.
    Result<QList<Course>> coursesOf(const User& actor);

private:
    ServiceContext m_context;
};

} // namespace lectern
