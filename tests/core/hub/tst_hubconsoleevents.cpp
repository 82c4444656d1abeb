#include "domain/events.h"
#include "hub/hubserver.h"
#include "hubclient.h"
#include "liveclient.h"
#include "servicefixture.h"
#include "services/chatservice.h"
#include "services/sessionservice.h"
#include "services/views/chatview.h"

#include <QJsonDocument>
#include <QTest>

using namespace lectern;

// The console channel (/api/console/events): one socket per console, carrying the events of
// every session its user may see and nothing of the others, resumable after a drop.
class TestHubConsoleEvents : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    std::unique_ptr<hub::HubServer> server;
    std::unique_ptr<test::HubClient> client;
    test::ServiceFixture::LiveClass live;
    User ta;
    User otherInstructor;
    LiveSession otherSession;

    // A console's socket, signed in as `email`, from `query` (?since=...&stream=...).
    std::unique_ptr<test::LiveClient> connectAs(const QString& email, const QString& query = {}) {
        auto socket = std::make_unique<test::LiveClient>();
        if (!socket->open(client->port(), 0, query, QStringLiteral("/api/console/events")))
            qFatal("no upgrade");
        socket->socket().sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")},
                                      {QStringLiteral("token"), client->login(email)}})
                .toJson(QJsonDocument::Compact)));
        return socket;
    }

    Id say(const User& who, const LiveSession& session, const QString& text) {
        ChatDraft draft;
        draft.content = text;
        auto sent = ChatService(f->context()).sendChatMessage(who, session.id, draft);
        if (!sent)
            qFatal("%s", qPrintable(sent.error().message));
        return sent->id;
    }

    static QList<Id> chatIds(const test::LiveClient& socket) {
        QList<Id> ids;
        for (const QJsonObject& event : socket.ofType(events::chatCreated))
            ids << event.value(u"entity_id").toInteger();
        return ids;
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        std::tie(server, client) = test::startHub(*f);
        live = f->liveClass(1);
        ta = f->addUser(Role::Ta, QStringLiteral("Tia"));
        f->enroll(live.course, ta);
        otherInstructor = f->addUser(Role::Instructor, QStringLiteral("Other"));
        const Course other = f->addCourse(otherInstructor, QStringLiteral("Other course"));
        otherSession =
            f->addSession(other, otherInstructor, live.session.scheduledStart.addDays(1));
    }
    void cleanup() {
        client.reset();
        server.reset();
        f.reset();
    }

    void aConsoleHearsItsSessionsAndNoOthers() {
        auto taConsole = connectAs(ta.email);
        QVERIFY(taConsole->waitFor(QStringLiteral("hello")));
        const Id mine = say(live.students[0], live.session, QStringLiteral("in class"));
        // The other course's session changes: the TA's console hears nothing of it.
        LiveSession renamed = otherSession;
        renamed.title = QStringLiteral("Secret title");
        QVERIFY(SessionService(f->context())
                    .updateLiveSession(otherInstructor, otherSession.id, renamed));
        const Id after = say(live.students[0], live.session, QStringLiteral("still here"));
        QVERIFY(taConsole->waitFor(events::chatCreated, 2));
        QCOMPARE(chatIds(*taConsole), (QList<Id>{mine, after}));
        for (const QJsonObject& event : taConsole->events()) {
            QCOMPARE(event.value(u"session_id").toInteger(), live.session.id);
            QVERIFY(!QJsonDocument(event).toJson().contains("Secret"));
        }
        // Its events are numbered for resuming.
        const auto seqs = taConsole->events();
        QVERIFY(seqs.last().value(u"seq").toInteger() > seqs.first().value(u"seq").toInteger());
    }

    void aConsoleThatReconnectsGetsWhatItMissed() {
        auto first = connectAs(ta.email);
        QVERIFY(first->waitFor(QStringLiteral("hello")));
        const QJsonObject hello = first->ofType(QStringLiteral("hello")).first();
        say(live.students[0], live.session, QStringLiteral("one"));
        QVERIFY(first->waitFor(events::chatCreated));
        const qint64 seen = first->events().last().value(u"seq").toInteger();
        first.reset(); // the network drops

        const Id missed = say(live.students[0], live.session, QStringLiteral("two"));
        LiveSession renamed = otherSession;
        renamed.title = QStringLiteral("Unseen");
        QVERIFY(SessionService(f->context())
                    .updateLiveSession(otherInstructor, otherSession.id, renamed));
        auto again = connectAs(
            ta.email,
            QStringLiteral("since=%1&stream=%2").arg(seen).arg(hello.value(u"stream").toString()));
        QVERIFY(again->waitFor(events::chatCreated));
        QCOMPARE(chatIds(*again), QList<Id>{missed});
        QVERIFY(again->ofType(events::sessionUpdated).isEmpty()); // not its session
        QVERIFY(again->ofType(QStringLiteral("resync")).isEmpty());

        // From another server (or before a restart): it reloads instead.
        auto stranger = connectAs(ta.email, QStringLiteral("since=1&stream=elsewhere"));
        QVERIFY(stranger->waitFor(QStringLiteral("resync")));
    }

    void aSocketWithoutAValidTokenOrFromAPageIsRefused() {
        test::LiveClient silent;
        QVERIFY(silent.open(client->port(), 0, {}, QStringLiteral("/api/console/events")));
        silent.socket().sendTextMessage(
            QStringLiteral("{\"type\":\"auth\",\"token\":\"not-a-token\"}"));
        QVERIFY(silent.waitForClose());
        QCOMPARE(silent.closeCode(), 4401);

        test::LiveClient page(QStringLiteral("http://127.0.0.1:%1").arg(client->port()));
        QVERIFY(page.open(client->port(), 0, {}, QStringLiteral("/api/console/events")));
        QVERIFY(page.waitForClose());
        QCOMPARE(page.closeCode(), 4403);

        // Plain HTTP to the channel is told it is a WebSocket.
        QCOMPARE(client->call("GET", QStringLiteral("/api/console/events")).status, 426);
    }

    void aConsoleHearsACourseItIsEnrolledInFromThenOn() {
        const User newTa = f->addUser(Role::Ta, QStringLiteral("Nia"));
        auto console = connectAs(newTa.email);
        auto witness = connectAs(live.instructor.email);
        QVERIFY(console->waitFor(QStringLiteral("hello")));
        QVERIFY(witness->waitFor(QStringLiteral("hello")));
        say(live.students[0], live.session, QStringLiteral("before"));
        QVERIFY(witness->waitFor(events::chatCreated)); // the channel has dealt with it
        f->enroll(live.course, newTa);
        QVERIFY(console->waitFor(QStringLiteral("resync"))); // it reloads what it shows
        const Id after = say(live.students[0], live.session, QStringLiteral("after"));
        QVERIFY(console->waitFor(events::chatCreated));
        QCOMPARE(chatIds(*console), QList<Id>{after});
    }

    void aStudentRemovedFromTheSessionHearsNothingMoreOfIt() {
        auto student = connectAs(live.students[0].email);
        QVERIFY(student->waitFor(QStringLiteral("hello")));
        say(live.students[0], live.session, QStringLiteral("hello all"));
        QVERIFY(student->waitFor(events::chatCreated));
        QVERIFY(views::banFromSession(f->context(), live.instructor, live.session.id,
                                      live.students[0].id));
        auto witness = connectAs(live.instructor.email);
        QVERIFY(witness->waitFor(QStringLiteral("hello")));
        ChatDraft draft;
        draft.content = QStringLiteral("after the ban");
        const Id after =
            ChatService(f->context()).sendChatMessage(live.instructor, live.session.id, draft)->id;
        QVERIFY(witness->waitFor(events::chatCreated));
        QVERIFY(!chatIds(*student).contains(after));
        // Nor after a reconnect: the channel reads what they may hear afresh.
        auto again = connectAs(live.students[0].email);
        QVERIFY(again->waitFor(QStringLiteral("hello")));
        say(live.instructor, live.session, QStringLiteral("still banned"));
        QVERIFY(witness->waitFor(events::chatCreated, 2));
        QVERIFY(again->ofType(events::chatCreated).isEmpty());
    }

    void aDeletedSessionIsHeardOnlyByThoseWhoSawIt() {
        const LiveSession upcoming =
            f->addSession(live.course, live.instructor, live.session.scheduledStart.addDays(3));
        auto taConsole = connectAs(ta.email);
        auto otherConsole = connectAs(otherInstructor.email);
        QVERIFY(taConsole->waitFor(QStringLiteral("hello")));
        QVERIFY(otherConsole->waitFor(QStringLiteral("hello")));
        QVERIFY(
            SessionService(f->context()).removeLiveSession(live.instructor, upcoming.id, false));
        QVERIFY(taConsole->waitFor(events::sessionDeleted));
        // The other instructor's console hears its own session's change, and not the deletion.
        LiveSession renamed = otherSession;
        renamed.title = QStringLiteral("Renamed");
        QVERIFY(SessionService(f->context())
                    .updateLiveSession(otherInstructor, otherSession.id, renamed));
        QVERIFY(otherConsole->waitFor(events::sessionUpdated));
        QVERIFY(otherConsole->ofType(events::sessionDeleted).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHubConsoleEvents)
#include "tst_hubconsoleevents.moc"
