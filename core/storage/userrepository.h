#pragma once

#include "domain/course.h"
#include "domain/error.h"

#include <QSqlDatabase>

#include <optional>

namespace lectern {

// Users, courses and enrollments: the spec's integration points, small and real.
class UserRepository {
public:
    explicit UserRepository(QSqlDatabase connection)
        : m_connection(std::move(connection)) {}

    Result<Id> insert(const User& user, const QString& passwordHash);
    Result<User> find(Id id);
    Result<std::optional<User>> findByEmail(const QString& email);
    Result<QString> passwordHash(Id id);
    Result<QList<User>> list();
    // The users of these ids that exist, in one statement.
    Result<QList<User>> findMany(const QList<Id>& ids);
    Result<qint64> count();

private:
    QSqlDatabase m_connection;
};

// How one user stands towards one course.
struct CourseMembership {
    Id instructorId = 0;
    bool enrolled = false;
};

class CourseRepository {
public:
    explicit CourseRepository(QSqlDatabase connection)
        : m_connection(std::move(connection)) {}

    Result<Id> insert(const Course& course);
    Result<Course> find(Id id);
    Result<QList<Course>> list();
    // Courses the user teaches or is enrolled in.
    Result<QList<Course>> listFor(Id userId);
    Result<Id> enroll(Id courseId, Id userId, const QDateTime& now);
    // NotFound when the user was not enrolled.
    Status unenroll(Id courseId, Id userId);
    Result<bool> isEnrolled(Id courseId, Id userId);
    Result<CourseMembership> membership(Id courseId, Id userId);
    // Ids of the courses the user is the instructor of.
    Result<QList<Id>> taughtBy(Id userId);
    Result<qint64> enrollmentCount(Id courseId);
    // Ids of the users enrolled in the course.
    Result<QList<Id>> enrolledUserIds(Id courseId);

private:
    QSqlDatabase m_connection;
};

} // namespace lectern
