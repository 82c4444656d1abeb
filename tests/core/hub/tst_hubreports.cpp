#include "hub/hubserver.h"
#include "hubclient.h"
#include "servicefixture.h"
#include "services/participationservice.h"

#include <QJsonArray>
#include <QTest>

using namespace lectern;

// Recordings, attendance, analytics and a user's own lists, through HTTP.
class TestHubReports : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    std::unique_ptr<hub::HubServer> server;
    std::unique_ptr<test::HubClient> client;
    test::ServiceFixture::LiveClass live;
    QString host, sam;
    using Reply = test::HubClient::Reply;

    QString path(const QString& pattern, qint64 id) const { return pattern.arg(id); }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        std::tie(server, client) = test::startHub(*f);
        live = f->liveClass(1);
        host = client->login(live.instructor.email);
        sam = client->login(live.students[0].email);
    }
    void cleanup() {
        client.reset();
        server.reset();
        f.reset();
    }

    void recordingsAreAddedAndWatchingIsTracked() {
        const QString create =
            path(QStringLiteral("/api/live/sessions/%1/recordings/create/"), live.session.id);
        const QJsonObject body{
            {QStringLiteral("video_url"), QStringLiteral("https://cdn.example.com/recording.mp4")},
            {QStringLiteral("title"), QStringLiteral("Introduction to Django - Recording")},
            {QStringLiteral("duration_seconds"), 3600},
            {QStringLiteral("file_size_mb"), 250.5},
            {QStringLiteral("requires_enrollment"), true}};
        QCOMPARE(client->call("POST", create, sam, body).status, 403);
        QJsonObject badUrl = body;
        badUrl.insert(QStringLiteral("video_url"), QStringLiteral("ftp://x"));
        QCOMPARE(client->call("POST", create, host, badUrl).errorField(),
                 QStringLiteral("video_url"));
        const Reply created = client->call("POST", create, host, body);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.object().value(QStringLiteral("duration_formatted")).toString(),
                 QStringLiteral("01:00:00"));
        const qint64 id = created.object().value(QStringLiteral("id")).toInteger();

        const QString track = path(QStringLiteral("/api/live/recordings/%1/track/"), id);
        const QString recording = path(QStringLiteral("/api/live/recordings/%1/"), id);
        // Nothing to resume before the first report.
        QVERIFY(
            client->call("GET", recording, sam).object().value(QStringLiteral("my_view")).isNull());
        // The player opened, then half an hour later:
        QCOMPARE(client
                     ->call("POST", track, sam,
                            QJsonObject{{QStringLiteral("watch_duration_seconds"), 0},
                                        {QStringLiteral("last_position_seconds"), 0}})
                     .status,
                 200);
        f->clock().advance(1800);
        const Reply half =
            client->call("POST", track, sam,
                         QJsonObject{{QStringLiteral("watch_duration_seconds"), 1800},
                                     {QStringLiteral("last_position_seconds"), 1800},
                                     {QStringLiteral("device_type"), QStringLiteral("desktop")}});
        QCOMPARE(half.status, 200);
        QCOMPARE(half.object().value(QStringLiteral("watch_percentage")).toDouble(), 50.0);
        QVERIFY(!half.object().value(QStringLiteral("completed")).toBool());
        f->clock().advance(1440);
        const Reply most =
            client->call("POST", track, sam,
                         QJsonObject{{QStringLiteral("watch_duration_seconds"), 3240},
                                     {QStringLiteral("last_position_seconds"), 3240}});
        QVERIFY(most.object().value(QStringLiteral("completed")).toBool());
        QCOMPARE(client
                     ->call("POST", track, sam,
                            QJsonObject{{QStringLiteral("watch_duration_seconds"), -5}})
                     .status,
                 400);
        const Reply detail = client->call("GET", recording, sam);
        QCOMPARE(detail.object().value(QStringLiteral("views_count")).toInt(), 1);
        // Where to resume, for the viewer alone.
        const QJsonObject mine = detail.object().value(QStringLiteral("my_view")).toObject();
        QCOMPARE(mine.value(QStringLiteral("last_position_seconds")).toInteger(), 3240);
        QVERIFY(mine.value(QStringLiteral("completed")).toBool());
        QVERIFY(client->call("GET", recording, host)
                    .object()
                    .value(QStringLiteral("my_view"))
                    .isNull());
        QCOMPARE(
            client
                ->call("GET",
                       path(QStringLiteral("/api/live/sessions/%1/recordings/"), live.session.id),
                       sam)
                .body.array()
                .size(),
            1);
    }

    void attendanceAndAnalyticsAfterTheEnd() {
        f->clock().advance(3600);
        QCOMPARE(client
                     ->call("POST",
                            path(QStringLiteral("/api/live/sessions/%1/end/"), live.session.id),
                            host)
                     .status,
                 200);
        const QString attendance =
            path(QStringLiteral("/api/live/sessions/%1/attendance/"), live.session.id);
        QCOMPARE(client->call("GET", attendance, sam).status, 403);
        const Reply records = client->call("GET", attendance, host);
        QCOMPARE(records.status, 200);
        const QJsonObject record = records.body.array().first().toObject();
        QCOMPARE(record.value(QStringLiteral("attendance_percentage")).toDouble(), 100.0);
        QVERIFY(record.value(QStringLiteral("marked_present")).toBool());
        QCOMPARE(record.value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("email"))
                     .toString(),
                 live.students[0].email);

        const QString verify = path(QStringLiteral("/api/live/attendance/%1/verify/"),
                                    record.value(QStringLiteral("id")).toInteger());
        QCOMPARE(client
                     ->call("POST", verify, sam,
                            QJsonObject{{QStringLiteral("status"), QStringLiteral("late")}})
                     .status,
                 403);
        QCOMPARE(client
                     ->call("POST", verify, host,
                            QJsonObject{{QStringLiteral("status"), QStringLiteral("tardy")}})
                     .errorField(),
                 QStringLiteral("status"));
        const Reply verified =
            client->call("POST", verify, host,
                         QJsonObject{{QStringLiteral("status"), QStringLiteral("late")},
                                     {QStringLiteral("notes"), QStringLiteral("Joined by phone")}});
        QCOMPARE(verified.status, 200);
        QCOMPARE(verified.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("late"));
        QCOMPARE(verified.object()
                     .value(QStringLiteral("verified_by"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 live.instructor.id);

        const QString analytics =
            path(QStringLiteral("/api/live/sessions/%1/analytics/"), live.session.id);
        QCOMPARE(client->call("GET", analytics, sam).status, 403);
        const Reply figures = client->call("GET", analytics, host);
        QCOMPARE(figures.status, 200);
        QCOMPARE(figures.object().keys(),
                 (QStringList{QStringLiteral("engagement"), QStringLiteral("participation"),
                              QStringLiteral("recordings"), QStringLiteral("session")}));
        QCOMPARE(figures.object()
                     .value(QStringLiteral("session"))
                     .toObject()
                     .value(QStringLiteral("actual_duration"))
                     .toInt(),
                 60);
    }

    void myUpcomingSessionsAndHistory() {
        const Reply upcoming = client->call("GET", QStringLiteral("/api/live/upcoming/"), sam);
        QCOMPARE(upcoming.status, 200);
        QCOMPARE(upcoming.body.array().size(), 1);
        const Reply history = client->call("GET", QStringLiteral("/api/live/history"), sam);
        QCOMPARE(history.status, 200);
        const QJsonObject entry = history.body.array().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("session"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 live.session.id);
        QCOMPARE(entry.value(QStringLiteral("participation"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("joined"));
        QCOMPARE(client->call("GET", QStringLiteral("/api/live/history")).status, 401);
    }

    // Lists that grow without bound come in pages: `limit` (100 unless asked, at most 500)
    // and a cursor; a bad page is a 400 naming the parameter.
    void longListsComeInBoundedPages() {
        const User kim = f->addUser(Role::Student, QStringLiteral("Kim"));
        f->enroll(live.course, kim);
        LECTERN_VERIFY_OK(ParticipationService(f->context()).joinSession(kim, live.session.id));
        const LiveSession later =
            f->addSession(live.course, live.instructor, live.session.scheduledStart.addDays(1));
        LECTERN_VERIFY_OK(
            ParticipationService(f->context()).joinSession(live.students[0], later.id));

        const QString roster =
            path(QStringLiteral("/api/live/sessions/%1/participants/"), live.session.id);
        const Reply firstJoined = client->call("GET", roster + QStringLiteral("?limit=1"), host);
        QCOMPARE(firstJoined.status, 200);
        QCOMPARE(firstJoined.body.array().size(), 1);
        const qint64 first =
            firstJoined.body.array().first().toObject().value(QStringLiteral("id")).toInteger();
        const Reply next =
            client->call("GET", roster + QStringLiteral("?limit=5&after=%1").arg(first), host);
        QCOMPARE(next.status, 200);
        QCOMPARE(next.body.array().size(), 1);
        QCOMPARE(next.body.array()
                     .first()
                     .toObject()
                     .value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 kim.id);

        const Reply soonest =
            client->call("GET", QStringLiteral("/api/live/upcoming/?limit=1"), sam);
        QCOMPARE(soonest.body.array().size(), 1);
        QCOMPARE(soonest.body.array().first().toObject().value(QStringLiteral("id")).toInteger(),
                 live.session.id);
        const Reply afterIt = client->call(
            "GET", QStringLiteral("/api/live/upcoming/?after=%1").arg(live.session.id), sam);
        QCOMPARE(afterIt.body.array().size(), 1);
        QCOMPARE(afterIt.body.array().first().toObject().value(QStringLiteral("id")).toInteger(),
                 later.id);

        const Reply recent = client->call("GET", QStringLiteral("/api/live/history/?limit=1"), sam);
        QCOMPARE(recent.body.array().size(), 1);
        const QJsonObject entry = recent.body.array().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("session"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 later.id);
        const qint64 participation = entry.value(QStringLiteral("participation"))
                                         .toObject()
                                         .value(QStringLiteral("id"))
                                         .toInteger();
        const Reply before = client->call(
            "GET", QStringLiteral("/api/live/history/?before=%1").arg(participation), sam);
        QCOMPARE(before.body.array().size(), 1);

        for (const QString& bad : {QStringLiteral("?limit=0"), QStringLiteral("?limit=501"),
                                   QStringLiteral("?limit=ten")}) {
            for (const QString& list : {roster, QStringLiteral("/api/live/upcoming/"),
                                        QStringLiteral("/api/live/history/")}) {
                const Reply refused = client->call("GET", list + bad, host);
                QCOMPARE(refused.status, 400);
                QCOMPARE(refused.errorField(), QStringLiteral("limit"));
            }
        }
        QCOMPARE(client->call("GET", roster + QStringLiteral("?after=-3"), host).errorField(),
                 QStringLiteral("after"));
        QCOMPARE(
            client->call("GET", QStringLiteral("/api/live/history/?before=x"), sam).errorField(),
            QStringLiteral("before"));
        QCOMPARE(client->call("GET", roster + QStringLiteral("?limit=500"), host).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestHubReports)
#include "tst_hubreports.moc"
