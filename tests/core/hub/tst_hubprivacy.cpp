#include "hub/hubserver.h"
#include "hubclient.h"
#include "liveclient.h"
#include "servicefixture.h"
#include "services/sessionservice.h"

#include <QJsonArray>
#include <QTest>

using namespace lectern;

// Who sees what, over HTTP and the live channel: the way into the meeting, stream keys,
// per-person engagement, anonymous authors, and what a replay shows.
class TestHubPrivacy : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    std::unique_ptr<hub::HubServer> server;
    std::unique_ptr<test::HubClient> client;
    test::ServiceFixture::LiveClass live;
    QString host, sam, kim;
    using Reply = test::HubClient::Reply;

    const QString zoomLink = QStringLiteral("https://us02web.zoom.us/j/12345678901?pwd=Secr3t");

    QString path(const QString& pattern) const { return pattern.arg(live.session.id); }
    Reply get(const QString& at, const QString& token) { return client->call("GET", at, token); }
    Reply post(const QString& at, const QString& token, const QJsonObject& body = {}) {
        return client->call("POST", at, token, body);
    }
    // The session now holds a Zoom link with its password; `live.students[1]` (Kim) has not
    // joined it.
    void withZoomLinkAndKimOutside() {
        LiveSession changes = live.session;
        changes.platform = Platform::Zoom;
        changes.meetingLink = zoomLink;
        LECTERN_VERIFY_OK(SessionService(f->context())
                              .updateLiveSession(live.instructor, live.session.id, changes));
        QCOMPARE(post(path(QStringLiteral("/api/live/sessions/%1/leave/")), kim).status, 200);
    }
    static void expectNoWayIn(const QJsonObject& session) {
        QCOMPARE(session.value(QStringLiteral("platform")).toString(), QStringLiteral("zoom"));
        QVERIFY(session.value(QStringLiteral("has_password")).toBool());
        QCOMPARE(session.value(QStringLiteral("meeting_link")).toString(), QString());
        QCOMPARE(session.value(QStringLiteral("meeting_id")).toString(), QString());
        QVERIFY(!session.contains(QStringLiteral("meeting_password")));
        QVERIFY(!session.contains(QStringLiteral("stream_key")));
    }
    QJsonObject participantRow(const QString& token, Id userId) {
        const Reply roster =
            get(path(QStringLiteral("/api/live/sessions/%1/participants/")), token);
        for (const QJsonValue& row : roster.body.array()) {
            if (row[u"user"][u"id"].toInteger() == userId)
                return row.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        std::tie(server, client) = test::startHub(*f);
        live = f->liveClass(2);
        host = client->login(live.instructor.email);
        sam = client->login(live.students[0].email);
        kim = client->login(live.students[1].email);
    }
    void cleanup() {
        client.reset();
        server.reset();
        f.reset();
    }

    void theWayIntoTheMeetingIsForStaffAndThoseLetIn() {
        withZoomLinkAndKimOutside();
        const QString detail = path(QStringLiteral("/api/live/sessions/%1/"));
        // Kim left: in the list and the detail she learns the platform and that there is a
        // password, not the link that carries it.
        expectNoWayIn(get(detail, kim).object());
        for (const QJsonValue& listed :
             get(QStringLiteral("/api/live/sessions/"), kim).body.array())
            expectNoWayIn(listed.toObject());
        // Sam is in the class: the link, id and password are his.
        const QJsonObject samSees = get(detail, sam).object();
        QCOMPARE(samSees.value(QStringLiteral("meeting_link")).toString(), zoomLink);
        QCOMPARE(samSees.value(QStringLiteral("meeting_password")).toString(),
                 QStringLiteral("Secr3t"));
        QCOMPARE(samSees.value(QStringLiteral("meeting_id")).toString(),
                 QStringLiteral("12345678901"));
        QVERIFY(!samSees.contains(QStringLiteral("stream_key")));
        // The join answer carries the way in, so the page can open the class; a wrong
        // password lets nothing out.
        const QString join = path(QStringLiteral("/api/live/sessions/%1/join/"));
        const Reply refused =
            post(join, kim, QJsonObject{{QStringLiteral("password"), QStringLiteral("guess")}});
        QCOMPARE(refused.status, 403);
        QVERIFY(!refused.body.toJson().contains("Secr3t"));
        const Reply joined =
            post(join, kim, QJsonObject{{QStringLiteral("password"), QStringLiteral("Secr3t")}});
        QCOMPARE(joined.status, 200);
        QCOMPARE(joined.object()[u"session"][u"meeting_link"].toString(), zoomLink);
        // The host sees all of it, the stream key included.
        const QJsonObject hostSees = get(detail, host).object();
        QCOMPARE(hostSees.value(QStringLiteral("meeting_link")).toString(), zoomLink);
        QVERIFY(!hostSees.value(QStringLiteral("stream_key")).toString().isEmpty());
    }

    void theLiveChannelNeverCarriesTheWayIn() {
        withZoomLinkAndKimOutside();
        test::LiveClient kimHears;
        QVERIFY(kimHears.open(client->port(), live.session.id, QStringLiteral("token=") + kim));
        QVERIFY(kimHears.waitFor(QStringLiteral("hello")));
        LiveSession changes = live.session;
        changes.platform = Platform::Zoom;
        changes.meetingLink = zoomLink;
        changes.title = QStringLiteral("Renamed");
        LECTERN_VERIFY_OK(SessionService(f->context())
                              .updateLiveSession(live.instructor, live.session.id, changes));
        QVERIFY(kimHears.waitFor(QStringLiteral("session.updated")));
        const QJsonObject session =
            kimHears.ofType(QStringLiteral("session.updated")).last()[u"session"].toObject();
        QCOMPARE(session.value(QStringLiteral("title")).toString(), QStringLiteral("Renamed"));
        expectNoWayIn(session);
    }

    void aStreamKeyIsMadeWhenASessionIsScheduled() {
        const Reply created = post(
            QStringLiteral("/api/live/sessions/create/"), host,
            QJsonObject{{QStringLiteral("course"), live.course.id},
                        {QStringLiteral("title"), QStringLiteral("Week 2")},
                        {QStringLiteral("scheduled_start"), QStringLiteral("2026-11-27T09:00:00Z")},
                        {QStringLiteral("scheduled_end"), QStringLiteral("2026-11-27T10:00:00Z")}});
        QCOMPARE(created.status, 201);
        const QString key = created.object().value(QStringLiteral("stream_key")).toString();
        QVERIFY2(key.size() >= 32, qPrintable(key));
        const QString detail = QStringLiteral("/api/live/sessions/%1/")
                                   .arg(created.object().value(QStringLiteral("id")).toInteger());
        QCOMPARE(get(detail, host).object().value(QStringLiteral("stream_key")).toString(), key);
        QVERIFY(!get(detail, sam).object().contains(QStringLiteral("stream_key")));
    }

    // Seen live: asking anonymously raised the asker's questions_asked, which every member
    // read in the participants list.
    void anonymousQuestionsAndVotesMoveNoCounterAndEngagementIsForStaff() {
        QCOMPARE(post(path(QStringLiteral("/api/live/sessions/%1/questions/ask/")), sam,
                      QJsonObject{{QStringLiteral("question"), QStringLiteral("Who am I?")},
                                  {QStringLiteral("is_anonymous"), true}})
                     .status,
                 201);
        const Reply poll =
            post(path(QStringLiteral("/api/live/sessions/%1/polls/create/")), host,
                 QJsonObject{{QStringLiteral("question"), QStringLiteral("Secret ballot?")},
                             {QStringLiteral("options"),
                              QJsonArray{QStringLiteral("Yes"), QStringLiteral("No")}},
                             {QStringLiteral("is_anonymous"), true}});
        const Id pollId = poll.object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(post(QStringLiteral("/api/live/polls/%1/start/").arg(pollId), host).status, 200);
        const Id option = poll.object()[u"options"].toArray().first()[u"id"].toInteger();
        QCOMPARE(post(QStringLiteral("/api/live/polls/%1/vote/").arg(pollId), sam,
                      QJsonObject{{QStringLiteral("option_ids"), QJsonArray{option}}})
                     .status,
                 200);

        // Not even the instructor can tell who asked or voted.
        const QJsonObject samForHost = participantRow(host, live.students[0].id);
        QCOMPARE(samForHost.value(QStringLiteral("questions_asked")).toInt(-1), 0);
        QCOMPARE(samForHost.value(QStringLiteral("polls_answered")).toInt(-1), 0);
        // A classmate sees who is there, not how much they did.
        const QJsonObject samForKim = participantRow(kim, live.students[0].id);
        QCOMPARE(samForKim.value(QStringLiteral("status")).toString(), QStringLiteral("joined"));
        for (const char* field : {"questions_asked", "polls_answered", "chat_messages_count",
                                  "duration_seconds", "attendance_rate"})
            QVERIFY2(!samForKim.contains(QLatin1StringView(field)), field);
        // Their own row they see whole.
        QVERIFY(participantRow(kim, live.students[1].id)
                    .contains(QStringLiteral("chat_messages_count")));
    }

    void aReplayShowsWhatAStudentMaySeeNow() {
        test::LiveClient first;
        QVERIFY(first.open(client->port(), live.session.id, QStringLiteral("token=") + kim));
        QVERIFY(first.waitFor(QStringLiteral("hello")));
        const QString stream = first.ofType(QStringLiteral("hello")).first()[u"stream"].toString();
        const Reply sent = post(path(QStringLiteral("/api/live/sessions/%1/chat/send/")), sam,
                                QJsonObject{{QStringLiteral("content"),
                                             QStringLiteral("my phone number is 555-0100")}});
        const Id message = sent.object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(client->call("DELETE", QStringLiteral("/api/live/messages/%1/").arg(message), sam)
                     .status,
                 200);
        QVERIFY(first.waitFor(QStringLiteral("chat.deleted")));

        test::LiveClient reconnected;
        QVERIFY(reconnected.open(client->port(), live.session.id,
                                 QStringLiteral("token=%1&since=0&stream=%2").arg(kim, stream)));
        QVERIFY(reconnected.waitFor(QStringLiteral("chat.deleted")));
        const QList<QJsonObject> replayed = reconnected.ofType(QStringLiteral("chat.created"));
        QCOMPARE(replayed.size(), 1);
        QCOMPARE(replayed.first()[u"message"][u"content"].toString(), QString());
        QVERIFY(replayed.first()[u"message"][u"is_deleted"].toBool());
        QVERIFY(!reconnected.received().isEmpty());
        for (const QJsonObject& event : reconnected.received())
            QVERIFY(!QJsonDocument(event).toJson().contains("555-0100"));
    }

    void pollsNameTheirMaker() {
        const Reply poll =
            post(path(QStringLiteral("/api/live/sessions/%1/polls/create/")), host,
                 QJsonObject{{QStringLiteral("question"), QStringLiteral("Pace?")},
                             {QStringLiteral("options"),
                              QJsonArray{QStringLiteral("Fast"), QStringLiteral("Slow")}}});
        QCOMPARE(poll.status, 201);
        const QJsonObject maker = poll.object().value(QStringLiteral("created_by")).toObject();
        QCOMPARE(maker.value(QStringLiteral("id")).toInteger(), live.instructor.id);
        QCOMPARE(maker.value(QStringLiteral("name")).toString(), live.instructor.name);
        const Reply listed = get(path(QStringLiteral("/api/live/sessions/%1/polls/")), host);
        QCOMPARE(listed.body.array().first()[u"created_by"][u"name"].toString(),
                 live.instructor.name);
    }

    void aKnownPathAskedWithAnotherMethodIs405WithAllow() {
        const Reply wrong = get(path(QStringLiteral("/api/live/sessions/%1/join/")), sam);
        QCOMPARE(wrong.status, 405);
        QCOMPARE(wrong.allow, QByteArray("POST"));
        const Reply page = client->call("DELETE", QStringLiteral("/"), {});
        QCOMPARE(page.status, 405);
        QCOMPARE(page.allow, QByteArray("GET"));
        QCOMPARE(get(QStringLiteral("/api/nothing/here/"), sam).status, 404);
        // A GET route exists there, but "create" is no session id.
        QCOMPARE(get(QStringLiteral("/api/live/sessions/create/"), sam).status, 404);
        const Reply message = client->call("PATCH", QStringLiteral("/api/live/messages/1/"), sam);
        QCOMPARE(message.status, 405);
        QCOMPARE(message.allow, QByteArray("PUT, DELETE"));
    }

    void deletingAnEndedClassArchivesItAndOnlyAnAdminPurges() {
        f->clock().advance(3600);
        QCOMPARE(post(path(QStringLiteral("/api/live/sessions/%1/end/")), host).status, 200);
        const QString detail = path(QStringLiteral("/api/live/sessions/%1/"));
        const Reply archived = client->call("DELETE", detail, host);
        QCOMPARE(archived.status, 200);
        QVERIFY(archived.object().value(QStringLiteral("archived")).toBool());
        QVERIFY(get(QStringLiteral("/api/live/sessions/"), host).body.array().isEmpty());
        QCOMPARE(get(path(QStringLiteral("/api/live/sessions/%1/attendance/")), host).status, 200);
        QCOMPARE(client->call("DELETE", detail + u"?purge=true", host).status, 403);
        QCOMPARE(client->call("DELETE", detail + u"?purge=maybe", host).status, 400);
        const User admin = f->addUser(Role::Admin, QStringLiteral("Root"));
        const Reply purged =
            client->call("DELETE", detail + u"?purge=true", client->login(admin.email));
        QCOMPARE(purged.status, 200);
        QCOMPARE(purged.object().value(QStringLiteral("deleted_attendance_records")).toInt(), 2);
        QCOMPARE(get(detail, host).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestHubPrivacy)
#include "tst_hubprivacy.moc"
