#include "domain/events.h"
#include "hub/hubserver.h"
#include "hubclient.h"
#include "liveclient.h"
#include "servicefixture.h"
#include "services/chatservice.h"
#include "services/pollservice.h"
#include "storage/sql.h"
#include "sync/teamsync.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace lectern;

// Team mode: two hubs on one PostgreSQL database, each with its own event bus and its own
// connections as two lectern-server processes have, see each other's changes through
// LISTEN/NOTIFY, and listen again after their connection is cut.
class TestTeamSync : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    std::unique_ptr<EventBus> otherBus;
    std::unique_ptr<hub::HubServer> hubA, hubB;
    std::unique_ptr<test::HubClient> clientA;
    quint16 portB = 0;
    test::ServiceFixture::LiveClass live;

    bool onPostgres() const { return f->context().database->dialect() == Dialect::Postgres; }

    // Kim, signed in through hub A, listens to the session on hub B.
    bool listenOnHubB(test::LiveClient& listener) {
        const QString kim = clientA->login(live.students[1].email);
        return listener.open(portB, live.session.id, QStringLiteral("token=") + kim) &&
               listener.waitFor(QStringLiteral("hello"));
    }

    // The instructor starts a poll and a student votes, both through hub A.
    Id voteThroughHubA() {
        const QString host = clientA->login(live.instructor.email);
        const QString sam = clientA->login(live.students[0].email);
        const auto created = clientA->call(
            "POST", QStringLiteral("/api/live/sessions/%1/polls/create/").arg(live.session.id),
            host,
            QJsonObject{{QStringLiteral("question"), QStringLiteral("Tabs or spaces?")},
                        {QStringLiteral("options"),
                         QJsonArray{QStringLiteral("Tabs"), QStringLiteral("Spaces")}}});
        const Id poll = created.object().value(QStringLiteral("id")).toInteger();
        const Id option = created.object()
                              .value(QStringLiteral("options"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toInteger();
        clientA->call("POST", QStringLiteral("/api/live/polls/%1/start/").arg(poll), host);
        clientA->call("POST", QStringLiteral("/api/live/polls/%1/vote/").arg(poll), sam,
                      QJsonObject{{QStringLiteral("option_ids"), QJsonArray{option}}});
        return poll;
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        live = f->liveClass(2);
        std::tie(hubA, clientA) = test::startHub(*f);
        ServiceContext other = f->context();
        otherBus = std::make_unique<EventBus>();
        other.events = otherBus.get();
        hubB = std::make_unique<hub::HubServer>(other);
        portB = hubB->listen(QHostAddress::LocalHost, 0).value_or(0);
        QVERIFY(portB != 0);
    }
    void cleanup() {
        hubB.reset();
        clientA.reset();
        hubA.reset();
        otherBus.reset();
        f.reset();
    }

    void refusesToStartWithoutPostgres() {
        if (onPostgres())
            QSKIP("covered by the PostgreSQL run");
        hub::TeamSync sync(f->context());
        LECTERN_VERIFY_ERROR(sync.start(), ErrorCode::Invalid);
    }

    void aVoteThroughOneHubReachesListenersOfTheOther() {
        if (!onPostgres())
            QSKIP("team sync needs PostgreSQL");
        test::LiveClient kimHearsB;
        QVERIFY(listenOnHubB(kimHearsB));
        const Id poll = voteThroughHubA();
        QVERIFY(kimHearsB.waitFor(QStringLiteral("poll.started")));
        QTRY_COMPARE_WITH_TIMEOUT(kimHearsB.ofType(QStringLiteral("poll.results"))
                                      .value(0)
                                      .value(QStringLiteral("results"))
                                      .toObject()
                                      .value(QStringLiteral("total_votes"))
                                      .toInteger(),
                                  1, 5000);
        QCOMPARE(kimHearsB.ofType(QStringLiteral("poll.results"))
                     .first()
                     .value(QStringLiteral("poll_id"))
                     .toInteger(),
                 poll);
    }

    void aForgedNotifyIsDroppedAndARealOneGoesOut() {
        if (!onPostgres())
            QSKIP("team sync needs PostgreSQL");
        test::LiveClient kimHearsB;
        QVERIFY(listenOnHubB(kimHearsB));
        // Its announcement is heard before the chat's below, which the test waits for.
        PollDraft question;
        question.question = QStringLiteral("Pace?");
        question.options = {QStringLiteral("Fast"), QStringLiteral("Slow")};
        const auto poll =
            PollService(f->context()).createPoll(live.instructor, live.session.id, question);
        LECTERN_VERIFY_OK(poll);
        ChatDraft draft;
        draft.content = QStringLiteral("hello");
        auto message =
            ChatService(f->context()).sendChatMessage(live.students[0], live.session.id, draft);
        LECTERN_VERIFY_OK(message);
        QVERIFY(kimHearsB.waitFor(QStringLiteral("chat.created"))); // the real one, through A
        // Whoever has the database's address can NOTIFY what they like, as this connection does.
        auto connection = f->context().database->openDedicated(QStringLiteral("forger"));
        LECTERN_VERIFY_OK(connection);
        const auto scope = qScopeGuard([&] { Database::closeDedicated(*connection); });
        const QString channel =
            (QStringLiteral("lectern_events_") + f->context().database->url().schema).toLower();
        QSignalSpy heardOnB(otherBus.get(), &EventBus::published);
        const auto notify = [&](const QString& type, Id session, Id entity) {
            const QString payload =
                QStringLiteral(R"({"t":"%1","s":%2,"e":%3})").arg(type).arg(session).arg(entity);
            LECTERN_VERIFY_OK(sql::run(*connection, QStringLiteral("SELECT pg_notify(?, ?)"),
                                       {channel, payload}));
        };
        const Id otherSession = live.session.id + 1000;
        notify(events::chatDeleted, live.session.id, message->id + 1000); // no such message
        notify(events::chatDeleted, otherSession, message->id);           // not that session's
        notify(events::sessionDeleted, live.session.id, live.session.id); // it is not deleted
        notify(QStringLiteral("admin.granted"), 0, live.students[0].id);  // no such event
        notify(events::pollDeleted, live.session.id, poll->id);           // it is still there
        notify(events::chatPinned, live.session.id, message->id);         // true: goes out
        QTRY_VERIFY_WITH_TIMEOUT(!heardOnB.isEmpty(), 5000);
        QTest::qWait(200);
        QList<QString> heard;
        for (const QList<QVariant>& arguments : heardOnB) {
            const auto event = arguments.first().value<DomainEvent>();
            if (event.remote)
                heard << event.type;
        }
        QCOMPARE(heard, QList<QString>{events::chatPinned});
    }

    void listensAgainAfterItsConnectionIsCut() {
        if (!onPostgres())
            QSKIP("team sync needs PostgreSQL");
        test::LiveClient kimHearsB;
        QVERIFY(listenOnHubB(kimHearsB));

        // As a database restart would: the server ends both hubs' listening connections.
        auto connection = f->context().database->connection();
        QVERIFY(connection.has_value());
        auto cut = sql::run(
            *connection,
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE application_name = 'lectern-teamsync-' || current_schema() "
                           "AND datname = current_database()"));
        LECTERN_VERIFY_OK(cut);
        QVERIFY(cut->size() >= 2);
        // Listening again, it tells its listeners to reload what they may have missed.
        QTRY_VERIFY_WITH_TIMEOUT(!kimHearsB.ofType(QStringLiteral("resync")).isEmpty(), 10000);

        voteThroughHubA();
        QVERIFY(kimHearsB.waitFor(QStringLiteral("poll.results")));
    }
};

QTEST_GUILESS_MAIN(TestTeamSync)
#include "tst_teamsync.moc"
