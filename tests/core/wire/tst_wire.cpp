#include "wire/consolecalls.h"
#include "wire/types.h"

#include <QSet>

#include <QJsonDocument>
#include <QTest>

using namespace lectern;
using namespace Qt::StringLiterals;

namespace {

const QDateTime nine = QDateTime(QDate(2026, 12, 4), QTime(9, 0, 0, 250), Qt::UTC);

LiveSession session() {
    LiveSession s;
    s.id = 7;
    s.courseId = 3;
    s.instructorId = 2;
    s.title = QStringLiteral("Week 9 · Ünïcode");
    s.sessionType = SessionType::OfficeHours;
    s.scheduledStart = nine;
    s.scheduledEnd = nine.addSecs(3600);
    s.platform = Platform::Zoom;
    s.meetingLink = QStringLiteral("https://zoom.us/j/1");
    s.maxParticipants = 250;
    s.enableRecording = true;
    s.status = SessionStatus::Live;
    s.passwordWithheld = true;
    s.participantTotal = 40;
    s.joinedNow = 31;
    return s;
}

// The value as the other side reads it: encoded, sent as text, parsed and decoded.
template <typename T> T overTheWire(const T& value) {
    const QByteArray text = QJsonDocument(wire::encode(value).toObject()).toJson();
    auto read = wire::decoded<T>(QJsonDocument::fromJson(text).object());
    if (!read)
        qFatal("decode failed: %s", qPrintable(read.error().message));
    return *read;
}

template <typename T> bool sameOnTheWire(const T& a, const T& b) {
    return wire::encode(a) == wire::encode(b);
}

} // namespace

