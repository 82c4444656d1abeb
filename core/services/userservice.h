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
    Result<QList<Course>> listCourses();

private:
    ServiceContext m_context;
};

} // namespace lectern
