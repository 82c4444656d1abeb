#include "hub/hubserver.h"
#include "hubclient.h"
#include "liveclient.h"
#include "servicefixture.h"
#include "services/participationservice.h"
#include "storage/participantrepository.h"

#include <QTest>

using namespace lectern;
using namespace std::chrono_literals;

// Attendance from the page's live channel, over real sockets: present while a socket is open;
// gone longer than the grace period, the stint ends when the socket dropped; a reconnect
// starts a new stint; a REST join no socket follows counts for the grace period only.
class TestHubPresence : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    std::unique_ptr<hub::HubServer> server;
    std::unique_ptr<test::HubClient> client;
    test::ServiceFixture::LiveClass live;
    QString sam;

    void startWith(std::chrono::milliseconds grace) {
        client.reset();
        server.reset();
        hub::HubConfig config;
        config.live.presenceGrace = grace;
        std::tie(server, client) = test::startHub(*f, config);
        sam = client->login(live.students[0].email);
    }
    SessionParticipant samNow() {
        auto connection = f->context().database->connection();
        auto found = ParticipantRepository(*connection).find(live.session.id, live.students[0].id);
        if (!found || !*found)
            qFatal("Sam has no participant row");
        return **found;
    }
    // Lets the hub see a close the client has seen (well within the tests' 400 ms grace).
    static void settle() { QTest::qWait(100); }
    bool listening(test::LiveClient& listener) {
        return listener.open(client->port(), live.session.id, QStringLiteral("token=") + sam) &&
               listener.waitFor(QStringLiteral("hello"));
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        live = f->liveClass(1); // Sam joined at 09:00 over REST, before any hub
    }
    void cleanup() {
        client.reset();
        server.reset();
        f.reset();
    }

    void aDroppedSocketEndsTheStintWhenItDroppedAndAReconnectStartsAnother() {
        startWith(400ms);
        test::LiveClient tab;
        QVERIFY(listening(tab));
        const QDateTime nine = f->clock().now();
        f->clock().advance(20 * 60);
        tab.socket().close();
        QVERIFY(tab.waitForClose());
        settle();
        f->clock().advance(40 * 60); // long after the drop: the stint still ends at 09:20
        QTRY_VERIFY(!samNow().stintStartedAt.isValid());
        QCOMPARE(samNow().durationSeconds, qint64(20 * 60));
        QCOMPARE(samNow().status, ParticipantStatus::Joined); // the seat is kept

        test::LiveClient again;
        QVERIFY(listening(again));
        QTRY_COMPARE(samNow().stintStartedAt, nine.addSecs(60 * 60));
        f->clock().advance(10 * 60);
        auto roster =
            ParticipationService(f->context()).listParticipants(live.instructor, live.session.id);
        LECTERN_VERIFY_OK(roster);
        QCOMPARE(roster->first().attendedSeconds(f->clock().now()), qint64(30 * 60));
    }

    void aReconnectWithinTheGraceContinuesTheStint() {
        startWith(1500ms);
        test::LiveClient tab;
        QVERIFY(listening(tab));
        const QDateTime started = samNow().stintStartedAt;
        f->clock().advance(5 * 60);
        tab.socket().close();
        QVERIFY(tab.waitForClose());
        test::LiveClient reloaded;
        QVERIFY(listening(reloaded));
        QTest::qWait(2000); // past the grace period
        QCOMPARE(samNow().stintStartedAt, started);
        QCOMPARE(samNow().durationSeconds, qint64(0));
    }

    // Two tabs: closing one keeps them present.
    void anotherOpenTabKeepsThemPresent() {
        startWith(400ms);
        test::LiveClient laptop, phone;
        QVERIFY(listening(laptop));
        QVERIFY(listening(phone));
        laptop.socket().close();
        QVERIFY(laptop.waitForClose());
        QTest::qWait(500);
        QVERIFY(samNow().stintStartedAt.isValid());
    }

    void aRestJoinNoSocketFollowsCountsForTheGraceOnly() {
        startWith(1000ms);
        const User kim = f->addUser(Role::Student, QStringLiteral("Kim"));
        f->enroll(live.course, kim);
        const QString token = client->login(kim.email);
        QCOMPARE(client
                     ->call("POST",
                            QStringLiteral("/api/live/sessions/%1/join/").arg(live.session.id),
                            token)
                     .status,
                 200);
        f->clock().advance(45 * 60);
        const auto kimNow = [&] {
            auto connection = f->context().database->connection();
            return ParticipantRepository(*connection).find(live.session.id, kim.id)->value();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!kimNow().stintStartedAt.isValid(), 10'000);
        QCOMPARE(kimNow().durationSeconds, qint64(1));
    }

    // Signing out closes the sockets; after the grace the stint ends at the sign-out.
    void signingOutEndsTheStint() {
        startWith(400ms);
        test::LiveClient tab;
        QVERIFY(listening(tab));
        f->clock().advance(15 * 60);
        QCOMPARE(client->call("POST", QStringLiteral("/api/auth/logout"), sam).status, 200);
        QVERIFY(tab.waitForClose());
        settle();
        f->clock().advance(15 * 60);
        QTRY_VERIFY(!samNow().stintStartedAt.isValid());
        QCOMPARE(samNow().durationSeconds, qint64(15 * 60));
    }

    // The sockets went with the hub before (a restart, a crash): whoever does not come back
    // within the grace period is counted until the hub started, not until the class ends.
    void aHubThatStartsGivesEveryoneTheGraceToComeBack() {
        f->clock().advance(10 * 60);
        startWith(400ms);
        QTRY_VERIFY(!samNow().stintStartedAt.isValid());
        QCOMPARE(samNow().durationSeconds, qint64(10 * 60));
    }

    void aHubThatStartsKeepsThoseWhoComeBack() {
        startWith(1500ms);
        test::LiveClient tab;
        QVERIFY(listening(tab));
        QTest::qWait(2000);
        QVERIFY(samNow().stintStartedAt.isValid());
        QCOMPARE(samNow().durationSeconds, qint64(0));
    }

    // A leave is the student's word: a socket afterwards does not bring them back.
    void aSocketAfterLeavingStartsNothing() {
        startWith(400ms);
        QCOMPARE(client
                     ->call("POST",
                            QStringLiteral("/api/live/sessions/%1/leave/").arg(live.session.id),
                            sam)
                     .status,
                 200);
        test::LiveClient tab;
        QVERIFY(listening(tab));
        QTest::qWait(300);
        QCOMPARE(samNow().status, ParticipantStatus::Left);
        QVERIFY(!samNow().stintStartedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestHubPresence)
#include "tst_hubpresence.moc"
