#include "hub/hubserver.h"
#include "hubclient.h"
#include "liveclient.h"
#include "servicefixture.h"
#include "services/pollservice.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

using namespace lectern;
using namespace std::chrono_literals;

// The live channel over real WebSockets on loopback: what each change streams, to whom, in
// which order, and what happens across a drop.
class TestHubLive : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    std::unique_ptr<hub::HubServer> server;
    std::unique_ptr<test::HubClient> client;
    test::ServiceFixture::LiveClass live;
    QString host, sam, kim;
    using Reply = test::HubClient::Reply;

    void startWith(const hub::LiveChannel::Limits& limits) {
        LECTERN_OPEN_FIXTURE(f);
        hub::HubConfig config;
        config.live = limits;
        std::tie(server, client) = test::startHub(*f, config);
        live = f->liveClass(2);
        host = client->login(live.instructor.email);
        sam = client->login(live.students[0].email);
        kim = client->login(live.students[1].email);
    }
    QString at(const QString& pattern, qint64 id) const { return pattern.arg(id); }
    QString tokenQuery(const QString& token) const { return QStringLiteral("token=") + token; }

    qint64 sendChat(const QString& token, const QString& text) {
        const Reply sent = client->call(
            "POST", at(QStringLiteral("/api/live/sessions/%1/chat/send/"), live.session.id), token,
            QJsonObject{{QStringLiteral("content"), text}});
        if (sent.status != 201)
            qFatal("chat failed: %d", sent.status);
        return sent.object().value(QStringLiteral("id")).toInteger();
    }
    Id startedPoll(bool showResultsImmediately) {
        const Reply created = client->call(
            "POST", at(QStringLiteral("/api/live/sessions/%1/polls/create/"), live.session.id),
            host,
            QJsonObject{{QStringLiteral("question"), QStringLiteral("Ready for the quiz?")},
                        {QStringLiteral("options"),
                         QJsonArray{QStringLiteral("Yes"), QStringLiteral("No")}},
                        {QStringLiteral("show_results_immediately"), showResultsImmediately}});
        const Id poll = created.object().value(QStringLiteral("id")).toInteger();
        if (client->call("POST", at(QStringLiteral("/api/live/polls/%1/start/"), poll), host)
                .status != 200)
            qFatal("poll did not start");
        return poll;
    }
    Id firstOption(Id poll) {
        const Reply results =
            client->call("GET", at(QStringLiteral("/api/live/polls/%1/results/"), poll), host);
        return results.object()
            .value(QStringLiteral("options"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toInteger();
    }

    int vote(const QString& token, Id poll, Id option) {
        return client
            ->call("POST", at(QStringLiteral("/api/live/polls/%1/vote/"), poll), token,
                   QJsonObject{{QStringLiteral("option_ids"), QJsonArray{option}}})
            .status;
    }
    // The `field` object of the last (or first) message of `type` a listener got.
    static QJsonObject partOf(const test::LiveClient& listener, const QString& type,
                              const QString& field, bool last = true) {
        const QList<QJsonObject> found = listener.ofType(type);
        return (last ? found.last() : found.first()).value(field).toObject();
    }

private Q_SLOTS:
    void init() { startWith({}); }
    void cleanup() {
        client.reset();
        server.reset();
        f.reset();
    }

    void streamsEachChangeInOrderToEveryListener() {
        test::LiveClient samHears, kimHears;
        QVERIFY(samHears.open(client->port(), live.session.id, tokenQuery(sam)));
        QVERIFY(kimHears.open(client->port(), live.session.id, tokenQuery(kim)));
        QVERIFY(samHears.waitFor(QStringLiteral("hello")));
        QVERIFY(kimHears.waitFor(QStringLiteral("hello")));

        const qint64 message = sendChat(kim, QStringLiteral("Is <b>this</b> on the exam?"));
        QVERIFY(samHears.waitFor(QStringLiteral("chat.created")));
        const QJsonObject created = samHears.ofType(QStringLiteral("chat.created")).first();
        QCOMPARE(created.value(QStringLiteral("session_id")).toInteger(), live.session.id);
        const QJsonObject shown = created.value(QStringLiteral("message")).toObject();
        QCOMPARE(shown.value(QStringLiteral("id")).toInteger(), message);
        QCOMPARE(shown.value(QStringLiteral("content")).toString(),
                 QStringLiteral("Is <b>this</b> on the exam?"));
        QCOMPARE(shown.value(QStringLiteral("user")).toObject().value(QStringLiteral("name")),
                 live.students[1].name);

        QCOMPARE(
            client->call("POST", at(QStringLiteral("/api/live/messages/%1/like/"), message), sam)
                .status,
            200);
        QVERIFY(kimHears.waitFor(QStringLiteral("chat.liked")));
        QCOMPARE(partOf(kimHears, QStringLiteral("chat.liked"), QStringLiteral("message"), false)
                     .value(QStringLiteral("likes_count"))
                     .toInteger(),
                 1);

        const Reply asked = client->call(
            "POST", at(QStringLiteral("/api/live/sessions/%1/questions/ask/"), live.session.id),
            sam,
            QJsonObject{{QStringLiteral("question"), QStringLiteral("Why migrations?")},
                        {QStringLiteral("is_anonymous"), true}});
        QCOMPARE(asked.status, 201);
        const Id question = asked.object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(
            client
                ->call("POST", at(QStringLiteral("/api/live/questions/%1/upvote/"), question), kim)
                .status,
            200);
        QCOMPARE(client
                     ->call("POST", at(QStringLiteral("/api/live/questions/%1/answer/"), question),
                            host,
                            QJsonObject{{QStringLiteral("answer"), QStringLiteral("History.")}})
                     .status,
                 200);
        QVERIFY(kimHears.waitFor(QStringLiteral("question.answered")));
        for (const QString& type :
             {QStringLiteral("question.asked"), QStringLiteral("question.upvoted"),
              QStringLiteral("question.answered")}) {
            const QJsonObject asShown =
                kimHears.ofType(type).first().value(QStringLiteral("question")).toObject();
            QVERIFY2(asShown.value(QStringLiteral("user")).isNull(), qPrintable(type));
        }

        const Id poll = startedPoll(true);
        QCOMPARE(vote(kim, poll, firstOption(poll)), 200);
        QVERIFY(samHears.waitFor(QStringLiteral("poll.results")));
        const QJsonObject results =
            partOf(samHears, QStringLiteral("poll.results"), QStringLiteral("results"));
        QCOMPARE(results.value(QStringLiteral("total_votes")).toInteger(), 1);
        QCOMPARE(results.value(QStringLiteral("options"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("percentage")),
                 100.0);
        QCOMPARE(client->call("POST", at(QStringLiteral("/api/live/polls/%1/close/"), poll), host)
                     .status,
                 200);
        QCOMPARE(client
                     ->call("POST",
                            at(QStringLiteral("/api/live/sessions/%1/leave/"), live.session.id),
                            kim)
                     .status,
                 200);
        QCOMPARE(client
                     ->call("POST",
                            at(QStringLiteral("/api/live/sessions/%1/end/"), live.session.id), host)
                     .status,
                 200);
        QVERIFY(samHears.waitFor(QStringLiteral("session.ended")));

        const QStringList expected{
            QStringLiteral("chat.created"),      QStringLiteral("chat.liked"),
            QStringLiteral("question.asked"),    QStringLiteral("question.upvoted"),
            QStringLiteral("question.answered"), QStringLiteral("poll.started"),
            QStringLiteral("poll.results"),      QStringLiteral("poll.closed"),
            QStringLiteral("participant.left"),  QStringLiteral("session.ended"),
        };
        QStringList types;
        const QList<QJsonObject> events = samHears.events();
        for (qsizetype i = 0; i < events.size(); ++i) {
            types.append(events[i].value(QStringLiteral("type")).toString());
            QCOMPARE(events[i].value(QStringLiteral("seq")).toInteger(), i + 1);
        }
        // Ending the session also closes its polls and leaves no one joined: those come too.
        for (const QString& type : expected)
            QVERIFY2(types.contains(type),
                     qPrintable(type + QStringLiteral(" missing from ") + types.join(u',')));
        QCOMPARE(kimHears.events().size(), samHears.events().size());
    }

    void withholdsWhatStudentsMayNotSee() {
        test::LiveClient samHears;
        QVERIFY(samHears.open(client->port(), live.session.id, tokenQuery(sam)));
        QVERIFY(samHears.waitFor(QStringLiteral("hello")));
        const qint64 message = sendChat(kim, QStringLiteral("my phone number is 555"));
        QCOMPARE(client->call("DELETE", at(QStringLiteral("/api/live/messages/%1/"), message), host)
                     .status,
                 200);
        QVERIFY(samHears.waitFor(QStringLiteral("chat.deleted")));
        const QJsonObject deleted =
            partOf(samHears, QStringLiteral("chat.deleted"), QStringLiteral("message"), false);
        QVERIFY(deleted.value(QStringLiteral("is_deleted")).toBool());
        QCOMPARE(deleted.value(QStringLiteral("content")).toString(), QString());

        const Id poll = startedPoll(false);
        QVERIFY(samHears.waitFor(QStringLiteral("poll.started")));
        QCOMPARE(vote(kim, poll, firstOption(poll)), 200);
        QVERIFY(samHears.waitFor(QStringLiteral("poll.results")));
        const QJsonObject hidden =
            partOf(samHears, QStringLiteral("poll.results"), QStringLiteral("results"), false);
        QVERIFY(hidden.value(QStringLiteral("results_hidden")).toBool());
        QCOMPARE(hidden.value(QStringLiteral("total_votes")).toInteger(), 0);

        const QJsonObject session = samHears.ofType(QStringLiteral("poll.started")).first();
        QVERIFY(!session.contains(QStringLiteral("meeting_password")));
    }

    void replaysWhatAReconnectingClientMissed() {
        cleanup();
        hub::LiveChannel::Limits limits;
        limits.replayCapacity = 3;
        startWith(limits);
        auto first = std::make_unique<test::LiveClient>();
        QVERIFY(first->open(client->port(), live.session.id, tokenQuery(sam)));
        QVERIFY(first->waitFor(QStringLiteral("hello")));
        sendChat(kim, QStringLiteral("one"));
        QVERIFY(first->waitFor(QStringLiteral("chat.created")));
        const QString stream = first->ofType(QStringLiteral("hello"))
                                   .first()
                                   .value(QStringLiteral("stream"))
                                   .toString();
        const qint64 lastSeen = first->events().last().value(QStringLiteral("seq")).toInteger();
        first.reset(); // the drop

        sendChat(kim, QStringLiteral("two"));
        sendChat(kim, QStringLiteral("three"));
        test::LiveClient back;
        QVERIFY(back.open(client->port(), live.session.id,
                          QStringLiteral("since=%1&stream=%2&").arg(lastSeen).arg(stream) +
                              tokenQuery(sam)));
        QVERIFY(back.waitFor(QStringLiteral("chat.created"), 2));
        QStringList contents;
        for (const QJsonObject& event : back.events())
            contents.append(event.value(QStringLiteral("message"))
                                .toObject()
                                .value(QStringLiteral("content"))
                                .toString());
        QCOMPARE(contents, (QStringList{QStringLiteral("two"), QStringLiteral("three")}));
        QCOMPARE(back.events().first().value(QStringLiteral("seq")).toInteger(), lastSeen + 1);

        // From another process or a restart, or too long ago: reload instead.
        test::LiveClient elsewhere;
        QVERIFY(elsewhere.open(client->port(), live.session.id,
                               QStringLiteral("since=1&stream=other&") + tokenQuery(sam)));
        QVERIFY(elsewhere.waitFor(QStringLiteral("resync")));
        sendChat(kim, QStringLiteral("four"));
        sendChat(kim, QStringLiteral("five"));
        QVERIFY(back.waitFor(QStringLiteral("chat.created"), 4));
        test::LiveClient late;
        QVERIFY(late.open(client->port(), live.session.id,
                          QStringLiteral("since=%1&stream=%2&").arg(lastSeen).arg(stream) +
                              tokenQuery(sam)));
        QVERIFY(late.waitFor(QStringLiteral("resync")));
        QCOMPARE(
            late.ofType(QStringLiteral("resync")).first().value(QStringLiteral("seq")).toInteger(),
            5);
        QVERIFY(late.events().isEmpty());
    }

    void takesTheTokenAsTheFirstMessage() {
        test::LiveClient samHears;
        QVERIFY(samHears.open(client->port(), live.session.id));
        samHears.socket().sendTextMessage(
            QStringLiteral("{\"type\":\"auth\",\"token\":\"%1\"}").arg(sam));
        QVERIFY(samHears.waitFor(QStringLiteral("hello")));
        sendChat(kim, QStringLiteral("hello"));
        QVERIFY(samHears.waitFor(QStringLiteral("chat.created")));
        samHears.socket().sendTextMessage(QStringLiteral("{\"type\":\"ping\"}"));
        QVERIFY(samHears.waitFor(QStringLiteral("pong")));
    }

    void refusesWhoMayNotListen_data() {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<int>("closeCode");
        const QString own = QStringLiteral("/api/live/sessions/%1/ws");
        QTest::newRow("no token in time") << "none" << own << "" << 4401;
        QTest::newRow("bad token") << "bad" << own << "" << 4401;
        QTest::newRow("not enrolled") << "outsider" << own << "" << 4403;
        QTest::newRow("no such session") << "sam"
                                         << "/api/live/sessions/999999/ws"
                                         << "" << 4404;
        // Not upgraded at all: the hub answers 404 over HTTP.
        QTest::newRow("not the channel's path") << "sam"
                                                << "/api/live/sessions/%1/chat"
                                                << "" << 0;
        QTest::newRow("another site's page") << "sam" << own << "http://evil.example" << 4403;
        QTest::newRow("another port") << "sam" << own << "http://127.0.0.1:1" << 4403;
    }
    void refusesWhoMayNotListen() {
        QFETCH(QString, who);
        QFETCH(QString, path);
        QFETCH(QString, origin);
        QFETCH(int, closeCode);
        cleanup();
        hub::LiveChannel::Limits limits;
        limits.authTimeout = 200ms;
        startWith(limits);
        QString token;
        if (who == u"sam")
            token = sam;
        else if (who == u"bad")
            token = QStringLiteral("not-a-token");
        else if (who == u"outsider")
            token = client->login(f->addUser(Role::Student, QStringLiteral("Out")).email);
        test::LiveClient refused(origin);
        const bool upgraded = refused.open(client->port(), live.session.id,
                                           token.isEmpty() ? QString() : tokenQuery(token),
                                           path.contains(u"%1") ? path.arg(live.session.id) : path);
        if (closeCode == 0) {
            QVERIFY(!upgraded);
            return;
        }
        QVERIFY(upgraded);
        QVERIFY(refused.waitForClose());
        QCOMPARE(refused.closeCode(), closeCode);
        QCOMPARE(refused.ofType(QStringLiteral("error")).size(), 1);
        QVERIFY(refused.ofType(QStringLiteral("hello")).isEmpty());
    }

    void answersAPlainRequestWithUpgradeRequired() {
        const Reply plain = client->call(
            "GET", at(QStringLiteral("/api/live/sessions/%1/ws/"), live.session.id), sam);
        QCOMPARE(plain.status, 426);
        QCOMPARE(plain.errorCode(), QStringLiteral("invalid"));
    }

    void refusesMessagesOver64KiB() {
        test::LiveClient samHears;
        QVERIFY(samHears.open(client->port(), live.session.id, tokenQuery(sam)));
        QVERIFY(samHears.waitFor(QStringLiteral("hello")));
        samHears.socket().sendTextMessage(QString(65 * 1024, u'x'));
        QVERIFY(samHears.waitForClose());
        QCOMPARE(samHears.closeCode(), int(QWebSocketProtocol::CloseCodeTooMuchData));
        // The hub stays up for everyone else.
        test::LiveClient kimHears;
        QVERIFY(kimHears.open(client->port(), live.session.id, tokenQuery(kim)));
        QVERIFY(kimHears.waitFor(QStringLiteral("hello")));
    }

    void dropsPeersThatStopAnsweringPings() {
        cleanup();
        hub::LiveChannel::Limits limits;
        limits.pingInterval = 100ms;
        startWith(limits);
        test::LiveClient answering;
        QVERIFY(answering.open(client->port(), live.session.id, tokenQuery(kim)));
        // A peer that upgraded and then went silent: it never answers a ping.
        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, client->port());
        QVERIFY(silent.waitForConnected(5000));
        silent.write(QStringLiteral("GET /api/live/sessions/%1/ws?token=%2 HTTP/1.1\r\n"
                                    "Host: 127.0.0.1:%3\r\nUpgrade: websocket\r\n"
                                    "Connection: Upgrade\r\n"
                                    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                    "Sec-WebSocket-Version: 13\r\n\r\n")
                         .arg(live.session.id)
                         .arg(sam)
                         .arg(client->port())
                         .toLatin1());
        QTRY_VERIFY_WITH_TIMEOUT(silent.state() == QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(silent.readAll().startsWith("HTTP/1.1 101"));
        QTest::qWait(300);
        QVERIFY(!answering.isClosed());
    }

    void sendsPollResultsAtMostOncePerInterval() {
        cleanup();
        hub::LiveChannel::Limits limits;
        limits.pollResultsInterval = 1000ms;
        startWith(limits);
        QList<User> voters;
        for (int i = 0; i < 8; ++i)
            voters.append(f->addUser(Role::Student, QStringLiteral("Voter %1").arg(i)));
        QStringList tokens;
        for (const User& voter : voters) {
            f->enroll(live.course, voter);
            tokens.append(client->login(voter.email));
        }
        test::LiveClient samHears;
        QVERIFY(samHears.open(client->port(), live.session.id, tokenQuery(sam)));
        QVERIFY(samHears.waitFor(QStringLiteral("hello")));
        const Id poll = startedPoll(true);
        const Id option = firstOption(poll);
        QElapsedTimer voting;
        voting.start();
        for (const QString& token : tokens) {
            QCOMPARE(client
                         ->call("POST",
                                at(QStringLiteral("/api/live/sessions/%1/join/"), live.session.id),
                                token)
                         .status,
                     200);
            QCOMPARE(vote(token, poll, option), 200);
        }
        const qint64 spent = voting.elapsed();
        QTRY_COMPARE_WITH_TIMEOUT(
            partOf(samHears, QStringLiteral("poll.results"), QStringLiteral("results"))
                .value(QStringLiteral("total_votes"))
                .toInteger(),
            8, 5000);
        const qsizetype sent = samHears.ofType(QStringLiteral("poll.results")).size();
        QVERIFY2(sent <= spent / 1000 + 2,
                 qPrintable(QStringLiteral("%1 results in %2 ms").arg(sent).arg(spent)));
    }

    void closesABannedStudentsChannel() {
        test::LiveClient samHears, kimHears;
        QVERIFY(samHears.open(client->port(), live.session.id, tokenQuery(sam)));
        QVERIFY(kimHears.open(client->port(), live.session.id, tokenQuery(kim)));
        QVERIFY(kimHears.waitFor(QStringLiteral("hello")));
        const Reply roster = client->call(
            "GET", at(QStringLiteral("/api/live/sessions/%1/participants/"), live.session.id),
            host);
        Id samParticipant = 0;
        for (const QJsonValue entry : roster.body.array()) {
            const QJsonObject participant = entry.toObject();
            if (participant.value(QStringLiteral("user"))
                    .toObject()
                    .value(QStringLiteral("id"))
                    .toInteger() == live.students[0].id)
                samParticipant = participant.value(QStringLiteral("id")).toInteger();
        }
        QVERIFY(samParticipant != 0);
        QCOMPARE(client
                     ->call("POST",
                            at(QStringLiteral("/api/live/participants/%1/ban/"), samParticipant),
                            host, QJsonObject{{QStringLiteral("banned"), true}})
                     .status,
                 200);
        QVERIFY(samHears.waitForClose());
        QCOMPARE(samHears.closeCode(), 4403);
        QVERIFY(kimHears.waitFor(QStringLiteral("participant.updated")));
        QVERIFY(!kimHears.isClosed());
    }

    // Seen live: a 5 s poll sent no poll.closed, and the page kept a Vote button that failed.
    void aTimedPollClosesWhenItsTimeIsUp() {
        test::LiveClient samHears;
        QVERIFY(samHears.open(client->port(), live.session.id, tokenQuery(sam)));
        QVERIFY(samHears.waitFor(QStringLiteral("hello")));
        const Reply created = client->call(
            "POST", at(QStringLiteral("/api/live/sessions/%1/polls/create/"), live.session.id),
            host,
            QJsonObject{{QStringLiteral("question"), QStringLiteral("Quick one?")},
                        {QStringLiteral("options"),
                         QJsonArray{QStringLiteral("Yes"), QStringLiteral("No")}},
                        {QStringLiteral("duration_seconds"), 5}});
        const Id poll = created.object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(client->call("POST", at(QStringLiteral("/api/live/polls/%1/start/"), poll), host)
                     .status,
                 200);
        QVERIFY(samHears.waitFor(QStringLiteral("poll.started")));
        const Id option = firstOption(poll);
        f->clock().advance(4);
        QCOMPARE(vote(kim, poll, option), 200);
        QVERIFY(samHears.ofType(QStringLiteral("poll.closed")).isEmpty());
        f->clock().advance(2);
        QVERIFY(samHears.waitFor(QStringLiteral("poll.closed")));
        QCOMPARE(partOf(samHears, QStringLiteral("poll.closed"), QStringLiteral("poll"))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("closed"));
        QVERIFY(vote(sam, poll, option) != 200);
        // Closed in the database, not only in how it is shown: one close, one announcement.
        const auto stored = PollService(f->context()).closeExpiredPolls();
        LECTERN_VERIFY_OK(stored);
        QCOMPARE(*stored, qsizetype(0));
        QCOMPARE(samHears.ofType(QStringLiteral("poll.closed")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHubLive)
#include "tst_hublive.moc"
