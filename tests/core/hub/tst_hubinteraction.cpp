#include "hub/hubserver.h"
#include "hubclient.h"
#include "servicefixture.h"

#include <QJsonArray>
#include <QTest>

using namespace lectern;

// The spec's usage examples for chat, Q&A and polls, through HTTP, with their refusals.
class TestHubInteraction : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    std::unique_ptr<hub::HubServer> server;
    std::unique_ptr<test::HubClient> client;
    test::ServiceFixture::LiveClass live;
    QString host, sam, kim;
    using Reply = test::HubClient::Reply;

    QString path(const QString& pattern, qint64 id) const { return pattern.arg(id); }

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

    void chatWithRepliesLikesAndModeration() {
        const QString send =
            path(QStringLiteral("/api/live/sessions/%1/chat/send/"), live.session.id);
        const Reply first = client->call(
            "POST", send, sam,
            QJsonObject{{QStringLiteral("content"), QStringLiteral("Great explanation!")},
                        {QStringLiteral("message_type"), QStringLiteral("text")}});
        QCOMPARE(first.status, 201);
        const qint64 id = first.object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(first.object()
                     .value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 live.students[0].name);
        const Reply reply = client->call(
            "POST", send, kim,
            QJsonObject{{QStringLiteral("content"), QStringLiteral("Thanks for asking that!")},
                        {QStringLiteral("reply_to"), id}});
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object().value(QStringLiteral("reply_to")).toInteger(), id);

        QCOMPARE(
            client->call("POST", send, kim, QJsonObject{{QStringLiteral("content"), 42}}).status,
            400);
        QCOMPARE(client
                     ->call("POST", send, kim,
                            QJsonObject{{QStringLiteral("content"), QStringLiteral("x")},
                                        {QStringLiteral("message_type"), QStringLiteral("shout")}})
                     .errorField(),
                 QStringLiteral("message_type"));
        const QString outsider =
            client->login(f->addUser(Role::Student, QStringLiteral("Out")).email);
        QCOMPARE(client
                     ->call("POST", send, outsider,
                            QJsonObject{{QStringLiteral("content"), QStringLiteral("hi")}})
                     .status,
                 403);

        QCOMPARE(client->call("POST", path(QStringLiteral("/api/live/messages/%1/like/"), id), kim)
                     .status,
                 200);
        QCOMPARE(client->call("POST", path(QStringLiteral("/api/live/messages/%1/like/"), id), kim)
                     .status,
                 409);
        QCOMPARE(client->call("POST", path(QStringLiteral("/api/live/messages/%1/pin/"), id), kim)
                     .status,
                 403);
        QCOMPARE(client->call("POST", path(QStringLiteral("/api/live/messages/%1/pin/"), id), host)
                     .status,
                 200);

        const Reply listed = client->call(
            "GET", path(QStringLiteral("/api/live/sessions/%1/chat/?limit=1"), live.session.id),
            sam);
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.body.array().size(), 1);
        QCOMPARE(
            client
                ->call("GET",
                       path(QStringLiteral("/api/live/sessions/%1/chat/?limit=0"), live.session.id),
                       sam)
                .status,
            400);

        QCOMPARE(
            client->call("DELETE", path(QStringLiteral("/api/live/messages/%1/"), id), kim).status,
            403);
        QCOMPARE(
            client->call("DELETE", path(QStringLiteral("/api/live/messages/%1/"), id), host).status,
            200);
        const Reply after = client->call(
            "GET", path(QStringLiteral("/api/live/sessions/%1/chat/"), live.session.id), kim);
        const QJsonObject deleted = after.body.array().first().toObject();
        QVERIFY(deleted.value(QStringLiteral("is_deleted")).toBool());
        QVERIFY(deleted.value(QStringLiteral("content")).toString().isEmpty());
    }

    void questionsAskUpvoteAnswer() {
        const Reply asked = client->call(
            "POST", path(QStringLiteral("/api/live/sessions/%1/questions/ask/"), live.session.id),
            sam,
            QJsonObject{{QStringLiteral("question"),
                         QStringLiteral("What is the difference between lists and tuples?")},
                        {QStringLiteral("is_anonymous"), true}});
        QCOMPARE(asked.status, 201);
        const qint64 id = asked.object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(
            client->call("POST", path(QStringLiteral("/api/live/questions/%1/upvote/"), id), kim)
                .status,
            200);
        QCOMPARE(
            client->call("POST", path(QStringLiteral("/api/live/questions/%1/upvote/"), id), kim)
                .status,
            409);
        QCOMPARE(client
                     ->call("POST", path(QStringLiteral("/api/live/questions/%1/answer/"), id), kim,
                            QJsonObject{{QStringLiteral("answer"), QStringLiteral("No idea")}})
                     .status,
                 403);
        const Reply answered = client->call(
            "POST", path(QStringLiteral("/api/live/questions/%1/answer/"), id), host,
            QJsonObject{{QStringLiteral("answer"),
                         QStringLiteral("Lists are mutable, tuples are immutable...")}});
        QCOMPARE(answered.status, 200);
        QCOMPARE(answered.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("answered"));
        // Anonymous to the instructor too.
        QVERIFY(answered.object().value(QStringLiteral("user")).isNull());

        const Reply listed =
            client->call("GET",
                         path(QStringLiteral("/api/live/sessions/%1/questions/?status=answered"),
                              live.session.id),
                         kim);
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.body.array().size(), 1);
        QCOMPARE(listed.body.array().first().toObject().value(QStringLiteral("upvotes")).toInt(),
                 1);
        QVERIFY(listed.body.array().first().toObject().value(QStringLiteral("user")).isNull());
        QCOMPARE(client
                     ->call("GET",
                            path(QStringLiteral("/api/live/sessions/%1/questions/?status=open"),
                                 live.session.id),
                            kim)
                     .status,
                 400);
    }

    // A reloaded page shows the viewer's own likes, upvotes and vote as theirs, and nobody
    // else's as theirs.
    void ownLikesUpvotesAndVotesAreMarkedForTheViewerAlone() {
        const QString chat = path(QStringLiteral("/api/live/sessions/%1/chat/"), live.session.id);
        auto send = [&](const QString& token, const QString& text) {
            return client
                ->call("POST", chat + QStringLiteral("send/"), token,
                       QJsonObject{{QStringLiteral("content"), text}})
                .object()
                .value(QStringLiteral("id"))
                .toInteger();
        };
        const qint64 pinned = send(host, QStringLiteral("Slides: week 3"));
        const qint64 message = send(sam, QStringLiteral("Hello"));
        const Reply liked =
            client->call("POST", path(QStringLiteral("/api/live/messages/%1/like/"), message), kim);
        QCOMPARE(liked.status, 200);
        QVERIFY(liked.object().value(QStringLiteral("liked_by_me")).toBool());
        QCOMPARE(
            client->call("POST", path(QStringLiteral("/api/live/messages/%1/pin/"), pinned), host)
                .status,
            200);

        auto likedByMe = [&](const QString& token) {
            QHash<qint64, bool> marks;
            for (const auto& item : client->call("GET", chat, token).body.array())
                marks.insert(item.toObject().value(QStringLiteral("id")).toInteger(),
                             item.toObject().value(QStringLiteral("liked_by_me")).toBool());
            return marks;
        };
        QCOMPARE(likedByMe(kim), (QHash<qint64, bool>{{pinned, false}, {message, true}}));
        QCOMPARE(likedByMe(sam), (QHash<qint64, bool>{{pinned, false}, {message, false}}));
        // The pinned ones, whatever page of the chat is on screen.
        const QJsonArray onTop =
            client->call("GET", chat + QStringLiteral("?pinned=true"), kim).body.array();
        QCOMPARE(onTop.size(), 1);
        QCOMPARE(onTop.first().toObject().value(QStringLiteral("id")).toInteger(), pinned);

        const Reply asked = client->call(
            "POST", path(QStringLiteral("/api/live/sessions/%1/questions/ask/"), live.session.id),
            sam, QJsonObject{{QStringLiteral("question"), QStringLiteral("Why?")}});
        const qint64 question = asked.object().value(QStringLiteral("id")).toInteger();
        QVERIFY(!asked.object().value(QStringLiteral("upvoted_by_me")).toBool());
        // Upvotes are for what others asked.
        QCOMPARE(client
                     ->call("POST",
                            path(QStringLiteral("/api/live/questions/%1/upvote/"), question), sam)
                     .status,
                 403);
        QVERIFY(client
                    ->call("POST", path(QStringLiteral("/api/live/questions/%1/upvote/"), question),
                           kim)
                    .object()
                    .value(QStringLiteral("upvoted_by_me"))
                    .toBool());
        const QString questions =
            path(QStringLiteral("/api/live/sessions/%1/questions/"), live.session.id);
        auto upvotedByMe = [&](const QString& token) {
            return client->call("GET", questions, token)
                .body.array()
                .first()
                .toObject()
                .value(QStringLiteral("upvoted_by_me"));
        };
        QCOMPARE(upvotedByMe(kim), QJsonValue(true));
        QCOMPARE(upvotedByMe(sam), QJsonValue(false));

        const Reply created = client->call(
            "POST", path(QStringLiteral("/api/live/sessions/%1/polls/create/"), live.session.id),
            host,
            QJsonObject{{QStringLiteral("question"), QStringLiteral("Pace?")},
                        {QStringLiteral("options"),
                         QJsonArray{QStringLiteral("Slower"), QStringLiteral("Faster")}}});
        const qint64 poll = created.object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(created.object().value(QStringLiteral("my_vote")), QJsonValue(QJsonArray{}));
        const qint64 faster = created.object()
                                  .value(QStringLiteral("options"))
                                  .toArray()
                                  .at(1)
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toInteger();
        QCOMPARE(client->call("POST", path(QStringLiteral("/api/live/polls/%1/start/"), poll), host)
                     .status,
                 200);
        QCOMPARE(client
                     ->call("POST", path(QStringLiteral("/api/live/polls/%1/vote/"), poll), kim,
                            QJsonObject{{QStringLiteral("option_ids"), QJsonArray{faster}}})
                     .status,
                 200);
        const QString polls = path(QStringLiteral("/api/live/sessions/%1/polls/"), live.session.id);
        auto myVote = [&](const QString& token) {
            return client->call("GET", polls, token)
                .body.array()
                .first()
                .toObject()
                .value(QStringLiteral("my_vote"));
        };
        QCOMPARE(myVote(kim), QJsonValue(QJsonArray{faster}));
        QCOMPARE(myVote(sam), QJsonValue(QJsonArray{}));
    }

    void teachingAssistantsAreLabelled() {
        const User ta = f->addUser(Role::Ta, QStringLiteral("Tia"));
        f->enroll(live.course, ta);
        const QString send =
            path(QStringLiteral("/api/live/sessions/%1/chat/send/"), live.session.id);
        const Reply fromTa =
            client->call("POST", send, client->login(ta.email),
                         QJsonObject{{QStringLiteral("content"), QStringLiteral("Hi")}});
        QCOMPARE(fromTa.status, 201);
        QCOMPARE(
            fromTa.object().value(QStringLiteral("user")).toObject().value(QStringLiteral("is_ta")),
            QJsonValue(true));
        const Reply fromStudent = client->call(
            "POST", send, sam, QJsonObject{{QStringLiteral("content"), QStringLiteral("Hi")}});
        QVERIFY(!fromStudent.object()
                     .value(QStringLiteral("user"))
                     .toObject()
                     .contains(QStringLiteral("is_ta")));
    }

    void pollCreateStartVoteResultsClose() {
        QJsonArray options{QStringLiteral("Django ORM"), QStringLiteral("Django REST"),
                           QStringLiteral("Testing"), QStringLiteral("Deployment")};
        const QString create =
            path(QStringLiteral("/api/live/sessions/%1/polls/create/"), live.session.id);
        QCOMPARE(client
                     ->call("POST", create, sam,
                            QJsonObject{{QStringLiteral("question"), QStringLiteral("Next?")},
                                        {QStringLiteral("options"), options}})
                     .status,
                 403);
        QCOMPARE(client
                     ->call("POST", create, host,
                            QJsonObject{{QStringLiteral("question"), QStringLiteral("Next?")},
                                        {QStringLiteral("options"),
                                         QJsonArray{QStringLiteral("Only one")}}})
                     .errorField(),
                 QStringLiteral("options"));
        const Reply created =
            client->call("POST", create, host,
                         QJsonObject{{QStringLiteral("question"),
                                      QStringLiteral("What topic should we cover next?")},
                                     {QStringLiteral("options"), options},
                                     {QStringLiteral("allow_multiple_answers"), false},
                                     {QStringLiteral("show_results_immediately"), true},
                                     {QStringLiteral("duration_seconds"), 60}});
        QCOMPARE(created.status, 201);
        const qint64 poll = created.object().value(QStringLiteral("id")).toInteger();
        const QJsonArray created_options =
            created.object().value(QStringLiteral("options")).toArray();
        QCOMPARE(created_options.size(), 4);
        const qint64 orm = created_options.at(0).toObject().value(QStringLiteral("id")).toInteger();
        const qint64 rest =
            created_options.at(1).toObject().value(QStringLiteral("id")).toInteger();

        const Reply started =
            client->call("POST", path(QStringLiteral("/api/live/polls/%1/start/"), poll), host,
                         QJsonObject{{QStringLiteral("duration_seconds"), 60}});
        QCOMPARE(started.status, 200);
        QCOMPARE(started.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
        QVERIFY(started.object().value(QStringLiteral("ends_at")).isString());

        const QString vote = path(QStringLiteral("/api/live/polls/%1/vote/"), poll);
        QCOMPARE(client
                     ->call("POST", vote, sam,
                            QJsonObject{{QStringLiteral("option_ids"), QStringLiteral("1")}})
                     .status,
                 400);
        QCOMPARE(client
                     ->call("POST", vote, sam,
                            QJsonObject{{QStringLiteral("option_ids"), QJsonArray{orm, rest}}})
                     .status,
                 400);
        const Reply voted = client->call(
            "POST", vote, sam, QJsonObject{{QStringLiteral("option_ids"), QJsonArray{orm}}});
        QCOMPARE(voted.status, 200);
        QCOMPARE(client
                     ->call("POST", vote, sam,
                            QJsonObject{{QStringLiteral("option_ids"), QJsonArray{rest}}})
                     .status,
                 409);
        QCOMPARE(client
                     ->call("POST", vote, kim,
                            QJsonObject{{QStringLiteral("option_ids"), QJsonArray{rest}}})
                     .status,
                 200);

        const Reply results =
            client->call("GET", path(QStringLiteral("/api/live/polls/%1/results/"), poll), kim);
        QCOMPARE(results.status, 200);
        QCOMPARE(results.object().value(QStringLiteral("total_votes")).toInt(), 2);
        QCOMPARE(results.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
        const QJsonObject first =
            results.object().value(QStringLiteral("options")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("text")).toString(), QStringLiteral("Django ORM"));
        QCOMPARE(first.value(QStringLiteral("votes")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("percentage")).toDouble(), 50.0);

        QCOMPARE(client->call("POST", path(QStringLiteral("/api/live/polls/%1/close/"), poll), sam)
                     .status,
                 403);
        QCOMPARE(client->call("POST", path(QStringLiteral("/api/live/polls/%1/close/"), poll), host)
                     .status,
                 200);
        QCOMPARE(client->call("POST", path(QStringLiteral("/api/live/polls/%1/start/"), poll), host)
                     .status,
                 409);
        const Reply polls = client->call(
            "GET", path(QStringLiteral("/api/live/sessions/%1/polls/"), live.session.id), kim);
        QCOMPARE(polls.body.array().first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("closed"));
    }
};

QTEST_GUILESS_MAIN(TestHubInteraction)
#include "tst_hubinteraction.moc"
