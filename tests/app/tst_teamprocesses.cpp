#include "hubclient.h"
#include "liveclient.h"
#include "serverprocess.h"
#include "servicefixture.h"
#include "services/chatservice.h"
#include "services/pollservice.h"

#include <QJsonArray>
#include <QTest>

using namespace lectern;

// Team mode as it runs: two real `lectern-server serve` processes on one PostgreSQL
// database. A student's vote and chat through one reach WebSocket listeners of the other.
class TestTeamProcesses : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    std::unique_ptr<test::ServerProcess> hubA, hubB;

    std::unique_ptr<test::ServerProcess> startHub() {
        auto hub = std::make_unique<test::ServerProcess>(QStringLiteral(LECTERN_SERVER_PATH));
        QString problem;
        if (!hub->start(f->testDatabase().url().toString(), {}, &problem))
            qFatal("%s", qPrintable(problem));
        return hub;
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        if (f->context().database->dialect() != Dialect::Postgres)
            QSKIP("Team mode needs PostgreSQL; on SQLite each process is on its own");
        hubA = startHub();
        hubB = startHub();
    }
    void cleanup() {
        hubB.reset();
        hubA.reset();
        f.reset();
    }

    void votesAndChatThroughOneHubReachListenersOfTheOther() {
        const auto live = f->liveClass(2);
        PollDraft draft;
        draft.question = QStringLiteral("Tabs or spaces?");
        draft.options = {QStringLiteral("Tabs"), QStringLiteral("Spaces")};
        PollService polls(f->context());
        auto poll = polls.createPoll(live.instructor, live.session.id, draft);
        QVERIFY(poll);
        QVERIFY(polls.startPoll(live.instructor, poll->id));

        test::HubClient clientA(hubA->port());
        test::HubClient clientB(hubB->port());
        test::LiveClient kimOnA;
        const QString kim = clientA.login(live.students[1].email);
        QVERIFY(kimOnA.open(hubA->port(), live.session.id, QStringLiteral("token=") + kim));
        QVERIFY(kimOnA.waitFor(QStringLiteral("hello")));

        const QString sam = clientB.login(live.students[0].email);
        const auto voted = clientB.call(
            "POST", QStringLiteral("/api/live/polls/%1/vote/").arg(poll->id), sam,
            QJsonObject{{QStringLiteral("option_ids"), QJsonArray{poll->options.first().id}}});
        QCOMPARE(voted.status, 200);
        QVERIFY(kimOnA.waitFor(QStringLiteral("poll.results")));
        const QJsonObject results = kimOnA.ofType(QStringLiteral("poll.results"))
                                        .last()
                                        .value(QStringLiteral("results"))
                                        .toObject();
        QCOMPARE(results.value(QStringLiteral("total_votes")).toInt(), 1);

        const auto sent = clientB.call(
            "POST", QStringLiteral("/api/live/sessions/%1/chat/send/").arg(live.session.id), sam,
            QJsonObject{{QStringLiteral("content"), QStringLiteral("from the other hub")}});
        QCOMPARE(sent.status, 201);
        QVERIFY(kimOnA.waitFor(QStringLiteral("chat.created")));
        QCOMPARE(kimOnA.ofType(QStringLiteral("chat.created"))
                     .first()
                     .value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString(),
                 QStringLiteral("from the other hub"));
    }
};

QTEST_GUILESS_MAIN(TestTeamProcesses)
#include "tst_teamprocesses.moc"
