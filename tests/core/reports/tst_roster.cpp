#include "domain/importfile.h"
#include "reports/roster.h"
#include "servicefixture.h"
#include "services/userservice.h"

#include <QTest>

using namespace lectern;
using namespace lectern::reports;

// Roster files: read with libcsv, checked line by line, imported all or nothing.
class TestRoster : public QObject {
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> f;
    static QString password(const QString&) { return QStringLiteral("first password"); }

private Q_SLOTS:
    void init() { LECTERN_OPEN_FIXTURE(f); }
    void cleanup() { f.reset(); }

    void readsCommonShapesOfFile_data() {
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("header, commas")
            << QByteArray("email,name,role\r\nsam@example.org,Sam,student\r\n"
                          "\"kim@example.org\",\"Kim, Jr.\",ta\r\n");
        QTest::newRow("BOM, semicolons, no header")
            << QByteArray("\xEF\xBB\xBFsam@example.org;Sam\nkim@example.org;Kim, Jr.;TA\n");
        QTest::newRow("blank lines")
            << QByteArray("sam@example.org,Sam\n\nkim@example.org,\"Kim, Jr.\",ta");
    }
    void readsCommonShapesOfFile() {
        QFETCH(QByteArray, file);
        const Roster roster = readRoster(file);
        QVERIFY2(roster.problems.isEmpty(), qPrintable(roster.problems.value(0).message));
        QCOMPARE(roster.entries.size(), 2);
        QCOMPARE(roster.entries.at(0).email, QStringLiteral("sam@example.org"));
        QCOMPARE(roster.entries.at(0).role, Role::Student);
        QCOMPARE(roster.entries.at(1).name, QStringLiteral("Kim, Jr."));
        QCOMPARE(roster.entries.at(1).role, Role::Ta);
    }

    void badLinesAreNamed() {
        const Roster roster = readRoster(QByteArray("email,name\n"
                                                    "ok@example.org,Ok\n"
                                                    "not-an-email,Bad\n"
                                                    "lonely@example.org\n"
                                                    "x@example.org,,\n"
                                                    "y@example.org,Why,teacher\n") +
                                         "z@example.org," + QByteArray(201, 'z') + "\n");
        QCOMPARE(roster.entries.size(), 1);
        QCOMPARE(roster.problems.size(), 5);
        QCOMPARE(roster.problems.at(0).line, 3);
        QVERIFY(roster.problems.at(0).message.contains(QStringLiteral("not an email")));
        QCOMPARE(roster.problems.at(1).line, 4);
        QVERIFY(roster.problems.at(1).message.contains(QStringLiteral("email,name")));
        QVERIFY(roster.problems.at(2).message.contains(QStringLiteral("name must not be empty")));
        QVERIFY(roster.problems.at(3).message.contains(QStringLiteral("teacher")));
        // Names follow the account rules (at most 200 characters), found before any import.
        QCOMPARE(roster.problems.at(4).line, 7);
        QVERIFY(roster.problems.at(4).message.contains(QStringLiteral("200")));
        // An unclosed quote is not CSV.
        const Roster broken = readRoster(QByteArray("a@example.org,\"Unclosed\n"));
        QCOMPARE(broken.problems.size(), 1);
        QVERIFY(broken.problems.first().message.contains(QStringLiteral("not valid CSV")));
    }

    void importsCreatesMatchesAndEnrols() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f->addCourse(ada);
        const User sam = f->addUser(Role::Student, QStringLiteral("Sam")); // has an account
        f->enroll(course, sam);
        const Roster roster =
            readRoster((sam.email +
                        QStringLiteral(",Sam\nnew@example.org,New Person\nta@example.org,Tia,ta\n"))
                           .toUtf8());
        const auto imported = importRoster(f->context(), course.id, roster, false, password);
        LECTERN_VERIFY_OK(imported);
        QCOMPARE(imported->created.size(), 2);
        QCOMPARE(imported->enrolled.size(), 2);
        QCOMPARE(imported->alreadyEnrolled, 1);
        const auto tia =
            UserService(f->context())
                .authenticate(QStringLiteral("ta@example.org"), QStringLiteral("first password"));
        LECTERN_VERIFY_OK(tia);
        QCOMPARE(tia->role, Role::Ta);
        LECTERN_VERIFY_ERROR(importRoster(f->context(), 424242, roster, false, password),
                             ErrorCode::NotFound);
    }

    void atTheConsoleOnlyTheCoursesInstructorOrAnAdminImports() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f->addCourse(ada);
        const Roster roster = readRoster("new@example.org,New Person\n");
        const User grace = f->addUser(Role::Instructor, QStringLiteral("Grace"));
        const User sam = f->addUser(Role::Student, QStringLiteral("Sam"));
        for (const User& refused : {grace, sam})
            LECTERN_VERIFY_ERROR(
                importRosterAs(f->context(), refused, course.id, roster, false, password),
                ErrorCode::Forbidden);
        LECTERN_VERIFY_OK(importRosterAs(f->context(), ada, course.id, roster, false, password));
        const User root = f->addUser(Role::Admin, QStringLiteral("Root"));
        const auto again = importRosterAs(f->context(), root, course.id, roster, false, password);
        LECTERN_VERIFY_OK(again);
        QCOMPARE(again->alreadyEnrolled, 1);
        // First passwords are long, and differ.
        QCOMPARE(newAccountPassword().size(), 14);
        QVERIFY(newAccountPassword() != newAccountPassword());
    }

    void onePersonTwiceGetsOneAccountWhosePasswordWorks() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f->addCourse(ada);
        const Roster roster = readRoster("twice@example.org,Twice\nTWICE@example.org,Twice\n");
        int asked = 0;
        QString given;
        const auto imported =
            importRoster(f->context(), course.id, roster, false, [&](const QString&) {
                ++asked;
                return given = reports::newAccountPassword();
            });
        LECTERN_VERIFY_OK(imported);
        QCOMPARE(asked, 1);
        QCOMPARE(imported->created.size(), 1);
        QCOMPARE(imported->alreadyEnrolled, 1);
        LECTERN_VERIFY_OK(
            UserService(f->context()).authenticate(QStringLiteral("twice@example.org"), given));
    }

    void aFileWithBadLinesImportsNothingUnlessAsked() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f->addCourse(ada);
        const Roster roster = readRoster(QByteArray("good@example.org,Good\nbad,Bad\n"));
        LECTERN_VERIFY_ERROR(importRoster(f->context(), course.id, roster, false, password),
                             ErrorCode::Invalid);
        QVERIFY(!UserService(f->context())
                     .findByEmail(QStringLiteral("good@example.org"))
                     ->has_value());
        const auto skipped = importRoster(f->context(), course.id, roster, true, password);
        LECTERN_VERIFY_OK(skipped);
        QCOMPARE(skipped->created.size(), 1);
    }

    void aFileLargerThanARosterIsRefusedUnread() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f->addCourse(ada);
        QByteArray file = "late@example.org,Late\n";
        file.append(QByteArray(maxImportFileBytes - file.size(), '\n'));
        LECTERN_VERIFY_OK(importRosterFile(f->context(), ada, course.id, file, false));
        file.append('\n');
        const auto refused = importRosterFile(f->context(), ada, course.id, file, false);
        LECTERN_VERIFY_ERROR(refused, ErrorCode::TooLarge);
        QVERIFY2(refused.error().message.contains(QStringLiteral("larger than 8 MB")),
                 qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(TestRoster)
#include "tst_roster.moc"
