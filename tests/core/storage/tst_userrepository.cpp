#include "servicefixture.h"
#include "storage/userrepository.h"

#include <QTest>

using namespace lectern;

class TestUserRepository : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;

    UserRepository users() { return UserRepository(*f->context().database->connection()); }
    CourseRepository courses() { return CourseRepository(*f->context().database->connection()); }

private Q_SLOTS:
    void init() { LECTERN_OPEN_FIXTURE(f); }
    void cleanup() { f.reset(); }

    void emailIsUniqueInTheDatabase() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        User copy = ada;
        copy.id = 0;
        LECTERN_VERIFY_ERROR(users().insert(copy, QStringLiteral("hash")), ErrorCode::Conflict);
        QCOMPARE(*users().count(), qint64(1));
        QCOMPARE(*users().passwordHash(ada.id) != QString(), true);
        LECTERN_VERIFY_ERROR(users().find(9999), ErrorCode::NotFound);
        QVERIFY(!users().findByEmail(QStringLiteral("nobody@example.org"))->has_value());
    }

    void enrolmentIsUniqueAndMembershipReadsIt() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const User sam = f->addUser(Role::Student, QStringLiteral("Sam"));
        const Course course = f->addCourse(ada);
        const QDateTime now = f->clock().now();
        LECTERN_VERIFY_OK(courses().enroll(course.id, sam.id, now));
        LECTERN_VERIFY_ERROR(courses().enroll(course.id, sam.id, now), ErrorCode::Conflict);
        QCOMPARE(*courses().enrollmentCount(course.id), qint64(1));
        const auto membership = courses().membership(course.id, sam.id);
        QVERIFY(membership->enrolled);
        QCOMPARE(membership->instructorId, ada.id);
        QVERIFY(!courses().membership(course.id, ada.id)->enrolled);
        LECTERN_VERIFY_ERROR(courses().membership(4242, sam.id), ErrorCode::NotFound);
        LECTERN_VERIFY_ERROR(courses().enroll(4242, sam.id, now), ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
