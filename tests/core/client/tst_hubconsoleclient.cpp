#include "client/hub/hubsignin.h"
#include "client/local/localsignin.h"
#include "domain/events.h"
#include "hub/connection/tlsfiles.h"
#include "hub/hubserver.h"
#include "hubclient.h"
#include "selfsigned.h"
#include "servicefixture.h"
#include "services/chatservice.h"
#include "tcprelay.h"
#include "wire/types.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

namespace {

// The future's value once it is there (up to 15 s), events flowing meanwhile.
template <typename T> T awaited(QFuture<T> future) {
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 15'000))
        qFatal("no answer in 15 s");
    if constexpr (!std::is_void_v<T>)
        return future.result();
}

template <typename T> bool sameOnTheWire(const Result<T>& a, const Result<T>& b) {
    return a && b && wire::encode(*a) == wire::encode(*b);
}

} // namespace

// The console's hub client against a real lectern hub on loopback: signing in (and staying
// signed in), every answer as the local console gives it, events across consoles, refusals
// with the server's reason, a server that drops and comes back, and pinned certificates.
class TestHubConsoleClient : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    std::unique_ptr<hub::HubServer> server;
    std::unique_ptr<test::HubClient> rest;
    test::ServiceFixture::LiveClass live;
    User ta;

    client::ServerAddress addressOf(quint16 port, const QByteArray& pin = {},
                                    const QString& scheme = QStringLiteral("http")) {
        return client::ServerAddress::parse(
                   QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(port), pin)
            .value();
    }

    std::unique_ptr<client::ConsoleApi> signedIn(client::HubSignIn& door, const User& user,
                                                 bool keep = false) {
        auto signedInUser = awaited(door.signIn(user.email, QStringLiteral("correct horse"), keep));
        if (!signedInUser)
            qFatal("sign-in failed: %s", qPrintable(signedInUser.error().message));
        return door.open(*signedInUser);
    }

    static bool waitUntilReachable(client::ConsoleApi& api) {
        QSignalSpy reach(&api, &client::ConsoleApi::reachabilityChanged);
        return QTest::qWaitFor(
            [&] {
                for (const auto& args : reach)
                    if (args.at(0).toBool())
                        return true;
                return false;
            },
            15'000);
    }

    Id say(const QString& text) {
        ChatDraft draft;
        draft.content = text;
        return ChatService(f->context())
            .sendChatMessage(live.students[0], live.session.id, draft)
            .value()
            .id;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LECTERN_SECRET_STORE", "file");
    }
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        std::tie(server, rest) = test::startHub(*f);
        live = f->liveClass(1);
        ta = f->addUser(Role::Ta, QStringLiteral("Tia"));
        f->enroll(live.course, ta);
    }
    void cleanup() {
        rest.reset();
        server.reset();
        f.reset();
    }

    void serverAddressesAreTidiedAndChecked() {
        auto bare = client::ServerAddress::parse(QStringLiteral(" lectern.example.edu:8443 "));
        QVERIFY(bare);
        QCOMPARE(bare->url.toString(), QStringLiteral("https://lectern.example.edu:8443"));
        QVERIFY(client::ServerAddress::parse(QStringLiteral("http://127.0.0.1:8080")));
        const auto plain =
            client::ServerAddress::parse(QStringLiteral("http://lectern.example.edu"));
        QVERIFY(!plain);
        QCOMPARE(plain.error().field, QStringLiteral("server"));
        QVERIFY(plain.error().message.contains(QStringLiteral("https")));
        QVERIFY(!client::ServerAddress::parse(QStringLiteral("https://example.edu/api")));
        QVERIFY(!client::ServerAddress::parse(QStringLiteral("ftp://example.edu")));
        QVERIFY(!client::ServerAddress::parse(QString()));
    }

    void answersAsTheLocalConsoleDoes() {
        client::HubSignIn door(addressOf(rest->port()));
        QVERIFY(awaited(door.hasAnyUser()).value());
        const auto remote = signedIn(door, live.instructor);
        QCOMPARE(remote->user().id, live.instructor.id);
        const auto local = client::LocalSignIn(f->context()).open(live.instructor);
        QVERIFY(sameOnTheWire(awaited(remote->schedule({})), awaited(local->schedule({}))));
        QVERIFY(sameOnTheWire(awaited(remote->liveClass()), awaited(local->liveClass())));
        say(QStringLiteral("hello"));
        QVERIFY(sameOnTheWire(awaited(remote->chatPage(live.session.id, ChatQuery::newest(50))),
                              awaited(local->chatPage(live.session.id, ChatQuery::newest(50)))));
        QCOMPARE(remote->participantPage().value(),
                 QStringLiteral("http://127.0.0.1:%1/").arg(rest->port()));
        QVERIFY(remote->placeText().contains(QString::number(rest->port())));
        // Its "now" is the server's, whatever this desktop's clock says.
        QVERIFY(qAbs(remote->now().msecsTo(f->clock().now())) < 5'000);
        f->clock().set(f->clock().now().addSecs(3 * 3600));
        QVERIFY(awaited(remote->reportCourses()));
        QVERIFY(qAbs(remote->now().msecsTo(f->clock().now())) < 5'000);
    }

    void theServersRefusalsComeBackWithItsReason() {
        client::HubSignIn door(addressOf(rest->port()));
        const auto wrong = awaited(door.signIn(ta.email, QStringLiteral("nope nope"), false));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().code == ErrorCode::Unauthorized, qPrintable(wrong.error().message));
        QVERIFY(!wrong.error().message.isEmpty());
        const auto first = awaited(door.createFirstAccount({}, false));
        QCOMPARE(first.error().code, ErrorCode::Forbidden);

        const auto taConsole = signedIn(door, ta);
        const auto ended = awaited(taConsole->endSession(live.session.id));
        QVERIFY(!ended);
        QCOMPARE(ended.error().code, ErrorCode::Forbidden);
        QVERIFY(!ended.error().message.isEmpty());
        ChatDraft empty;
        const auto blank = awaited(taConsole->sendChat(live.session.id, empty));
        QCOMPARE(blank.error().code, ErrorCode::Invalid);
        QCOMPARE(blank.error().field, QStringLiteral("content"));
    }

    void aTasDeletionReachesTheInstructorsConsole() {
        client::HubSignIn instructorDoor(addressOf(rest->port()));
        client::HubSignIn taDoor(addressOf(rest->port()));
        const auto instructor = signedIn(instructorDoor, live.instructor);
        const auto taConsole = signedIn(taDoor, ta);
        QVERIFY(waitUntilReachable(*instructor));
        QSignalSpy heard(instructor.get(), &client::ConsoleApi::changed);
        const Id message = say(QStringLiteral("rude"));
        QVERIFY(awaited(taConsole->deleteChat(message)));
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const auto& args : heard) {
                    const auto event = args.at(0).value<DomainEvent>();
                    if (event.type == events::chatDeleted && event.entityId == message)
                        return true;
                }
                return false;
            },
            15'000));
    }

    void aKeptSignInIsRecalledUntilSignOut() {
        client::HubSignIn door(addressOf(rest->port()));
        QVERIFY(!awaited(door.recall()));
        const auto console = signedIn(door, ta, true);
        // The keychain is written off the UI thread: the next start finds it.
        std::optional<User> recalled;
        QVERIFY(QTest::qWaitFor(
            [&] {
                client::HubSignIn next(addressOf(rest->port()));
                recalled = awaited(next.recall());
                return recalled.has_value();
            },
            15'000));
        QCOMPARE(recalled->id, ta.id);
        awaited(console->signOut());
        client::HubSignIn after(addressOf(rest->port()));
        QVERIFY(!awaited(after.recall()));
    }

    void aServerThatDropsIsShownAndCaughtUpWith() {
        test::TcpRelay relay(QStringLiteral("127.0.0.1"), rest->port());
        QVERIFY(relay.port());
        client::HubSignIn door(addressOf(relay.port()));
        const auto console = signedIn(door, live.instructor);
        QVERIFY(waitUntilReachable(*console));
        QSignalSpy reach(console.get(), &client::ConsoleApi::reachabilityChanged);
        QSignalSpy heard(console.get(), &client::ConsoleApi::changed);
        relay.setMode(test::TcpRelay::Mode::Refuse);
        QVERIFY(QTest::qWaitFor([&] { return !reach.isEmpty(); }, 15'000));
        QCOMPARE(reach.first().at(0).toBool(), false);
        QVERIFY(!reach.first().at(1).toString().isEmpty());
        const auto meanwhile = awaited(console->schedule({}));
        QCOMPARE(meanwhile.error().code, ErrorCode::Unavailable);

        const Id missed = say(QStringLiteral("while you were away"));
        relay.setMode(test::TcpRelay::Mode::Forward);
        QVERIFY(waitUntilReachable(*console));
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const auto& args : heard) {
                    const auto event = args.at(0).value<DomainEvent>();
                    if (event.type == events::chatCreated && event.entityId == missed)
                        return true;
                }
                return false;
            },
            15'000));
        QVERIFY(awaited(console->schedule({})));
    }

    void anEndedSignInIsSaid() {
        client::HubSignIn door(addressOf(rest->port()));
        const auto console = signedIn(door, ta);
        QSignalSpy ended(console.get(), &client::ConsoleApi::signInEnded);
        QVERIFY(awaited(console->reportCourses()));
        QVERIFY(ended.isEmpty());
        f->clock().set(f->clock().now().addSecs(13 * 3600)); // past the 12 hours
        const auto refused = awaited(console->reportCourses());
        QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
        QVERIFY(QTest::qWaitFor([&] { return !ended.isEmpty(); }, 5000));
        QVERIFY(!ended.first().at(0).toString().isEmpty());
    }

    void aServerOutOfReachSaysSo() {
        client::HubSignIn door(addressOf(1)); // nothing listens on port 1
        const auto answer = awaited(door.signIn(ta.email, QStringLiteral("correct horse"), false));
        QVERIFY(!answer);
        QCOMPARE(answer.error().code, ErrorCode::Unavailable);
        QVERIFY(answer.error().message.contains(QStringLiteral("127.0.0.1")));
    }

    void aCertificateOfItsOwnIsTrustedOnlyByItsFingerprint() {
        QTemporaryDir dir;
        const test::SelfSigned made = test::makeSelfSigned(dir.path());
        QVERIFY2(made.problem.isEmpty(), qPrintable(made.problem));
        const QString cert = made.certificate;
        const QString key = made.key;
        auto tls = hub::tlsFromPemFiles(cert, key);
        QVERIFY(tls);
        hub::HubConfig config;
        config.tls = *tls;
        auto [tlsServer, tlsRest] = test::startHub(*f, config);

        client::HubSignIn untrusting(addressOf(tlsRest->port(), {}, QStringLiteral("https")));
        const auto refused =
            awaited(untrusting.signIn(ta.email, QStringLiteral("correct horse"), false));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Unavailable);

        QFile pem(cert);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QByteArray pin = client::sha256Fingerprint(QSslCertificate(pem.readAll()));
        client::HubSignIn other(
            addressOf(tlsRest->port(), QByteArray(64, 'a'), QStringLiteral("https")));
        QVERIFY(!awaited(other.signIn(ta.email, QStringLiteral("correct horse"), false)));

        client::HubSignIn pinned(addressOf(tlsRest->port(), pin, QStringLiteral("https")));
        const auto console = signedIn(pinned, live.instructor);
        QVERIFY(awaited(console->schedule({})));
        QVERIFY(waitUntilReachable(*console)); // the live channel over wss:// too
    }
};

QTEST_GUILESS_MAIN(TestHubConsoleClient)
#include "tst_hubconsoleclient.moc"
