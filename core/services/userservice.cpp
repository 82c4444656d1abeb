#include "userservice.h"

#include "domain/events.h"
#include "domain/try.h"
#include "domain/validation.h"
#include "passwordhasher.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <QRegularExpression>

#include <algorithm>

namespace lectern {

namespace {
constexpr int minimumPasswordLength = 8;

Result<User> userByEmail(const QSqlDatabase& connection, const QString& text) {
    LECTERN_TRY(const QString email, validation::email(text));
    LECTERN_TRY(auto user, UserRepository(connection).findByEmail(email));
    if (!user)
        return std::unexpected(Error::notFound(QStringLiteral("No user with email %1").arg(email)));
    return *user;
}
} // namespace

Result<User> UserService::createUser(const QString& email, const QString& name, Role role,
                                     const QString& password) {
    User user;
    LECTERN_TRY(user.email, validation::email(email));
    LECTERN_TRY(user.name, validation::requiredText(QStringLiteral("name"), name, 200));
    if (password.size() < minimumPasswordLength)
        return std::unexpected(Error::invalid(
            QStringLiteral("password"), QStringLiteral("The password needs at least %1 characters")
                                            .arg(minimumPasswordLength)));
    user.role = role;
    user.createdAt = user.updatedAt = m_context.now();
    // Hashing takes a while by design, so it happens before the write lock is taken.
    const QString hash = PasswordHasher::hash(password);

    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    UserRepository users(transaction.connection());
    LECTERN_TRY(const auto existing, users.findByEmail(user.email));
    if (existing)
        return std::unexpected(
            Error::conflict(QStringLiteral("There is already an account for %1").arg(user.email)));
    LECTERN_TRY(user.id, users.insert(user, hash));
    LECTERN_CHECK(transaction.commit());
    return user;
}

Result<User> UserService::authenticate(const QString& email, const QString& password) {
    LECTERN_TRY(const Credentials credentials, credentialsFor(email));
    return checked(credentials, PasswordHasher::verify(password, credentials.passwordHash));
}

Result<UserService::Credentials> UserService::credentialsFor(const QString& email) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    UserRepository users(connection);
    LECTERN_TRY(const std::optional<User> found, users.findByEmail(email.trimmed().toLower()));
    if (!found) {
        // Spend the same time as for a real account, so timing does not reveal which exist.
        static const QString decoy = PasswordHasher::hash(QStringLiteral("decoy password"));
        return Credentials{std::nullopt, decoy};
    }
    LECTERN_TRY(const QString hash, users.passwordHash(found->id));
    return Credentials{found, hash};
}

Result<User> UserService::checked(const Credentials& credentials, bool passwordMatches) {
    if (!credentials.user || !passwordMatches)
        return std::unexpected(
            Error::unauthorized(QStringLiteral("The email address or the password is wrong")));
    return *credentials.user;
}

Result<User> UserService::findUser(Id id) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    return UserRepository(connection).find(id);
}

Result<std::optional<User>> UserService::findByEmail(const QString& email) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    return UserRepository(connection).findByEmail(email);
}

Result<QList<User>> UserService::listUsers() {
    LECTERN_TRY(auto connection, m_context.database->connection());
    return UserRepository(connection).list();
}

Result<QHash<Id, User>> UserService::usersById(QList<Id> ids) {
    std::ranges::sort(ids);
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    ids.removeAll(0);
    LECTERN_TRY(auto connection, m_context.database->connection());
    QHash<Id, User> byId;
    // Bounded batches keep each statement's parameter list short.
    constexpr qsizetype batch = 500;
    for (qsizetype start = 0; start < ids.size(); start += batch) {
        LECTERN_TRY(const QList<User> users,
                    UserRepository(connection).findMany(ids.mid(start, batch)));
        for (const User& user : users)
            byId.insert(user.id, user);
    }
    return byId;
}

Result<bool> UserService::hasAnyUser() {
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(const qint64 users, UserRepository(connection).count());
    return users > 0;
}

Result<Course> CourseService::createCourse(const QString& title, const QString& instructorEmail) {
    Course course;
    LECTERN_TRY(course.title, validation::requiredText(QStringLiteral("title"), title, 200));
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    LECTERN_TRY(const User instructor, userByEmail(transaction.connection(), instructorEmail));
    if (!instructor.runsCourses())
        return std::unexpected(Error::invalid(
            QStringLiteral("instructor"), QStringLiteral("%1 is a %2, not an instructor")
                                              .arg(instructor.email, enumName(instructor.role))));
    course.instructorId = instructor.id;
    course.createdAt = course.updatedAt = m_context.now();
    LECTERN_TRY(course.id, CourseRepository(transaction.connection()).insert(course));
    LECTERN_CHECK(transaction.commit());
    return course;
}

Result<Enrollment> CourseService::enroll(Id courseId, const QString& email) {
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    CourseRepository courses(transaction.connection());
    LECTERN_TRY(const Course course, courses.find(courseId));
    LECTERN_TRY(const User user, userByEmail(transaction.connection(), email));
    LECTERN_TRY(const bool enrolled, courses.isEnrolled(course.id, user.id));
    if (enrolled)
        return std::unexpected(Error::conflict(
            QStringLiteral("%1 is already enrolled in \"%2\"").arg(user.email, course.title)));
    Enrollment enrollment{0, course.id, user.id, m_context.now()};
    LECTERN_TRY(enrollment.id, courses.enroll(course.id, user.id, enrollment.createdAt));
    LECTERN_CHECK(transaction.commit());
    // They may see more now: a console of theirs reads what it may hear again.
    m_context.publish(events::accessChanged, 0, user.id);
    return enrollment;
}

Status CourseService::unenroll(Id courseId, const QString& email) {
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    CourseRepository courses(transaction.connection());
    LECTERN_TRY(const Course course, courses.find(courseId));
    LECTERN_TRY(const User user, userByEmail(transaction.connection(), email));
    if (auto removed = courses.unenroll(course.id, user.id); !removed)
        return std::unexpected(
            removed.error().code == ErrorCode::NotFound
                ? Error::notFound(
                      QStringLiteral("%1 is not enrolled in \"%2\"").arg(user.email, course.title))
                : removed.error());
    LECTERN_CHECK(transaction.commit());
    m_context.publish(events::accessChanged, 0, user.id);
    return {};
}

Result<QList<Course>> CourseService::listCourses() {
    LECTERN_TRY(auto connection, m_context.database->connection());
    return CourseRepository(connection).list();
}

Result<Course> CourseService::findCourse(Id courseId) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    return CourseRepository(connection).find(courseId);
}

Result<QList<Course>> CourseService::coursesOf(const User& actor) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    CourseRepository courses(connection);
    return actor.isAdmin() ? courses.list() : courses.listFor(actor.id);
}

} // namespace lectern
