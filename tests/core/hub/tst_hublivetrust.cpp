#include "hub/hubserver.h"
#include "hubclient.h"
#include "liveclient.h"
#include "servicefixture.h"
#include "services/authservice.h"
#include "services/participationservice.h"
#include "services/userservice.h"
#include "storage/userrepository.h"

#include <QTest>

using namespace lectern;
using namespace std::chrono_literals;

// A live-channel socket is let in once but trusted only while its user still may listen: it
// closes on sign-out, expiry, unenrolment and a ban, and one user cannot hold many.
class TestHubLiveTrust : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    std::unique_ptr<hub::HubServer> server;
    std::unique_ptr<test::HubClient> client;
    test::ServiceFixture::LiveClass live;
    QString sam, kim;

    void startWith(const hub::LiveChannel::Limits& limits) {
        LECTERN_OPEN_FIXTURE(f);
        hub::HubConfig config;
        config.live = limits;
        std::tie(server, client) = test::startHub(*f, config);
        live = f->liveClass(2);
        sam = client->login(live.students[0].email);
        kim = client->login(live.students[1].email);
    }
    void restartWith(const hub::LiveChannel::Limits& limits) {
        cleanup();
        startWith(limits);
    }
    static QString tokenQuery(const QString& token) { return QStringLiteral("token=") + token; }
    // A socket of `token`'s user that has been let in.
    bool listening(test::LiveClient& listener, const QString& token) {
        return listener.open(client->port(), live.session.id, tokenQuery(token)) &&
               listener.waitFor(QStringLiteral("hello"));
    }
    void expectClosedWith(test::LiveClient& listener, int code) {
        QVERIFY(listener.waitForClose());
        QCOMPARE(listener.closeCode(), code);
    }

private Q_SLOTS:
    void init() { startWith({}); }
    void cleanup() {
        client.reset();
        server.reset();
        f.reset();
    }

    void aUserHoldsAtMostFourLiveSockets() {
        std::array<test::LiveClient, 4> tabs;
        for (auto& tab : tabs)
            QVERIFY(listening(tab, sam));
        test::LiveClient fifth;
        QVERIFY(fifth.open(client->port(), live.session.id, tokenQuery(sam)));
        expectClosedWith(fifth, 4429);
        // Someone else is not held back, and a closed tab makes room.
        test::LiveClient kimsTab;
        QVERIFY(listening(kimsTab, kim));
        tabs[0].socket().close();
        QVERIFY(tabs[0].waitForClose());
        // The hub hears of the close a moment after the client; a refusal comes at once.
        bool admitted = false;
        for (int attempt = 0; attempt < 20 && !admitted; ++attempt) {
            test::LiveClient probe;
            QVERIFY(probe.open(client->port(), live.session.id, tokenQuery(sam)));
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return probe.isClosed() || !probe.ofType(QStringLiteral("hello")).isEmpty();
                },
                5000));
            admitted = !probe.isClosed();
        }
        QVERIFY(admitted);
    }

    void signingOutClosesThatTokensSockets() {
        test::LiveClient samHears, kimHears;
        QVERIFY(listening(samHears, sam));
        QVERIFY(listening(kimHears, kim));
        QCOMPARE(client->call("POST", QStringLiteral("/api/auth/logout"), sam).status, 200);
        expectClosedWith(samHears, 4401);
        QVERIFY(!kimHears.isClosed());
    }

    void anExpiredSignInClosesTheSocket() {
        hub::LiveChannel::Limits limits;
        limits.pingInterval = 100ms;
        restartWith(limits);
        test::LiveClient samHears;
        QVERIFY(listening(samHears, sam));
        f->clock().advance(12 * 3600);
        expectClosedWith(samHears, 4401);
    }

    void unenrolmentClosesTheSocket() {
        test::LiveClient samHears, kimHears;
        QVERIFY(listening(samHears, sam));
        QVERIFY(listening(kimHears, kim));
        LECTERN_VERIFY_OK(
            CourseService(f->context()).unenroll(live.course.id, live.students[0].email));
        expectClosedWith(samHears, 4403);
        QVERIFY(!kimHears.isClosed());
    }

    void aBanClosesTheSocketAndItCannotReconnect() {
        test::LiveClient samHears;
        QVERIFY(listening(samHears, sam));
        const auto roster =
            ParticipationService(f->context()).listParticipants(live.instructor, live.session.id);
        LECTERN_VERIFY_OK(roster);
        for (const SessionParticipant& p : *roster) {
            if (p.userId == live.students[0].id)
                LECTERN_VERIFY_OK(
                    ParticipationService(f->context()).setBanned(live.instructor, p.id, true));
        }
        expectClosedWith(samHears, 4403);
        test::LiveClient again;
        QVERIFY(again.open(client->port(), live.session.id, tokenQuery(sam)));
        expectClosedWith(again, 4403);
    }

    // Changes no event announces here (another process on SQLite) are found by the sweep.
    void theSweepFindsChangesMadeElsewhere() {
        hub::LiveChannel::Limits limits;
        limits.recheckInterval = 200ms;
        restartWith(limits);
        test::LiveClient samHears;
        QVERIFY(listening(samHears, sam));
        auto connection = f->context().database->connection();
        LECTERN_VERIFY_OK(connection);
        LECTERN_VERIFY_OK(
            CourseRepository(*connection).unenroll(live.course.id, live.students[0].id));
        expectClosedWith(samHears, 4403);
    }

    // The console's 30-day remembered sign-in is for the console alone.
    void aConsoleTokenIsNotAnApiToken() {
        auto remembered = AuthService(f->context(), std::chrono::days(30))
                              .issueToken(live.students[0], TokenScope::Console);
        LECTERN_VERIFY_OK(remembered);
        QCOMPARE(
            client->call("GET", QStringLiteral("/api/live/sessions/"), remembered->token).status,
            401);
        test::LiveClient channel;
        QVERIFY(channel.open(client->port(), live.session.id, tokenQuery(remembered->token)));
        expectClosedWith(channel, 4401);
        LECTERN_VERIFY_OK(
            AuthService(f->context()).userForToken(remembered->token, TokenScope::Console));
    }
};

QTEST_GUILESS_MAIN(TestHubLiveTrust)
#include "tst_hublivetrust.moc"
