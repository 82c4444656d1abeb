#include "client/local/localconsole.h"
#include "domain/events.h"
#include "servicefixture.h"
#include "services/chatservice.h"
#include "services/pollservice.h"
#include "services/questionservice.h"
#include "services/sessionservice.h"

#include <QNetworkInterface>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QThreadPool>
#include <QUrl>

using namespace lectern;

// The console's door on this computer: views come back with what the caller may do in them,
// refusals come back as errors, and the core's events reach the console.
class TestLocalConsole : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    test::ServiceFixture::LiveClass live;
    User ta;

    template <typename T> static T answer(QFuture<T> future) {
        future.waitForFinished();
        return future.result();
    }
    client::LocalConsole consoleOf(const User& user) { return {f->context(), user}; }
    static ChatDraft said(const QString& text) {
        ChatDraft draft;
        draft.content = text;
        return draft;
    }

    void endWithARecording() {
        QVERIFY(SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        f->addRecording(live.session, live.instructor);
    }

private Q_SLOTS:
    void initTestCase() {
        // The Agora keys go to a secrets file in a test folder.
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LECTERN_SECRET_STORE", "file");
    }
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        live = f->liveClass(2);
        ta = f->addUser(Role::Ta, QStringLiteral("Tariq TA"));
        f->enroll(live.course, ta);
    }
    void cleanup() { f.reset(); }

    void theInstructorSeesRecordingsAttendanceAndNames() {
        endWithARecording();
        client::LocalConsole console = consoleOf(live.instructor);
        const auto records = answer(console.sessionRecords(live.session.id));
        LECTERN_VERIFY_OK(records);
        QVERIFY(records->rights.manages);
        QVERIFY(records->rights.staffs);
        QCOMPARE(records->recordings.size(), 1);
        QCOMPARE(records->completions.value(records->recordings[0].id, -1), qint64(0));
        QCOMPARE(records->attendance.size(), 2);
        QVERIFY(records->attendanceProblem.isEmpty());
        for (const SessionAttendance& record : records->attendance)
            QVERIFY(!records->people.value(record.userId).name.isEmpty());
    }

    void aTaSeesTheRecordingsButNotTheAttendance() {
        endWithARecording();
        client::LocalConsole console = consoleOf(ta);
        const auto records = answer(console.sessionRecords(live.session.id));
        LECTERN_VERIFY_OK(records);
        QVERIFY(!records->rights.manages);
        QVERIFY(records->rights.staffs);
        QVERIFY(records->rights.moderates);
        QCOMPARE(records->recordings.size(), 1);
        QVERIFY(records->completions.isEmpty());
        QVERIFY(records->attendance.isEmpty());
        QVERIFY(records->people.isEmpty());
        QVERIFY(!records->attendanceProblem.isEmpty());
    }

    void aStudentHasNoRightsInTheSession() {
        endWithARecording();
        client::LocalConsole console = consoleOf(live.students[0]);
        const auto records = answer(console.sessionRecords(live.session.id));
        LECTERN_VERIFY_OK(records);
        QVERIFY(!records->rights.manages);
        QVERIFY(!records->rights.staffs);
        QVERIFY(!records->rights.moderates);
        QVERIFY(records->attendance.isEmpty());
    }

    void someoneOutsideTheCourseIsRefused() {
        endWithARecording();
        const User outsider = f->addUser(Role::Student, QStringLiteral("Olga Outsider"));
        client::LocalConsole console = consoleOf(outsider);
        const auto records = answer(console.sessionRecords(live.session.id));
        QVERIFY(!records);
        QVERIFY(records.error().code == ErrorCode::NotFound ||
                records.error().code == ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(answer(console.attendanceHistory(live.session.id)),
                             records.error().code);
    }

    void aTaCannotVerifyAttendance() {
        endWithARecording();
        const auto records = answer(consoleOf(live.instructor).sessionRecords(live.session.id));
        LECTERN_VERIFY_OK(records);
        client::LocalConsole console = consoleOf(ta);
        LECTERN_VERIFY_ERROR(
            answer(console.verifyAttendance(records->attendance[0].id, AttendanceStatus::Excused,
                                            QStringLiteral("Doctor's note"))),
            ErrorCode::Forbidden);
    }

    void aMissingSessionIsNotFound() {
        client::LocalConsole console = consoleOf(live.instructor);
        LECTERN_VERIFY_ERROR(answer(console.sessionRecords(987654)), ErrorCode::NotFound);
    }

    void sessionsHostedByMeAreOnlyTheUsersOwn() {
        const User other = f->addUser(Role::Instructor, QStringLiteral("Otto Other"));
        const Course course = f->addCourse(other, QStringLiteral("Statistics"));
        f->enroll(course, live.instructor);
        f->addSession(course, other, test::ServiceFixture::startOfDay().addDays(1));
        client::LocalConsole console = consoleOf(live.instructor);
        SessionQuery mine;
        mine.hostedByMe = true;
        const auto own = answer(console.sessions(mine));
        LECTERN_VERIFY_OK(own);
        QCOMPARE(own->size(), 1);
        QCOMPARE(own->first().id, live.session.id);
        const auto all = answer(console.sessions({}));
        LECTERN_VERIFY_OK(all);
        QCOMPARE(all->size(), 2);
        SessionQuery liveOnly;
        liveOnly.status = SessionStatus::Live;
        QCOMPARE(answer(console.sessions(liveOnly))->size(), 1);
    }

    void theInstructorRunsTheirSessionsAndSchedulesForTheirCourse() {
        const auto schedule = answer(consoleOf(live.instructor).schedule({}));
        LECTERN_VERIFY_OK(schedule);
        QCOMPARE(schedule->sessions.size(), 1);
        QVERIFY(schedule->runs.contains(live.session.id));
        QCOMPARE(schedule->courses.size(), 1);
        QCOMPARE(schedule->schedulable.size(), 1);
        QCOMPARE(schedule->schedulable.first().id, live.course.id);
        QVERIFY(schedule->hosts.isEmpty());
        QVERIFY(schedule->next);
        QCOMPARE(schedule->next->id, live.session.id);
    }

    void aTaSeesTheScheduleButRunsNothing() {
        client::LocalConsole console = consoleOf(ta);
        const auto schedule = answer(console.schedule({}));
        LECTERN_VERIFY_OK(schedule);
        QCOMPARE(schedule->sessions.size(), 1);
        QVERIFY(schedule->runs.isEmpty());
        QVERIFY(schedule->schedulable.isEmpty());
        QVERIFY(schedule->hosts.isEmpty());
        const LiveSession later =
            f->addSession(live.course, live.instructor, live.session.scheduledStart.addDays(2));
        LECTERN_VERIFY_ERROR(answer(console.startSession(later.id)), ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(answer(console.cancelSession(later.id)), ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(answer(console.previewRemoval(later.id)), ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(answer(console.deleteSession(later.id)), ErrorCode::Forbidden);
        LiveSession retitled = later;
        retitled.title = QStringLiteral("Taken over");
        LECTERN_VERIFY_ERROR(answer(console.saveSession(retitled)), ErrorCode::Forbidden);
        LiveSession draft = later;
        draft.id = 0;
        draft.scheduledStart = later.scheduledStart.addDays(1);
        draft.scheduledEnd = later.scheduledEnd.addDays(1);
        LECTERN_VERIFY_ERROR(answer(console.saveSession(draft)), ErrorCode::Forbidden);
        QCOMPARE(SessionService(f->context()).getSession(live.instructor, later.id)->title,
                 later.title);
    }

    void aStudentSeesTheirSessionsAndRunsNone() {
        const auto schedule = answer(consoleOf(live.students[0]).schedule({}));
        LECTERN_VERIFY_OK(schedule);
        QCOMPARE(schedule->sessions.size(), 1);
        QVERIFY(schedule->runs.isEmpty());
        QVERIFY(schedule->schedulable.isEmpty());
        QVERIFY(schedule->hosts.isEmpty());
    }

    void anAdminRunsEverySessionAndChoosesItsHost() {
        const User admin = f->addUser(Role::Admin, QStringLiteral("Amira Admin"));
        const auto schedule = answer(consoleOf(admin).schedule({}));
        LECTERN_VERIFY_OK(schedule);
        QVERIFY(schedule->runs.contains(live.session.id));
        QVERIFY(!schedule->schedulable.isEmpty());
        QSet<Id> hosts;
        for (const User& host : schedule->hosts)
            hosts.insert(host.id);
        QCOMPARE(hosts, (QSet<Id>{live.instructor.id, admin.id}));
    }

    void theInstructorSchedulesChangesCancelsAndDeletesASession() {
        client::LocalConsole console = consoleOf(live.instructor);
        LiveSession draft;
        draft.courseId = live.course.id;
        draft.title = QStringLiteral("Forms and validation");
        draft.scheduledStart = live.session.scheduledStart.addDays(3);
        draft.scheduledEnd = draft.scheduledStart.addSecs(3600);
        draft.maxParticipants = 40;
        const auto created = answer(console.saveSession(draft));
        LECTERN_VERIFY_OK(created);
        QVERIFY(created->session.id != 0);
        LiveSession changes = created->session;
        changes.title = QStringLiteral("Forms, validation and CSRF");
        const auto updated = answer(console.saveSession(changes));
        LECTERN_VERIFY_OK(updated);
        QCOMPARE(updated->session.id, created->session.id);
        QCOMPARE(updated->session.title, changes.title);
        const auto cancelled = answer(console.cancelSession(created->session.id));
        LECTERN_VERIFY_OK(cancelled);
        QCOMPARE(cancelled->status, SessionStatus::Cancelled);
        const auto preview = answer(console.previewRemoval(created->session.id));
        LECTERN_VERIFY_OK(preview);
        QVERIFY(!preview->archived);
        const auto removed = answer(console.deleteSession(created->session.id));
        LECTERN_VERIFY_OK(removed);
        QVERIFY(!removed->archived);
        LECTERN_VERIFY_ERROR(answer(console.startSession(created->session.id)),
                             ErrorCode::NotFound);
    }

    void aSessionThatEndedWithAttendanceIsArchived() {
        QVERIFY(SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        client::LocalConsole console = consoleOf(live.instructor);
        const auto preview = answer(console.previewRemoval(live.session.id));
        LECTERN_VERIFY_OK(preview);
        QVERIFY(preview->archived);
        QCOMPARE(preview->attendanceRecords, qint64(2));
        const auto removed = answer(console.deleteSession(live.session.id));
        LECTERN_VERIFY_OK(removed);
        QVERIFY(removed->archived);
        QVERIFY(answer(console.schedule({}))->sessions.isEmpty());
    }

    void theInstructorStartsAScheduledSession() {
        QVERIFY(SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        const QDateTime start = live.session.scheduledEnd.addSecs(30 * 60);
        const LiveSession next = f->addSession(live.course, live.instructor, start);
        f->clock().set(start.addSecs(-5 * 60));
        const auto started = answer(consoleOf(live.instructor).startSession(next.id));
        LECTERN_VERIFY_OK(started);
        QCOMPARE(started->status, SessionStatus::Live);
    }

    void aScheduleQueryKeepsToItsRange() {
        f->addSession(live.course, live.instructor, live.session.scheduledStart.addDays(8));
        SessionQuery thisWeek;
        thisWeek.startsFrom = live.session.scheduledStart.addSecs(-3600);
        thisWeek.startsBefore = live.session.scheduledStart.addDays(7);
        const auto schedule = answer(consoleOf(live.instructor).schedule(thisWeek));
        LECTERN_VERIFY_OK(schedule);
        QCOMPARE(schedule->sessions.size(), 1);
        QCOMPARE(schedule->sessions.first().id, live.session.id);
    }

    void theLiveClassShowsTheRosterAndTheInstructorsRights() {
        const auto now = answer(consoleOf(live.instructor).liveClass());
        LECTERN_VERIFY_OK(now);
        QVERIFY(now->session);
        QCOMPARE(now->session->id, live.session.id);
        QVERIFY(now->rights.manages);
        QCOMPARE(now->participants.size(), 2);
        for (const SessionParticipant& participant : now->participants)
            QVERIFY(now->people.value(participant.userId).name.startsWith(u"Student"));
        QVERIFY(!now->next);
    }

    void aTaModeratesTheLiveClassButDoesNotRunIt() {
        client::LocalConsole console = consoleOf(ta);
        const auto now = answer(console.liveClass());
        LECTERN_VERIFY_OK(now);
        QVERIFY(!now->rights.manages);
        QVERIFY(now->rights.staffs);
        QVERIFY(now->rights.moderates);
        const SessionParticipant student = now->participants.first();
        const auto banned = answer(console.setBanned(student.id, true));
        LECTERN_VERIFY_OK(banned);
        QCOMPARE(banned->status, ParticipantStatus::Banned);
        LECTERN_VERIFY_OK(answer(console.setBanned(student.id, false)));
        LECTERN_VERIFY_ERROR(answer(console.setModerator(student.id, true)), ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(answer(console.endSession(live.session.id)), ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(answer(console.agoraJoin(live.session.id)), ErrorCode::Forbidden);
        QVERIFY(
            SessionService(f->context()).getSession(live.instructor, live.session.id)->isLive());
    }

    void aStudentCannotChangeTheRoster() {
        client::LocalConsole console = consoleOf(live.students[0]);
        const auto now = answer(console.liveClass());
        LECTERN_VERIFY_OK(now);
        QVERIFY(!now->rights.moderates);
        const auto roster = answer(consoleOf(live.instructor).liveClass());
        const SessionParticipant other = roster->participants.last();
        LECTERN_VERIFY_ERROR(answer(console.setBanned(other.id, true)), ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(answer(console.endSession(live.session.id)), ErrorCode::Forbidden);
    }

    // The Live tab used to offer End and the page only to the host and admins; the course's
    // instructor runs a session a colleague hosts too, as the core has it.
    void theCoursesInstructorRunsASessionAColleagueHosts() {
        QVERIFY(SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        const User admin = f->addUser(Role::Admin, QStringLiteral("Amira Admin"));
        const User colleague = f->addUser(Role::Instructor, QStringLiteral("Carl Colleague"));
        LiveSession draft;
        draft.courseId = live.course.id;
        draft.instructorId = colleague.id;
        draft.title = QStringLiteral("Guest lecture");
        draft.scheduledStart = live.session.scheduledEnd.addSecs(3600);
        draft.scheduledEnd = draft.scheduledStart.addSecs(3600);
        draft.maxParticipants = 30;
        const auto guest = SessionService(f->context()).createLiveSession(admin, draft);
        LECTERN_VERIFY_OK(guest);
        client::LocalConsole console = consoleOf(live.instructor);
        const auto before = answer(console.liveClass());
        LECTERN_VERIFY_OK(before);
        QVERIFY(!before->session);
        QVERIFY(before->next);
        QCOMPARE(before->next->id, guest->session.id);
        f->clock().set(draft.scheduledStart);
        LECTERN_VERIFY_OK(answer(console.startSession(guest->session.id)));
        const auto during = answer(console.liveClass());
        LECTERN_VERIFY_OK(during);
        QCOMPARE(during->session->id, guest->session.id);
        QVERIFY(during->rights.manages);
        const auto ended = answer(console.endSession(guest->session.id));
        LECTERN_VERIFY_OK(ended);
        QCOMPARE(ended->status, SessionStatus::Ended);
    }

    void anAgoraJoinIsOnlyForAgoraSessions() {
        QVERIFY(SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        LiveSession draft;
        draft.courseId = live.course.id;
        draft.title = QStringLiteral("On Zoom");
        draft.platform = Platform::Zoom;
        draft.meetingLink = QStringLiteral("https://zoom.us/j/1234567890");
        draft.scheduledStart = live.session.scheduledEnd.addSecs(3600);
        draft.scheduledEnd = draft.scheduledStart.addSecs(3600);
        draft.maxParticipants = 30;
        const auto zoom = answer(consoleOf(live.instructor).saveSession(draft));
        LECTERN_VERIFY_OK(zoom);
        LECTERN_VERIFY_ERROR(answer(consoleOf(live.instructor).agoraJoin(zoom->session.id)),
                             ErrorCode::Conflict);
    }

    void theParticipantPageIsServedUntilStopped() {
        client::LocalConsole console(f->context(), live.instructor,
                                     {QHostAddress(QHostAddress::LocalHost), 0});
        const auto page = console.participantPage();
        LECTERN_VERIFY_OK(page);
        QVERIFY2(page->startsWith(u"http://127.0.0.1:"), qPrintable(*page));
        QCOMPARE(*console.participantPage(), *page); // the same page while it is served
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, QUrl(*page).port());
        QVERIFY(socket.waitForConnected(5000));
        socket.abort();
        console.stopServingPage();
        socket.connectToHost(QHostAddress::LocalHost, QUrl(*page).port());
        QVERIFY(!socket.waitForConnected(2000));
    }

    void servingEveryNetworkNamesEachAddressStudentsCanReach() {
        client::LocalConsole console(f->context(), live.instructor,
                                     {QHostAddress(QHostAddress::Any), 0});
        LECTERN_VERIFY_OK(console.participantPage());
        const QStringList addresses = console.participantPageAddresses();
        QVERIFY(!addresses.isEmpty());
        QCOMPARE(addresses.first(), *console.participantPage());
        QStringList lan;
        for (const QHostAddress& address : QNetworkInterface::allAddresses())
            if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
                lan << address.toString();
        if (lan.isEmpty())
            QSKIP("this machine is on no network");
        QCOMPARE(addresses.size(), lan.size());
        for (const QString& address : addresses) {
            const QUrl url(address);
            QVERIFY2(url.host() != u"127.0.0.1" && url.host() != u"localhost", qPrintable(address));
            QVERIFY2(lan.contains(url.host()), qPrintable(address));
            // And the page is really there, at that address.
            QTcpSocket socket;
            socket.connectToHost(url.host(), url.port());
            QVERIFY2(socket.waitForConnected(5000), qPrintable(address));
            socket.write("GET / HTTP/1.1\r\nHost: " + url.authority().toUtf8() +
                         "\r\nConnection: close\r\n\r\n");
            QVERIFY(socket.waitForReadyRead(5000));
            QVERIFY2(socket.readLine().startsWith("HTTP/1.1 200"), qPrintable(address));
        }
        console.stopServingPage();
        QVERIFY(console.participantPageAddresses().isEmpty());
    }

    void chatPagesComeWithTheirAuthorsNames() {
        ChatService chat(f->context());
        QList<Id> sent;
        for (int i = 0; i < 3; ++i) {
            const User& author = live.students[i % 2];
            const auto message = chat.sendChatMessage(author, live.session.id,
                                                      said(QStringLiteral("Hello %1").arg(i)));
            LECTERN_VERIFY_OK(message);
            sent << message->id;
        }
        client::LocalConsole console = consoleOf(live.instructor);
        const auto newest = answer(console.chatPage(live.session.id, ChatQuery::newest(2)));
        LECTERN_VERIFY_OK(newest);
        QCOMPARE(newest->messages.size(), 2);
        QCOMPARE(newest->messages.last().id, sent[2]);
        QCOMPARE(newest->names.value(live.students[0].id), live.students[0].name);
        QCOMPARE(newest->names.value(live.students[1].id), live.students[1].name);
        const auto older =
            answer(console.chatPage(live.session.id, ChatQuery::before(sent[1], 10)));
        QCOMPARE(older->messages.size(), 1);
        QCOMPARE(older->messages.first().id, sent[0]);
        const auto since = answer(console.chatPage(live.session.id, ChatQuery::after(sent[0], 10)));
        QCOMPARE(since->messages.size(), 2);
        LECTERN_VERIFY_OK(answer(console.pinChat(sent[1], true)));
        const auto pinned = answer(console.chatPage(live.session.id, ChatQuery::pinned()));
        QCOMPARE(pinned->messages.size(), 1);
        QCOMPARE(pinned->messages.first().id, sent[1]);
        LECTERN_VERIFY_OK(answer(console.deleteChat(sent[0])));
        const auto changed =
            answer(console.chatPage(live.session.id, ChatQuery::withIds({sent[0]})));
        QVERIFY(changed->messages.first().isDeleted);
    }

    void aStudentCannotModerateTheChatOrTheQuestions() {
        const auto message = ChatService(f->context())
                                 .sendChatMessage(live.students[1], live.session.id,
                                                  said(QStringLiteral("Is this on the exam?")));
        LECTERN_VERIFY_OK(message);
        const auto question = QuestionService(f->context())
                                  .askQuestion(live.students[1], live.session.id,
                                               QStringLiteral("What is a QuerySet?"));
        LECTERN_VERIFY_OK(question);
        client::LocalConsole console = consoleOf(live.students[0]);
        LECTERN_VERIFY_ERROR(answer(console.pinChat(message->id, true)), ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(answer(console.deleteChat(message->id)), ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(answer(console.banFromSession(live.session.id, live.students[1].id)),
                             ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(answer(console.dismissQuestion(question->id)), ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(answer(console.answerQuestion(question->id, QStringLiteral("Yes"))),
                             ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(answer(console.featureQuestion(question->id, true)),
                             ErrorCode::Forbidden);
    }

    void aTaModeratesQuestionsAndBansAChatAuthor() {
        QuestionService questions(f->context());
        const auto named =
            questions.askQuestion(live.students[0], live.session.id, QStringLiteral("Why?"));
        const auto anonymous =
            questions.askQuestion(live.students[1], live.session.id, QStringLiteral("How?"), true);
        LECTERN_VERIFY_OK(named);
        LECTERN_VERIFY_OK(anonymous);
        client::LocalConsole console = consoleOf(ta);
        const auto board = answer(console.questionBoard(live.session.id));
        LECTERN_VERIFY_OK(board);
        QCOMPARE(board->questions.size(), 2);
        QCOMPARE(board->names.value(live.students[0].id), live.students[0].name);
        QVERIFY(!board->names.contains(live.students[1].id)); // anonymous to staff too
        const auto answered = answer(console.answerQuestion(named->id, QStringLiteral("Because")));
        LECTERN_VERIFY_OK(answered);
        QCOMPARE(answered->answer, QStringLiteral("Because"));
        LECTERN_VERIFY_OK(answer(console.featureQuestion(anonymous->id, true)));
        LECTERN_VERIFY_OK(answer(console.dismissQuestion(anonymous->id)));
        const auto banned = answer(console.banFromSession(live.session.id, live.students[1].id));
        LECTERN_VERIFY_OK(banned);
        QCOMPARE(banned->status, ParticipantStatus::Banned);
        const User outsider = f->addUser(Role::Student, QStringLiteral("Olga Outsider"));
        LECTERN_VERIFY_ERROR(answer(console.banFromSession(live.session.id, outsider.id)),
                             ErrorCode::NotFound);
    }

    void theInstructorRunsAPollAndSeesWhoVoted() {
        client::LocalConsole console = consoleOf(live.instructor);
        PollDraft draft;
        draft.question = QStringLiteral("Ready for the quiz?");
        draft.options = {QStringLiteral("Yes"), QStringLiteral("No")};
        const auto created = answer(console.createPoll(live.session.id, draft, true));
        LECTERN_VERIFY_OK(created);
        QVERIFY(created->startProblem.isEmpty());
        QCOMPARE(created->poll.status, PollStatus::Active);
        LECTERN_VERIFY_OK(
            PollService(f->context())
                .votePoll(live.students[0], created->poll.id, {created->poll.options.first().id}));
        const auto board = answer(console.pollBoard(live.session.id));
        LECTERN_VERIFY_OK(board);
        QVERIFY(board->rights.manages);
        QCOMPARE(board->polls.size(), 1);
        const auto detail = answer(console.pollDetail(live.session.id, created->poll.id));
        LECTERN_VERIFY_OK(detail);
        QCOMPARE(detail->results.totalVotes, qint64(1));
        QVERIFY(detail->votersKnown);
        QCOMPARE(detail->voted, QStringList{live.students[0].name});
        QCOMPARE(detail->waiting, QStringList{live.students[1].name});
        const auto closed = answer(console.closePoll(created->poll.id));
        LECTERN_VERIFY_OK(closed);
        QCOMPARE(closed->status, PollStatus::Closed);
    }

    void aTaWatchesPollsButDoesNotRunThem() {
        PollDraft draft;
        draft.question = QStringLiteral("Which framework?");
        draft.options = {QStringLiteral("Django"), QStringLiteral("Flask")};
        draft.isAnonymous = true;
        const auto poll =
            PollService(f->context()).createPoll(live.instructor, live.session.id, draft);
        LECTERN_VERIFY_OK(poll);
        client::LocalConsole console = consoleOf(ta);
        const auto board = answer(console.pollBoard(live.session.id));
        LECTERN_VERIFY_OK(board);
        QVERIFY(!board->rights.manages);
        QVERIFY(board->rights.staffs);
        LECTERN_VERIFY_ERROR(answer(console.createPoll(live.session.id, draft, false)),
                             ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(answer(console.startPoll(poll->id)), ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(answer(console.closePoll(poll->id)), ErrorCode::Forbidden);
        LECTERN_VERIFY_OK(answer(consoleOf(live.instructor).startPoll(poll->id)));
        const auto detail = answer(console.pollDetail(live.session.id, poll->id));
        LECTERN_VERIFY_OK(detail);
        QVERIFY(!detail->votersKnown); // anonymous: nobody is named, staff included
        QVERIFY(detail->voted.isEmpty());
    }

    void aStudentSeesResultsButNotVoters() {
        PollDraft draft;
        draft.question = QStringLiteral("Coffee break?");
        draft.options = {QStringLiteral("Yes"), QStringLiteral("No")};
        const auto created =
            answer(consoleOf(live.instructor).createPoll(live.session.id, draft, true));
        LECTERN_VERIFY_OK(created);
        const auto detail =
            answer(consoleOf(live.students[0]).pollDetail(live.session.id, created->poll.id));
        LECTERN_VERIFY_OK(detail);
        QVERIFY(!detail->votersKnown);
        QVERIFY(detail->waiting.isEmpty());
        // A poll asked for under another session is not found there.
        const LiveSession other =
            f->addSession(live.course, live.instructor, live.session.scheduledStart.addDays(3));
        LECTERN_VERIFY_ERROR(
            answer(consoleOf(live.instructor).pollDetail(other.id, created->poll.id)),
            ErrorCode::NotFound);
    }

    void reportsAreForTheCoursesTheUserRuns() {
        f->clock().advance(60 * 60);
        QVERIFY(SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        const User other = f->addUser(Role::Instructor, QStringLiteral("Otto Other"));
        const Course statistics = f->addCourse(other, QStringLiteral("Statistics"));
        f->enroll(statistics, live.instructor);
        client::LocalConsole console = consoleOf(live.instructor);
        const auto courses = answer(console.reportCourses());
        LECTERN_VERIFY_OK(courses);
        QCOMPARE(courses->size(), 1); // not the course they only take part in
        QCOMPARE(courses->first().id, live.course.id);
        const auto dashboard =
            answer(console.courseDashboard(live.course.id, DateRange{}, defaultRequiredShare));
        LECTERN_VERIFY_OK(dashboard);
        QCOMPARE(dashboard->sessionsHeld, 1);
        QCOMPARE(dashboard->totals.size(), 2);
        QVERIFY(dashboard->totals.first().eligible);
        const DateRange backwards{QDate(2026, 12, 1), QDate(2026, 11, 1)};
        LECTERN_VERIFY_ERROR(
            answer(console.courseDashboard(live.course.id, backwards, defaultRequiredShare)),
            ErrorCode::Invalid);
        LECTERN_VERIFY_ERROR(answer(console.courseDashboard(statistics.id, DateRange{}, 0.75)),
                             ErrorCode::Forbidden);
        QVERIFY(answer(consoleOf(ta).reportCourses())->isEmpty());
        LECTERN_VERIFY_ERROR(answer(consoleOf(ta).courseDashboard(live.course.id, {}, 0.75)),
                             ErrorCode::Forbidden);
    }

    void exportsComeBackAsTheFilesAsked() {
        f->clock().advance(60 * 60);
        QVERIFY(SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        client::LocalConsole console = consoleOf(live.instructor);
        CourseExport request;
        request.courseId = live.course.id;
        const auto asked = [&](CourseExport::Kind kind, ExportFormat format) {
            request.kind = kind;
            request.format = format;
            return answer(console.exportCourse(request));
        };
        const auto xlsx = asked(CourseExport::Kind::Attendance, ExportFormat::Xlsx);
        LECTERN_VERIFY_OK(xlsx);
        QVERIFY(xlsx->content.startsWith("PK")); // a zip, as workbooks are
        QCOMPARE(xlsx->sessions, 1);
        QVERIFY(!xlsx->summary.isEmpty());
        // PDF needs a QGuiApplication (fonts): tst_console writes one through the Reports tab.
        const auto csv = asked(CourseExport::Kind::Polls, ExportFormat::Csv);
        LECTERN_VERIFY_OK(csv);
        QVERIFY(!csv->content.isEmpty());
        LECTERN_VERIFY_ERROR(asked(CourseExport::Kind::Polls, ExportFormat::Pdf),
                             ErrorCode::Invalid);
        const auto calendar = asked(CourseExport::Kind::Calendar, ExportFormat::Csv);
        LECTERN_VERIFY_OK(calendar);
        QVERIFY(calendar->content.startsWith("BEGIN:VCALENDAR"));
        QCOMPARE(calendar->sessions, 1);
        request.kind = CourseExport::Kind::Attendance;
        LECTERN_VERIFY_ERROR(answer(consoleOf(ta).exportCourse(request)), ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(answer(consoleOf(live.students[0]).exportCourse(request)),
                             ErrorCode::Forbidden);
    }

    // Cancelled before a worker took it, an export never runs and has no result to save.
    void aCancelledExportFinishesWithoutAFile() {
        // The workers are held busy until the export was cancelled. The semaphores outlive the
        // test: a worker may still be leaving acquire() when it returns.
        QThreadPool* pool = QThreadPool::globalInstance();
        const auto release = std::make_shared<QSemaphore>();
        const auto started = std::make_shared<QSemaphore>();
        for (int i = 0; i < pool->maxThreadCount(); ++i)
            pool->start([release, started] {
                started->release();
                release->acquire();
            });
        started->acquire(pool->maxThreadCount());
        CourseExport request;
        request.courseId = live.course.id;
        auto exporting = consoleOf(live.instructor).exportCourse(request);
        exporting.cancel();
        release->release(pool->maxThreadCount());
        exporting.waitForFinished();
        QVERIFY(exporting.isCanceled());
        QCOMPARE(exporting.resultCount(), 0);
    }

    void aRosterIsReadThenImportedWithFirstPasswords() {
        client::LocalConsole console = consoleOf(live.instructor);
        const QByteArray file = "email,name\nnia@example.edu,Nia Student\nnot-an-email,Somebody\n";
        const auto roster = answer(console.readRoster(file));
        LECTERN_VERIFY_OK(roster);
        QCOMPARE(roster->entries.size(), 1);
        QCOMPARE(roster->problems.size(), 1);
        QCOMPARE(roster->problems.first().line, 3);
        // Bad lines import nothing unless they are skipped.
        QVERIFY(!answer(console.importRoster(live.course.id, file, false)));
        const auto outcome = answer(console.importRoster(live.course.id, file, true));
        LECTERN_VERIFY_OK(outcome);
        QCOMPARE(outcome->import.created.size(), 1);
        QCOMPARE(outcome->passwords.value(QStringLiteral("nia@example.edu")).size(), 14);
        LECTERN_VERIFY_ERROR(answer(consoleOf(ta).importRoster(live.course.id, file, true)),
                             ErrorCode::Forbidden);
    }

    void theAgoraKeysSignTheHostsJoin() {
        client::LocalConsole console = consoleOf(live.instructor);
        LECTERN_VERIFY_OK(answer(console.forgetAgoraKeys()));
        LECTERN_VERIFY_ERROR(answer(console.agoraJoin(live.session.id)), ErrorCode::NotFound);
        const auto refused = answer(console.saveAgoraKeys({QStringLiteral("1234"), {}}));
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("app_id"));
        const AgoraKeys keys{QStringLiteral("970CA35de60c44645bbae8a215061b33"),
                             QStringLiteral("5CFd2fd1755d40ecb72977518be15d3b")};
        LECTERN_VERIFY_OK(answer(console.saveAgoraKeys(keys)));
        const auto kept = answer(console.agoraKeys());
        LECTERN_VERIFY_OK(kept);
        QVERIFY(kept->has_value());
        QCOMPARE((*kept)->appId, keys.appId);
        const auto join = answer(console.agoraJoin(live.session.id));
        LECTERN_VERIFY_OK(join);
        QCOMPARE(join->channel, live.session.channelName);
        QCOMPARE(join->uid, quint32(live.instructor.id));
        QVERIFY(!join->token.isEmpty());
        LECTERN_VERIFY_OK(answer(console.forgetAgoraKeys()));
        QVERIFY(!answer(console.agoraKeys())->has_value());
    }

    // Someone the course does not take in (a TA of another course) and a student banned from
    // the session get none of its views, and may change nothing in it.
    void aBannedStudentAndATaOfAnotherCourseGetNothingOfTheSession() {
        const auto message =
            ChatService(f->context())
                .sendChatMessage(live.students[1], live.session.id, said(QStringLiteral("Hi")));
        LECTERN_VERIFY_OK(message);
        PollDraft draft;
        draft.question = QStringLiteral("Ready?");
        draft.options = {QStringLiteral("Yes"), QStringLiteral("No")};
        const auto poll =
            answer(consoleOf(live.instructor).createPoll(live.session.id, draft, true));
        LECTERN_VERIFY_OK(poll);
        const auto roster = answer(consoleOf(live.instructor).liveClass());
        LECTERN_VERIFY_OK(roster);
        Id bannedId = 0;
        for (const SessionParticipant& participant : roster->participants)
            if (participant.userId == live.students[0].id)
                bannedId = participant.id;
        LECTERN_VERIFY_OK(answer(consoleOf(live.instructor).setBanned(bannedId, true)));

        const User otherTa = f->addUser(Role::Ta, QStringLiteral("Olaf Other TA"));
        const User otherInstructor = f->addUser(Role::Instructor, QStringLiteral("Ines"));
        f->enroll(f->addCourse(otherInstructor, QStringLiteral("Statistics")), otherTa);
        QVERIFY(!answer(consoleOf(otherTa).liveClass())->session);
        QVERIFY(answer(consoleOf(otherTa).schedule({}))->sessions.isEmpty());

        for (const User& caller : {live.students[0], otherTa}) {
            client::LocalConsole console = consoleOf(caller);
            const auto refused = [](const auto& result) {
                return !result && (result.error().code == ErrorCode::Forbidden ||
                                   result.error().code == ErrorCode::NotFound);
            };
            QVERIFY2(refused(answer(console.chatPage(live.session.id, ChatQuery::newest(50)))),
                     qPrintable(caller.name));
            QVERIFY(refused(answer(console.questionBoard(live.session.id))));
            QVERIFY(refused(answer(console.pollBoard(live.session.id))));
            QVERIFY(refused(answer(console.pollDetail(live.session.id, poll->poll.id))));
            QVERIFY(refused(answer(console.sessionRecords(live.session.id))));
            QVERIFY(refused(answer(console.sendChat(live.session.id, said(QStringLiteral("x"))))));
            QVERIFY(refused(answer(console.deleteChat(message->id))));
            QVERIFY(refused(answer(console.banFromSession(live.session.id, live.students[1].id))));
            QVERIFY(refused(answer(console.endSession(live.session.id))));
            QVERIFY(refused(answer(console.closePoll(poll->poll.id))));
            QVERIFY(refused(answer(console.exportCourse(
                {CourseExport::Kind::Attendance, live.course.id, {}, 0.75, ExportFormat::Csv}))));
        }
        QVERIFY(
            SessionService(f->context()).getSession(live.instructor, live.session.id)->isLive());
    }

    void theCoresEventsReachTheConsole() {
        client::LocalConsole console = consoleOf(live.instructor);
        QSignalSpy changed(&console, &client::ConsoleApi::changed);
        QVERIFY(SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        QTRY_VERIFY(!changed.isEmpty());
        bool ended = false;
        for (const QList<QVariant>& arguments : std::as_const(changed)) {
            const auto event = arguments.first().value<DomainEvent>();
            ended =
                ended || (event.type == events::sessionEnded && event.sessionId == live.session.id);
        }
        QVERIFY(ended);
    }
};

QTEST_GUILESS_MAIN(TestLocalConsole)
#include "tst_localconsole.moc"