class TestWire : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aSessionCrossesWithEveryField() {
        const LiveSession sent = session();
        const LiveSession got = overTheWire(sent);
        QCOMPARE(got.id, 7);
        QCOMPARE(got.title, sent.title);
        QCOMPARE(got.sessionType, SessionType::OfficeHours);
        QCOMPARE(got.scheduledStart, nine);  // milliseconds kept
        QVERIFY(!got.actualStart.isValid()); // null stays null
        QCOMPARE(got.platform, Platform::Zoom);
        QCOMPARE(got.maxParticipants, 250);
        QVERIFY(got.enableRecording);
        QVERIFY(got.passwordWithheld);
        QCOMPARE(got.joinedNow, 31);
        QVERIFY(sameOnTheWire(got, sent));
        QCOMPARE(wire::encode(sent).toObject().value(u"session_type").toString(),
                 QStringLiteral("office_hours"));
    }

    void viewsWithListsSetsHashesAndOptionalsCross() {
        Schedule schedule;
        schedule.sessions = {session(), session()};
        schedule.sessions[1].id = 8;
        schedule.courses = {Course{3, QStringLiteral("Algebra"), 2, nine, nine}};
        schedule.runs = {7, 8};
        schedule.next = session();
        const Schedule got = overTheWire(schedule);
        QCOMPARE(got.sessions.size(), 2);
        QCOMPARE(got.sessions[1].id, 8);
        QCOMPARE(got.courses.first().title, QStringLiteral("Algebra"));
        QCOMPARE(got.runs, (QSet<Id>{7, 8}));
        QVERIFY(got.next && got.next->id == 7);
        QVERIFY(sameOnTheWire(got, schedule));

        LiveClass live;
        live.session = session();
        live.rights = {true, true, true};
        SessionParticipant p;
        p.id = 11;
        p.userId = 5;
        p.status = ParticipantStatus::Joined;
        p.mergedSeconds = 90;
        live.participants = {p};
        live.people.insert(5, User{5, QStringLiteral("s@x.org"), QStringLiteral("Sam"),
                                   Role::Student, nine, nine});
        live.readAt = nine;
        const LiveClass liveGot = overTheWire(live);
        QVERIFY(!liveGot.next);
        QVERIFY(liveGot.rights.manages && liveGot.rights.moderates);
        QCOMPARE(liveGot.participants.first().mergedSeconds, std::optional<qint64>(90));
        QCOMPARE(liveGot.people.value(5).name, QStringLiteral("Sam"));
        QVERIFY(sameOnTheWire(liveGot, live));
    }

    void bytesAndTimeZonesCross() {
        ExportedFile file;
        file.content = QByteArray("\x00\xffPK\x03\x04", 6);
        file.summary = QStringLiteral("the attendance of 12 people");
        QCOMPARE(overTheWire(file).content, file.content);

        AttendanceImportOptions options;
        options.timeZone = QTimeZone("Europe/Berlin");
        options.assignments.insert(QStringLiteral("Sam B."), QStringLiteral("sam@x.org"));
        options.apply = true;
        const auto got = overTheWire(options);
        QCOMPARE(got.timeZone.id(), QByteArray("Europe/Berlin"));
        QCOMPARE(got.assignments.value(QStringLiteral("Sam B.")), QStringLiteral("sam@x.org"));
        QVERIFY(got.apply && !got.skipBadLines);
    }

    void argumentsCross() {
        const ChatQuery query = ChatQuery::withIds({4, 9});
        const ChatQuery got = overTheWire(query);
        QCOMPARE(got.part, ChatQuery::Part::WithIds);
        QCOMPARE(got.ids, (QList<Id>{4, 9}));
        CourseExport request;
        request.kind = CourseExport::Kind::Polls;
        request.format = ExportFormat::Pdf;
        request.range = {QDate(2026, 9, 1), QDate(2026, 12, 31)};
        const CourseExport exportGot = overTheWire(request);
        QCOMPARE(exportGot.kind, CourseExport::Kind::Polls);
        QCOMPARE(exportGot.format, ExportFormat::Pdf);
        QCOMPARE(exportGot.range.to, QDate(2026, 12, 31));
    }

    void everyCallHasItsOwnPathAndNamesEachArgument() {
        QSet<QString> paths;
        std::apply(
            [&](auto... call) {
                (
                    [&](auto c) {
                        using Call = decltype(c);
                        const QString path = QString(Call::path);
                        QVERIFY2(!paths.contains(path), qPrintable(path));
                        paths.insert(path);
                        for (const char* name : Call::names)
                            QVERIFY2(name && *name, qPrintable(path));
                    }(call),
                    ...);
            },
            wire::call::All{});
        QCOMPARE(paths.size(), 43);
    }

    void argumentsAndAnswersCrossByName() {
        using Call = wire::call::CreatePoll;
        PollDraft draft;
        draft.question = QStringLiteral("Ready?");
        draft.options = {QStringLiteral("Yes"), QStringLiteral("No")};
        const QJsonObject body = wire::encodeArguments<Call>(Id(7), draft, true);
        QCOMPARE(body.value(u"session_id").toInteger(), 7);
        QCOMPARE(body.value(u"start_now").toBool(), true);
        auto arguments = wire::decodeArguments<Call>(body);
        QVERIFY(arguments);
        QCOMPARE(std::get<0>(*arguments), 7);
        QCOMPARE(std::get<1>(*arguments).options, draft.options);
        QVERIFY(std::get<2>(*arguments));

        QJsonObject missing = body;
        missing.remove(u"start_now"_s);
        auto refused = wire::decodeArguments<Call>(missing);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("start_now"));

        CreatedPoll created;
        created.poll.id = 12;
        created.startProblem = QStringLiteral("Another poll is running");
        const auto answer = wire::decodeAnswer<Call>(wire::encodeAnswer<Call>(created));
        QVERIFY(answer);
        QCOMPARE(answer->poll.id, 12);
        QCOMPARE(answer->startProblem, created.startProblem);
        QVERIFY(wire::decodeAnswer<wire::call::ForgetAgoraKeys>(
            wire::encodeAnswer<wire::call::ForgetAgoraKeys>(Status{})));
    }

    void aFieldLeftOutKeepsItsDefault() {
        auto draft = wire::decoded<PollDraft>(QJsonObject{{u"question"_s, u"Ready?"_s}});
        QVERIFY(draft);
        QCOMPARE(draft->question, QStringLiteral("Ready?"));
        QVERIFY(draft->showResultsImmediately); // the default
        QCOMPARE(draft->durationSeconds, 0);
    }

    void aWrongFieldIsNamedWherever() {
        auto wrongEnum = wire::decoded<LiveSession>(QJsonObject{{u"platform"_s, u"skype"_s}});
        QVERIFY(!wrongEnum);
        QCOMPARE(wrongEnum.error().code, ErrorCode::Invalid);
        QCOMPARE(wrongEnum.error().field, QStringLiteral("platform"));
        QVERIFY(wrongEnum.error().message.contains(QStringLiteral("zoom")));

        QJsonObject badSession{{u"id"_s, 1}, {u"max_participants"_s, u"lots"_s}};
        auto nested = wire::decoded<Schedule>(QJsonObject{{u"sessions"_s, QJsonArray{badSession}}});
        QVERIFY(!nested);
        QCOMPARE(nested.error().field, QStringLiteral("sessions[0].max_participants"));

        // Out of an int's range, a fraction, a date that is not one, a body that is a list.
        QVERIFY(!wire::decoded<LiveSession>(QJsonObject{{u"max_participants"_s, 3e10}}));
        QVERIFY(!wire::decoded<LiveSession>(QJsonObject{{u"max_participants"_s, 1.5}}));
        QVERIFY(!wire::decoded<LiveSession>(QJsonObject{{u"scheduled_start"_s, u"tomorrow"_s}}));
        QVERIFY(!wire::decoded<ExportedFile>(QJsonObject{{u"content"_s, u"not base64!"_s}}));
        QVERIFY(!wire::decoded<ChatQuery>(QJsonObject{{u"ids"_s, QJsonArray{1, u"two"_s}}}));
        QVERIFY(
            !wire::decoded<SessionRecords>(QJsonObject{{u"people"_s, QJsonObject{{u"x"_s, 1}}}}));
        auto list = wire::decoded<LiveSession>(QJsonArray{1, 2});
        QVERIFY(!list);
        QCOMPARE(list.error().field, QStringLiteral("the body"));
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
