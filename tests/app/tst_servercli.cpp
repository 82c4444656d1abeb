#include "exportreaders.h"
#include "servicefixture.h"
#include "services/attendanceservice.h"
#include "services/pollservice.h"
#include "services/sessionservice.h"
#include "services/userservice.h"
#include "storage/migrations.h"
#include "testdatabase.h"

#include <QTemporaryDir>

#include <QProcess>
#include <QScopeGuard>
#include <QTest>

using namespace lectern;

// Drives the real lectern-server executable, as an admin would from a shell.
class TestServerCli : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;
    QString m_url;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
        QString lastLine() const { return out.trimmed().split(u'\n').last(); }
    };

    Run cli(QStringList arguments, const QByteArray& input = {}) const {
        arguments << QStringLiteral("--database") << m_url;
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(QStringLiteral(LECTERN_SERVER_PATH), arguments);
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60'000))
            qFatal("lectern-server did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // Agora's published reference request, less the keys and the uid.
    static QStringList agoraReferenceRequest() {
        return {QStringLiteral("--channel"),   QStringLiteral("7d72365eb983485397e3e3f9d460bdda"),
                QStringLiteral("--expire"),    QStringLiteral("600"),
                QStringLiteral("--issued-at"), QStringLiteral("1111111"),
                QStringLiteral("--salt"),      QStringLiteral("1")};
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_TEST_DATABASE(m_db);
        m_url = m_db->url().toString();
    }
    void cleanup() { m_db.reset(); }

    void migrateReportsTheVersion() {
        const Run run = cli({QStringLiteral("migrate")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.out.contains(QStringLiteral("schema version %1").arg(Migrations::latestVersion())),
            qPrintable(run.out));
    }

    void setsUpACourseFromTheShell() {
        const Run ada = cli({QStringLiteral("users"), QStringLiteral("add"),
                             QStringLiteral("--email"), QStringLiteral("ada@example.org"),
                             QStringLiteral("--name"), QStringLiteral("Ada Lovelace"),
                             QStringLiteral("--role"), QStringLiteral("instructor"),
                             QStringLiteral("--password"), QStringLiteral("correct horse")});
        QCOMPARE(ada.exitCode, 0);
        bool isNumber = false;
        QVERIFY(ada.lastLine().toLongLong(&isNumber) > 0 && isNumber);

        // The password may come on standard input instead of the command line.
        const Run sam =
            cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--email"),
                 QStringLiteral("sam@example.org"), QStringLiteral("--name"), QStringLiteral("Sam"),
                 QStringLiteral("--role"), QStringLiteral("student")},
                "student pass\n");
        QCOMPARE(sam.exitCode, 0);

        const Run course = cli({QStringLiteral("courses"), QStringLiteral("add"),
                                QStringLiteral("--title"), QStringLiteral("Django 101"),
                                QStringLiteral("--instructor"), QStringLiteral("ada@example.org")});
        QCOMPARE(course.exitCode, 0);
        const QString courseId = course.lastLine();

        const Run enroll =
            cli({QStringLiteral("courses"), QStringLiteral("enroll"), QStringLiteral("--course"),
                 courseId, QStringLiteral("--email"), QStringLiteral("sam@example.org")});
        QCOMPARE(enroll.exitCode, 0);

        const Run users = cli({QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(users.exitCode, 0);
        QVERIFY(users.out.contains(QStringLiteral("ada@example.org")));
        QVERIFY(users.out.contains(QStringLiteral("instructor")));
        const Run courses = cli({QStringLiteral("courses"), QStringLiteral("list")});
        QVERIFY(courses.out.contains(QStringLiteral("Django 101")));

        const QStringList unenrollSam{
            QStringLiteral("courses"),  QStringLiteral("unenroll"),
            QStringLiteral("--course"), courseId,
            QStringLiteral("--email"),  QStringLiteral("sam@example.org")};
        const Run unenroll = cli(unenrollSam);
        QCOMPARE(unenroll.exitCode, 0);
        QVERIFY(unenroll.out.contains(QStringLiteral("Took sam@example.org out of course")));
        const Run again = cli(unenrollSam);
        QVERIFY(again.exitCode != 0);
        QVERIFY(again.err.contains(QStringLiteral("is not enrolled")));
    }

    void errorsGoToStderrWithNonZeroExit() {
        const QStringList add{QStringLiteral("users"),      QStringLiteral("add"),
                              QStringLiteral("--email"),    QStringLiteral("a@example.org"),
                              QStringLiteral("--name"),     QStringLiteral("A"),
                              QStringLiteral("--role"),     QStringLiteral("student"),
                              QStringLiteral("--password"), QStringLiteral("password1")};
        QCOMPARE(cli(add).exitCode, 0);
        const Run duplicate = cli(add);
        QCOMPARE(duplicate.exitCode, 1);
        QVERIFY(duplicate.out.isEmpty());
        QVERIFY(duplicate.err.contains(QStringLiteral("already an account")));

        QStringList badRole = add;
        badRole[7] = QStringLiteral("teacher");
        const Run role = cli(badRole);
        QCOMPARE(role.exitCode, 2);
        QVERIFY(role.err.contains(QStringLiteral("student, instructor, ta, admin")));

        const Run missing = cli({QStringLiteral("courses"), QStringLiteral("add"),
                                 QStringLiteral("--title"), QStringLiteral("X")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("--instructor")));

        const Run unknown = cli({QStringLiteral("courses"), QStringLiteral("enroll"),
                                 QStringLiteral("--course"), QStringLiteral("999"),
                                 QStringLiteral("--email"), QStringLiteral("a@example.org")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("No course")));

        const Run bogus = cli({QStringLiteral("bogus")});
        QCOMPARE(bogus.exitCode, 2);
    }

    void badDatabaseUrlIsAClearError() {
        QProcess process;
        process.start(QStringLiteral(LECTERN_SERVER_PATH),
                      {QStringLiteral("migrate"), QStringLiteral("--database"),
                       QStringLiteral("mysql://x/y")});
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError())
                    .contains(QStringLiteral("sqlite:///")));
    }

    void serveRefusesBadOptionsBeforeListening() {
        const auto serve = [this](const QStringList& options) {
            return cli(QStringList{QStringLiteral("serve"), QStringLiteral("--port"),
                                   QStringLiteral("0")} +
                       options);
        };
        const Run zero = serve({QStringLiteral("--max-connections"), QStringLiteral("0")});
        QCOMPARE(zero.exitCode, 2);
        QVERIFY(zero.err.contains(QStringLiteral("--max-connections takes a number")));
        const Run noGrace = serve({QStringLiteral("--presence-grace"), QStringLiteral("0")});
        QCOMPARE(noGrace.exitCode, 2);
        QVERIFY(noGrace.err.contains(QStringLiteral("--presence-grace takes a number of seconds")));

        const Run certOnly = serve({QStringLiteral("--tls-cert"), QStringLiteral("cert.pem")});
        QCOMPARE(certOnly.exitCode, 2);
        QVERIFY(certOnly.err.contains(QStringLiteral("--tls-cert and --tls-key go together")));

        const Run unreadable =
            serve({QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent/cert.pem"),
                   QStringLiteral("--tls-key"), QStringLiteral("/nonexistent/key.pem")});
        QCOMPARE(unreadable.exitCode, 2);
        QVERIFY2(unreadable.err.contains(QStringLiteral("Cannot read /nonexistent/cert.pem")),
                 qPrintable(unreadable.err));

        const Run badName =
            serve({QStringLiteral("--server-name"), QStringLiteral("https://class.example.org")});
        QCOMPARE(badName.exitCode, 2);
    }

    void printsAgorasReferenceToken() {
        const QStringList reference =
            QStringList{QStringLiteral("agora-token"), QStringLiteral("--app-id"),
                        QStringLiteral("970CA35de60c44645bbae8a215061b33"),
                        QStringLiteral("--certificate"),
                        QStringLiteral("5CFd2fd1755d40ecb72977518be15d3b")} +
            agoraReferenceRequest();
        const Run run =
            cli(reference + QStringList{QStringLiteral("--uid"), QStringLiteral("2882341273")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lastLine(),
                 QStringLiteral(
                     "007eJxTYBBbsMMnKq7p9Hf/HcIX5kce9b518kCiQgSr5Zrp4X1Tu6UUGCzNDZwdjU1TUs0Mkk"
                     "1MzExMk5ISUy0SjQxNDcwMk4yN3b8IMEQwMTAwMoAwBIL4CgzmKeZGxmamqUmWFsYmFqbGl"
                     "uapxqnGaZYpJmYGSSkpiVwMRhYWRsYmhkbmxgDCaiTj"));
        // Mistakes are named, with exit code 2.
        const Run badUid =
            cli(reference + QStringList{QStringLiteral("--uid"), QStringLiteral("-1")});
        QCOMPARE(badUid.exitCode, 2);
        QVERIFY(badUid.err.contains(QStringLiteral("--uid")));
        QStringList shortId = reference;
        shortId[2] = QStringLiteral("970CA35de60c");
        const Run badId = cli(shortId);
        QCOMPARE(badId.exitCode, 2);
        QVERIFY2(badId.err.contains(QStringLiteral("32 hexadecimal digits")),
                 qPrintable(badId.err));
        const Run noChannel = cli({QStringLiteral("agora-token"), QStringLiteral("--app-id"),
                                   reference[2], QStringLiteral("--certificate"), reference[4]});
        QCOMPARE(noChannel.exitCode, 2);
        QVERIFY(noChannel.err.contains(QStringLiteral("--channel")));
    }

    void exportsASessionsAttendanceAsCsv() {
        // A class that took place, set up through the services on the same database.
        test::ServiceFixture f(std::move(m_db));
        auto live = f.liveClass(2);
        f.clock().set(live.session.actualStart.addSecs(30 * 60));
        LECTERN_VERIFY_OK(
            SessionService(f.context()).endLiveSession(live.instructor, live.session.id));
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("week-12.csv"));
        const QStringList exportIt{QStringLiteral("export"),    QStringLiteral("attendance"),
                                   QStringLiteral("--session"), QString::number(live.session.id),
                                   QStringLiteral("--output"),  file};

        // Exports are made as an admin; without one it says how to add one.
        const Run noAdmin = cli(exportIt);
        QCOMPARE(noAdmin.exitCode, 1);
        QVERIFY2(noAdmin.err.contains(QStringLiteral("--role admin")), qPrintable(noAdmin.err));
        QVERIFY(!QFile::exists(file));

        f.addUser(Role::Admin, QStringLiteral("Root"));
        const Run done = cli(exportIt);
        QCOMPARE(done.exitCode, 0);
        QVERIFY(done.out.contains(QStringLiteral("2 people")));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray csv = written.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBFname,email,role,joined,left,duration"));
        QVERIFY(csv.contains(live.students[0].email.toUtf8()));

        const Run badFormat =
            cli(exportIt + QStringList{QStringLiteral("--format"), QStringLiteral("docx")});
        QCOMPARE(badFormat.exitCode, 2);
        const Run unknown = cli({QStringLiteral("export"), QStringLiteral("attendance"),
                                 QStringLiteral("--session"), QStringLiteral("424242"),
                                 QStringLiteral("--output"), file});
        QCOMPARE(unknown.exitCode, 1);

        // The course's schedule as a calendar file.
        const QString ics = folder.filePath(QStringLiteral("django.ics"));
        const Run calendar =
            cli({QStringLiteral("export"), QStringLiteral("calendar"), QStringLiteral("--course"),
                 QString::number(live.course.id), QStringLiteral("--output"), ics});
        QCOMPARE(calendar.exitCode, 0);
        QFile calendarFile(ics);
        QVERIFY(calendarFile.open(QIODevice::ReadOnly));
        const QByteArray events = calendarFile.readAll();
        QVERIFY(events.startsWith("BEGIN:VCALENDAR\r\n"));
        const QByteArray uid =
            QByteArray("UID:lectern-session-") + QByteArray::number(live.session.id) + "@lectern";
        QVERIFY(events.contains(uid));
        // A course that does not exist is said so, not written as an empty calendar.
        const Run noCourse =
            cli({QStringLiteral("export"), QStringLiteral("calendar"), QStringLiteral("--course"),
                 QStringLiteral("424242"), QStringLiteral("--output"), ics});
        QCOMPARE(noCourse.exitCode, 1);
        QVERIFY(noCourse.err.contains(QStringLiteral("424242")));
        const Run both =
            cli({QStringLiteral("export"), QStringLiteral("calendar"), QStringLiteral("--course"),
                 QStringLiteral("1"), QStringLiteral("--session"), QStringLiteral("1"),
                 QStringLiteral("--output"), ics});
        QCOMPARE(both.exitCode, 2);
    }

    void exportsACoursesAttendanceInEachFormat() {
        test::ServiceFixture f(std::move(m_db));
        auto live = f.liveClass(2);
        f.clock().set(live.session.actualStart.addSecs(50 * 60));
        LECTERN_VERIFY_OK(
            SessionService(f.context()).endLiveSession(live.instructor, live.session.id));
        f.addUser(Role::Admin, QStringLiteral("Root"));
        const QString day = live.session.scheduledStart.toLocalTime().date().toString(Qt::ISODate);
        QTemporaryDir folder;
        const auto exportAs = [&](const QString& format, const QStringList& more = {}) {
            return cli(QStringList{QStringLiteral("export"), QStringLiteral("attendance"),
                                   QStringLiteral("--course"), QString::number(live.course.id),
                                   QStringLiteral("--from"), day, QStringLiteral("--to"), day,
                                   QStringLiteral("--format"), format, QStringLiteral("--output"),
                                   folder.filePath(QStringLiteral("course.") + format)} +
                       more);
        };

        const Run pdf = exportAs(QStringLiteral("pdf"));
        QCOMPARE(pdf.exitCode, 0);
        QVERIFY2(pdf.out.contains(QStringLiteral("1 sessions and the totals of 2 students")),
                 qPrintable(pdf.out));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {folder.filePath(QStringLiteral("course.pdf")), QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30'000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("Attendance: ") + live.course.title));
        QVERIFY(text.contains(live.students[1].name));
        QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));

        QCOMPARE(exportAs(QStringLiteral("xlsx")).exitCode, 0);
        const auto sheets =
            test::readXlsxWithPython(folder.filePath(QStringLiteral("course.xlsx")));
        QCOMPARE(sheets.size(), 2);
        QCOMPARE(sheets.at(1).rows.size(), 3); // header and two students

        // The whole class stayed 50 of 60 minutes: present, and eligible at 75 %, not at 90 %.
        QCOMPARE(exportAs(QStringLiteral("csv"),
                          {QStringLiteral("--required-share"), QStringLiteral("90")})
                     .exitCode,
                 0);
        const auto rows = test::readCsvWithPython(folder.filePath(QStringLiteral("course.csv")));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.first().last(), QStringLiteral("eligible"));
        QCOMPARE(rows.at(1).last(), QStringLiteral("yes"));

        // Bad options are usage errors, said before anything is written.
        const QString id = QString::number(live.session.id);
        for (const QStringList& bad :
             {QStringList{QStringLiteral("--from"), QStringLiteral("26/11/2026")},
              QStringList{QStringLiteral("--to"), QStringLiteral("2020-01-01")},
              QStringList{QStringLiteral("--required-share"), QStringLiteral("0")},
              QStringList{QStringLiteral("--required-share"), QStringLiteral("many")},
              QStringList{QStringLiteral("--session"), id}}) {
            const Run refused = exportAs(QStringLiteral("pdf"), bad);
            QVERIFY2(refused.exitCode == 2, qPrintable(bad.join(u' ') + refused.err));
        }
        const Run rangeOfASession =
            cli({QStringLiteral("export"), QStringLiteral("attendance"),
                 QStringLiteral("--session"), id, QStringLiteral("--from"), day,
                 QStringLiteral("--output"), folder.filePath(QStringLiteral("x.csv"))});
        QCOMPARE(rangeOfASession.exitCode, 2);
        QVERIFY(rangeOfASession.err.contains(QStringLiteral("go with --course")));
    }

    void exportsPollResults() {
        test::ServiceFixture f(std::move(m_db));
        auto live = f.liveClass(1);
        PollDraft draft;
        draft.question = QStringLiteral("Ready for the quiz?");
        draft.options = {QStringLiteral("Yes"), QStringLiteral("Not yet")};
        PollService polls(f.context());
        const LivePoll poll =
            test::required(polls.createPoll(live.instructor, live.session.id, draft), "poll");
        test::required(polls.startPoll(live.instructor, poll.id), "start");
        test::required(polls.votePoll(live.students[0], poll.id, {poll.options[0].id}), "vote");
        f.addUser(Role::Admin, QStringLiteral("Root"));
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("polls.csv"));
        const QStringList exportIt{QStringLiteral("export"),    QStringLiteral("polls"),
                                   QStringLiteral("--session"), QString::number(live.session.id),
                                   QStringLiteral("--output"),  file};
        const Run done = cli(exportIt);
        QCOMPARE(done.exitCode, 0);
        QVERIFY(done.out.contains(QStringLiteral("the results of 1 polls")));
        const auto rows = test::readCsvWithPython(file);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).at(8), QStringLiteral("Yes"));
        QCOMPARE(rows.at(1).at(9), QStringLiteral("1"));
        const Run pdf =
            cli(exportIt + QStringList{QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(pdf.exitCode, 2);
        QVERIFY(pdf.err.contains(QStringLiteral("csv or xlsx")));
    }

    void keepsAgorasKeysForItsTokens() {
        // The secret store's owner-only file, in a folder of the test's own.
        QTemporaryDir home;
        m_environment.insert(QStringLiteral("LECTERN_SECRET_STORE"), QStringLiteral("file"));
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        const auto restore =
            qScopeGuard([this] { m_environment = QProcessEnvironment::systemEnvironment(); });
        const QString appId = QStringLiteral("970CA35de60c44645bbae8a215061b33");
        const QString certificate = QStringLiteral("5CFd2fd1755d40ecb72977518be15d3b");
        QVERIFY(cli({QStringLiteral("agora-keys")}).out.contains(QStringLiteral("No Agora keys")));
        const Run bad = cli({QStringLiteral("agora-keys"), QStringLiteral("--app-id"),
                             QStringLiteral("123"), QStringLiteral("--certificate"), certificate});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("32 hexadecimal digits")));
        const Run kept = cli({QStringLiteral("agora-keys"), QStringLiteral("--app-id"), appId,
                              QStringLiteral("--certificate"), certificate});
        QCOMPARE(kept.exitCode, 0);
        const Run shown = cli({QStringLiteral("agora-keys")});
        QVERIFY(shown.out.contains(appId));
        QVERIFY(!shown.out.contains(certificate)); // never printed

        // agora-token signs with the kept keys: Agora's reference token again.
        const QStringList token =
            QStringList{QStringLiteral("agora-token")} + agoraReferenceRequest() +
            QStringList{QStringLiteral("--uid"), QStringLiteral("2882341273")};
        const Run signed_ = cli(token);
        QCOMPARE(signed_.exitCode, 0);
        QVERIFY(signed_.lastLine().startsWith(QStringLiteral("007eJxTYBBbsMMnKq7p9Hf")));

        QCOMPARE(cli({QStringLiteral("agora-keys"), QStringLiteral("--forget")}).exitCode, 0);
        const Run noKeys = cli(token);
        QCOMPARE(noKeys.exitCode, 2);
        QVERIFY(noKeys.err.contains(QStringLiteral("agora-keys")));
    }

    void importsARosterFile() {
        test::ServiceFixture f(std::move(m_db));
        const User ada = f.addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f.addCourse(ada);
        QTemporaryDir folder;
        const auto write = [&](const QString& name, const QByteArray& content) {
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
                qFatal("cannot write %s", qPrintable(name));
            return file.fileName();
        };
        const QStringList importTo{QStringLiteral("import"), QStringLiteral("--course"),
                                   QString::number(course.id)};

        const QString bad =
            write(QStringLiteral("bad.csv"), "email;name\nok@example.org;Ok\nnope;No\n");
        const Run refused = cli(importTo + QStringList{bad});
        QCOMPARE(refused.exitCode, 2); // bad input, as for every command
        QVERIFY2(refused.err.contains(QStringLiteral("line 3:")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("--skip-bad-lines")));
        const Run skipped = cli(importTo + QStringList{QStringLiteral("--skip-bad-lines"), bad});
        QCOMPARE(skipped.exitCode, 0);
        QVERIFY(skipped.out.contains(QStringLiteral("created ok@example.org\t")));
        QVERIFY(skipped.lastLine().startsWith(QStringLiteral("Enrolled 1")));
        // The short name ARCHITECTURE.md uses works too (everyone is enrolled by now).
        const Run again = cli(importTo + QStringList{QStringLiteral("--skip-bad"), bad});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.lastLine().startsWith(QStringLiteral("Enrolled 0")));

        const Run missing =
            cli(importTo + QStringList{folder.filePath(QStringLiteral("none.csv"))});
        QCOMPARE(missing.exitCode, 1);
        const Run noFile = cli(importTo);
        QCOMPARE(noFile.exitCode, 2);
    }

    void importsAPlatformAttendanceReport() {
        test::ServiceFixture f(std::move(m_db));
        const User ada = f.addUser(Role::Instructor, QStringLiteral("Ada"));
        const User sam = f.addUser(Role::Student, QStringLiteral("Samuel Student"),
                                   QStringLiteral("sam@lectern.test"));
        const Course course = f.addCourse(ada);
        f.enroll(course, sam);
        const QDateTime start(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC);
        const LiveSession session = f.addSession(course, ada, start);
        f.clock().set(start);
        QVERIFY(SessionService(f.context()).startLiveSession(ada, session.id));
        f.clock().advance(3600);
        QVERIFY(SessionService(f.context()).endLiveSession(ada, session.id));
        QTemporaryDir folder;
        const QString report = folder.filePath(QStringLiteral("zoom.csv"));
        QFile file(report);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\r\n"
                   "Sam,sam@lectern.test,11/25/2026 03:05:00 PM,11/25/2026 03:55:00 PM,50\r\n"
                   "Guest Caller,,11/25/2026 03:10:00 PM,11/25/2026 03:20:00 PM,10\r\n"
                   "Kim,kim@lectern.test,noon,11/25/2026 03:20:00 PM,10\r\n");
        file.close();
        const QStringList importIt{QStringLiteral("import"),
                                   QStringLiteral("attendance"),
                                   QStringLiteral("--session"),
                                   QString::number(session.id),
                                   QStringLiteral("--time-zone"),
                                   QStringLiteral("UTC"),
                                   report};

        const Run noAdmin = cli(importIt);
        QCOMPARE(noAdmin.exitCode, 1);
        QVERIFY2(noAdmin.err.contains(QStringLiteral("--role admin")), qPrintable(noAdmin.err));
        f.addUser(Role::Admin, QStringLiteral("Root"));

        // A preview, with what it could not match and the bad line, and nothing written.
        const Run preview = cli(importIt);
        QCOMPARE(preview.exitCode, 0);
        QVERIFY2(preview.out.contains(QStringLiteral("Samuel Student\tsam@lectern.test\tline "
                                                     "2\tabsent 0.0%\tpresent 83.3%")),
                 qPrintable(preview.out));
        QVERIFY(preview.err.contains(QStringLiteral("not matched: Guest Caller (line 3")));
        QVERIFY(preview.err.contains(QStringLiteral("line 4: \"noon\" is not a join time")));
        QVERIFY(preview.lastLine().startsWith(QStringLiteral("Preview only")));
        auto records = AttendanceService(f.context()).getAttendance(ada, session.id);
        QVERIFY(records->isEmpty());

        const Run refused = cli(importIt + QStringList{QStringLiteral("--apply")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(QStringLiteral("--skip-bad-lines")));
        QVERIFY(AttendanceService(f.context()).getAttendance(ada, session.id)->isEmpty());
        const Run applied = cli(
            importIt + QStringList{QStringLiteral("--apply"), QStringLiteral("--skip-bad-lines"),
                                   QStringLiteral("--assign"),
                                   QStringLiteral("Guest Caller=sam@lectern.test")});
        QCOMPARE(applied.exitCode, 0);
        QVERIFY2(applied.lastLine().startsWith(QStringLiteral("Merged the zoom report: 1")),
                 qPrintable(applied.out));
        records = AttendanceService(f.context()).getAttendance(ada, session.id);
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->first().status, AttendanceStatus::Present);

        for (const QStringList& wrong :
             {QStringList{QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus")},
              QStringList{QStringLiteral("--assign"), QStringLiteral("nobody")}}) {
            const Run bad = cli(importIt + wrong);
            QCOMPARE(bad.exitCode, 2);
        }
    }

    void helpNamesTheCommand() {
        const Run help =
            cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith(QStringLiteral("Usage: lectern-server users add [options]")));
        QVERIFY(help.out.contains(QStringLiteral("--password")));
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
