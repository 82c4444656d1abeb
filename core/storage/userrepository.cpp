#include "userrepository.h"

#include "sql.h"

namespace lectern {

namespace {
const QString userColumns = QStringLiteral("id, email, name, role, created_at, updated_at");

User readUser(const sql::Rows& query) {
    User user;
    user.id = query.value(0).toLongLong();
    user.email = query.value(1).toString();
    user.name = query.value(2).toString();
    user.role = parseEnum<Role>(query.value(3).toString()).value_or(Role::Student);
    user.createdAt = sql::toTime(query.value(4));
    user.updatedAt = sql::toTime(query.value(5));
    return user;
}

const QString courseColumns = QStringLiteral("id, title, instructor_id, created_at, updated_at");

Course readCourse(const sql::Rows& query) {
    Course course;
    course.id = query.value(0).toLongLong();
    course.title = query.value(1).toString();
    course.instructorId = query.value(2).toLongLong();
    course.createdAt = sql::toTime(query.value(3));
    course.updatedAt = sql::toTime(query.value(4));
    return course;
}
} // namespace

Result<Id> UserRepository::insert(const User& user, const QString& passwordHash) {
    return sql::insert(m_connection,
                       QStringLiteral("INSERT INTO users (email, name, role, password_hash, "
                                      "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                                      "RETURNING id"),
                       {user.email, user.name, enumName(user.role), passwordHash,
                        sql::fromTime(user.createdAt), sql::fromTime(user.updatedAt)});
}

Result<User> UserRepository::find(Id id) {
    auto query = sql::run(
        m_connection,
        QStringLiteral("SELECT ") + userColumns + QStringLiteral(" FROM users WHERE id = ?"), {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(Error::notFound(QStringLiteral("No user with id %1").arg(id)));
    return readUser(*query);
}

Result<std::optional<User>> UserRepository::findByEmail(const QString& email) {
    auto query = sql::run(m_connection,
                          QStringLiteral("SELECT ") + userColumns +
                              QStringLiteral(" FROM users WHERE email = ?"),
                          {email.trimmed().toLower()});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::optional<User>{};
    return std::optional<User>{readUser(*query)};
}

Result<QString> UserRepository::passwordHash(Id id) {
    auto value = sql::scalar(m_connection,
                             QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {id});
    if (!value)
        return std::unexpected(value.error());
    if (!value->has_value())
        return std::unexpected(Error::notFound(QStringLiteral("No user with id %1").arg(id)));
    return (*value)->toString();
}

Result<QList<User>> UserRepository::list() {
    auto query = sql::run(m_connection, QStringLiteral("SELECT ") + userColumns +
                                            QStringLiteral(" FROM users ORDER BY name, id"));
    return sql::readAll(std::move(query), readUser);
}

Result<QList<User>> UserRepository::findMany(const QList<Id>& ids) {
    if (ids.isEmpty())
        return QList<User>{};
    QVariantList values;
    const QString in = sql::inList(ids, values);
    auto query = sql::run(m_connection,
                          QStringLiteral("SELECT ") + userColumns +
                              QStringLiteral(" FROM users WHERE id IN (") + in + u')',
                          values);
    return sql::readAll(std::move(query), readUser);
}

Result<qint64> UserRepository::count() {
    auto value = sql::scalar(m_connection, QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!value)
        return std::unexpected(value.error());
    return (*value)->toLongLong();
}

Result<Id> CourseRepository::insert(const Course& course) {
    return sql::insert(m_connection,
                       QStringLiteral("INSERT INTO courses (title, instructor_id, created_at, "
                                      "updated_at) VALUES (?, ?, ?, ?) RETURNING id"),
                       {course.title, course.instructorId, sql::fromTime(course.createdAt),
                        sql::fromTime(course.updatedAt)});
}

Result<Course> CourseRepository::find(Id id) {
    auto query = sql::run(m_connection,
                          QStringLiteral("SELECT ") + courseColumns +
                              QStringLiteral(" FROM courses WHERE id = ?"),
                          {id});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(Error::notFound(QStringLiteral("No course with id %1").arg(id)));
    return readCourse(*query);
}

Result<QList<Course>> CourseRepository::list() {
    auto query = sql::run(m_connection, QStringLiteral("SELECT ") + courseColumns +
                                            QStringLiteral(" FROM courses ORDER BY title, id"));
    return sql::readAll(std::move(query), readCourse);
}

Result<QList<Course>> CourseRepository::listFor(Id userId) {
    auto query = sql::run(m_connection,
                          QStringLiteral("SELECT ") + courseColumns +
                              QStringLiteral(" FROM courses WHERE instructor_id = ? OR id IN "
                                             "(SELECT course_id FROM enrollments WHERE user_id = "
                                             "?) ORDER BY title, id"),
                          {userId, userId});
    return sql::readAll(std::move(query), readCourse);
}

Result<Id> CourseRepository::enroll(Id courseId, Id userId, const QDateTime& now) {
    return sql::insert(m_connection,
                       QStringLiteral("INSERT INTO enrollments (course_id, user_id, created_at) "
                                      "VALUES (?, ?, ?) RETURNING id"),
                       {courseId, userId, sql::fromTime(now)});
}

Status CourseRepository::unenroll(Id courseId, Id userId) {
    return sql::updateOne(
        m_connection, QStringLiteral("DELETE FROM enrollments WHERE course_id = ? AND user_id = ?"),
        {courseId, userId}, QStringLiteral("That user is not enrolled in the course"));
}

Result<bool> CourseRepository::isEnrolled(Id courseId, Id userId) {
    auto row =
        sql::scalar(m_connection,
                    QStringLiteral("SELECT 1 FROM enrollments WHERE course_id = ? AND user_id = ?"),
                    {courseId, userId});
    if (!row)
        return std::unexpected(row.error());
    return row->has_value();
}

Result<CourseMembership> CourseRepository::membership(Id courseId, Id userId) {
    auto query = sql::run(m_connection,
                          QStringLiteral("SELECT c.instructor_id, EXISTS (SELECT 1 FROM "
                                         "enrollments e WHERE e.course_id = c.id AND e.user_id = "
                                         "?) FROM courses c WHERE c.id = ?"),
                          {userId, courseId});
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(
            Error::notFound(QStringLiteral("No course with id %1").arg(courseId)));
    return CourseMembership{query->value(0).toLongLong(), query->value(1).toBool()};
}

Result<QList<Id>> CourseRepository::taughtBy(Id userId) {
    auto query = sql::run(
        m_connection, QStringLiteral("SELECT id FROM courses WHERE instructor_id = ?"), {userId});
    return sql::readAll(std::move(query), sql::idColumn);
}

Result<qint64> CourseRepository::enrollmentCount(Id courseId) {
    auto value = sql::scalar(m_connection,
                             QStringLiteral("SELECT COUNT(*) FROM enrollments WHERE course_id = ?"),
                             {courseId});
    if (!value)
        return std::unexpected(value.error());
    return (*value)->toLongLong();
}

Result<QList<Id>> CourseRepository::enrolledUserIds(Id courseId) {
    auto query = sql::run(m_connection,
                          QStringLiteral("SELECT user_id FROM enrollments WHERE course_id = ? "
                                         "ORDER BY user_id"),
                          {courseId});
    return sql::readAll(std::move(query), sql::idColumn);
}

} // namespace lectern
