#include "servicefixture.h"
#include "services/passwordhasher.h"
#include "services/userservice.h"

#include <QTest>

using namespace lectern;

class TestUserService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;

private Q_SLOTS:
    void init() { LECTERN_OPEN_FIXTURE(f); }
    void cleanup() { f.reset(); }

    void passwordHashIsSaltedPbkdf2() {
        const QString first = PasswordHasher::hash(QStringLiteral("correct horse"));
        const QString second = PasswordHasher::hash(QStringLiteral("correct horse"));
        QVERIFY(first.startsWith(QStringLiteral("pbkdf2-sha512$100000$")));
        QVERIFY(first != second);
        QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse"), first));
        QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse"), second));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("correct hors"), first));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horse"), QStringLiteral("plain")));
        QVERIFY(
            !PasswordHasher::verify(QStringLiteral("x"), QStringLiteral("pbkdf2-sha512$0$a$b")));
    }

    void createAndAuthenticate() {
        UserService users(f->context());
        auto created = users.createUser(QStringLiteral("  Ada@Example.org "), QStringLiteral("Ada"),
                                        Role::Instructor, QStringLiteral("s3cret-pass"));
        LECTERN_VERIFY_OK(created);
        QCOMPARE(created->email, QStringLiteral("ada@example.org"));
        QCOMPARE(users.hasAnyUser().value_or(false), true);
        auto signedIn =
            users.authenticate(QStringLiteral("ADA@example.org"), QStringLiteral("s3cret-pass"));
        LECTERN_VERIFY_OK(signedIn);
        QCOMPARE(signedIn->id, created->id);
        QCOMPARE(signedIn->role, Role::Instructor);
        auto wrong =
            users.authenticate(QStringLiteral("ada@example.org"), QStringLiteral("nope-nope"));
        LECTERN_VERIFY_ERROR(wrong, ErrorCode::Unauthorized);
        auto unknown = users.authenticate(QStringLiteral("who@example.org"), QStringLiteral("x"));
        LECTERN_VERIFY_ERROR(unknown, ErrorCode::Unauthorized);
        QCOMPARE(unknown.error().message, wrong.error().message);
    }

    void duplicateEmailIsConflict() {
        UserService users(f->context());
        LECTERN_VERIFY_OK(users.createUser(QStringLiteral("a@example.org"), QStringLiteral("A"),
                                           Role::Student, QStringLiteral("password1")));
        LECTERN_VERIFY_ERROR(users.createUser(QStringLiteral("A@EXAMPLE.ORG"), QStringLiteral("B"),
                                              Role::Student, QStringLiteral("password2")),
                             ErrorCode::Conflict);
        QCOMPARE(users.listUsers()->size(), 1);
    }

    void badAccountsAreInvalid_data() {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("field");
        QTest::newRow("no at") << QStringLiteral("ada.example.org") << QStringLiteral("Ada")
                               << QStringLiteral("password1") << QStringLiteral("email");
        QTest::newRow("no name") << QStringLiteral("a@example.org") << QStringLiteral(" ")
                                 << QStringLiteral("password1") << QStringLiteral("name");
        QTest::newRow("short password") << QStringLiteral("a@example.org") << QStringLiteral("Ada")
                                        << QStringLiteral("short") << QStringLiteral("password");
    }
    void badAccountsAreInvalid() {
        QFETCH(QString, email);
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(QString, field);
        auto created = UserService(f->context()).createUser(email, name, Role::Student, password);
        LECTERN_VERIFY_ERROR(created, ErrorCode::Invalid);
        QCOMPARE(created.error().field, field);
    }

    void coursesNeedAnInstructorAndEnrolOnce() {
        const User teacher = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const User student = f->addUser(Role::Student, QStringLiteral("Sam"));
        CourseService courses(f->context());
        LECTERN_VERIFY_ERROR(courses.createCourse(QStringLiteral("X"), student.email),
                             ErrorCode::Invalid);
        LECTERN_VERIFY_ERROR(
            courses.createCourse(QStringLiteral("X"), QStringLiteral("no@example.org")),
            ErrorCode::NotFound);
        LECTERN_VERIFY_ERROR(courses.createCourse(QStringLiteral(""), teacher.email),
                             ErrorCode::Invalid);
        auto course = courses.createCourse(QStringLiteral("Django 101"), teacher.email);
        LECTERN_VERIFY_OK(course);
        QCOMPARE(course->instructorId, teacher.id);
        LECTERN_VERIFY_OK(courses.enroll(course->id, student.email));
        LECTERN_VERIFY_ERROR(courses.enroll(course->id, student.email), ErrorCode::Conflict);
        LECTERN_VERIFY_ERROR(courses.enroll(424242, student.email), ErrorCode::NotFound);
        QCOMPARE(courses.listCourses()->size(), 1);
    }

    void eachUserSeesTheirOwnCourses() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const User grace = f->addUser(Role::Instructor, QStringLiteral("Grace"));
        const User sam = f->addUser(Role::Student, QStringLiteral("Sam"));
        const User admin = f->addUser(Role::Admin, QStringLiteral("Root"));
        CourseService courses(f->context());
        auto django = courses.createCourse(QStringLiteral("Django 101"), ada.email);
        auto rust = courses.createCourse(QStringLiteral("Rust 201"), grace.email);
        LECTERN_VERIFY_OK(django);
        LECTERN_VERIFY_OK(rust);
        LECTERN_VERIFY_OK(courses.enroll(rust->id, sam.email));

        const auto titles = [&](const User& user) {
            QStringList names;
            const QList<Course> found = courses.coursesOf(user).value();
            for (const Course& course : found)
                names << course.title;
            return names;
        };
        QCOMPARE(titles(ada), QStringList{QStringLiteral("Django 101")});
        QCOMPARE(titles(sam), QStringList{QStringLiteral("Rust 201")});
        QCOMPARE(titles(admin),
                 (QStringList{QStringLiteral("Django 101"), QStringLiteral("Rust 201")}));
    }
};

QTEST_GUILESS_MAIN(TestUserService)
#include "tst_userservice.moc"
