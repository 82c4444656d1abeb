#include "democlass.h"

#include "domain/try.h"
#include "services/chatservice.h"
#include "services/participationservice.h"
#include "services/passwordhasher.h"
#include "services/pollservice.h"
#include "services/questionservice.h"
#include "services/recordingservice.h"
#include "services/sessionservice.h"
#include "services/userservice.h"
#include "storage/userrepository.h"

namespace lectern {
namespace {

const QStringList studentNames{
    QStringLiteral("Amara Okafor"), QStringLiteral("Ben Fischer"),  QStringLiteral("Chen Wei"),
    QStringLiteral("Dana Levi"),    QStringLiteral("Elif Yılmaz"),  QStringLiteral("Felix Müller"),
    QStringLiteral("Grace Kim"),    QStringLiteral("Hugo Martin"),  QStringLiteral("Isha Patel"),
    QStringLiteral("Jonas Berg"),   QStringLiteral("Keiko Tanaka"), QStringLiteral("Luca Rossi"),
    QStringLiteral("Maya Cohen"),   QStringLiteral("Noah Schmidt"), QStringLiteral("Olivia Brown"),
    QStringLiteral("Pablo García"), QStringLiteral("Quinn Murphy"), QStringLiteral("Rosa Silva"),
};

const QStringList chatLines{
    QStringLiteral("Good morning!"),
    QStringLiteral("Can you share the slides after class?"),
    QStringLiteral("Is select_related the same as a JOIN?"),
    QStringLiteral("The audio is a bit quiet"),
    QStringLiteral("Better now, thanks"),
    QStringLiteral("What about prefetch_related for many-to-many?"),
    QStringLiteral("That example helped a lot"),
    QStringLiteral("Will this be on the midterm?"),
};

struct Seeder {
    ServiceContext context;
    std::shared_ptr<ManualClock> clock;
    DemoClass demo;

    Result<User> addUser(const QString& name, Role role, const QString& hash) {
        User user;
        user.name = name;
        // "Grace Kim" → grace.k@...: first names repeat, and every first name here is ASCII.
        user.email = name.section(u' ', 0, 0).toLower() + u'.' +
                     name.section(u' ', 1, 1).left(1).toLower() +
                     QStringLiteral("@demo.lectern.app");
        user.role = role;
        user.createdAt = user.updatedAt = clock->now();
        LECTERN_TRY(auto connection, context.database->connection());
        LECTERN_TRY(user.id, UserRepository(connection).insert(user, hash));
        return user;
    }

    Result<LiveSession> schedule(const QString& title, const QDateTime& start, int minutes,
                                 Platform platform) {
        LiveSession draft;
        draft.courseId = demo.course.id;
        draft.title = title;
        draft.description = QStringLiteral("Week by week through the Django ORM.");
        draft.scheduledStart = start;
        draft.scheduledEnd = start.addSecs(minutes * 60);
        draft.maxParticipants = 40;
        draft.platform = platform;
        draft.meetingLink = platform == Platform::Zoom
                                ? QStringLiteral("https://zoom.us/j/4155550123")
                                : QStringLiteral("https://meet.google.com/abc-defg-hij");
        LECTERN_TRY(auto scheduled,
                    SessionService(context).createLiveSession(demo.instructor, draft));
        return scheduled.session;
    }

    // The class from its start: students join over the first minutes, talk, ask and vote.
    Status runClass(const LiveSession& session, int attendees, bool withPoll, bool closePoll) {
        clock->set(session.scheduledStart);
        LECTERN_CHECK(SessionService(context).startLiveSession(demo.instructor, session.id));
        ParticipationService participation(context);
        for (int i = 0; i < attendees; ++i) {
            clock->advance(i < attendees - 2 ? 30 : 600); // two latecomers
            LECTERN_CHECK(participation.joinSession(demo.students.at(i), session.id));
        }
        ChatService chat(context);
        Id firstMessage = 0;
        for (int i = 0; i < chatLines.size(); ++i) {
            clock->advance(90);
            ChatDraft draft;
            draft.content = chatLines.at(i);
            if (i == 4)
                draft.replyTo = firstMessage;
            LECTERN_TRY(const auto sent,
                        chat.sendChatMessage(demo.students.at(i % attendees), session.id, draft));
            if (i == 0)
                firstMessage = sent.id;
        }
        ChatDraft welcome;
        welcome.content = QStringLiteral("Slides are in the course folder. Questions go in Q&A!");
        LECTERN_TRY(const auto pinned, chat.sendChatMessage(demo.instructor, session.id, welcome));
        LECTERN_CHECK(chat.setPinned(demo.instructor, pinned.id, true));

        QuestionService questions(context);
        LECTERN_TRY(const auto asked,
                    questions.askQuestion(demo.students.at(1), session.id,
                                          QStringLiteral("When should I use raw SQL instead of "
                                                         "the ORM?")));
        for (int i = 2; i < std::min(attendees, 9); ++i)
            LECTERN_CHECK(questions.upvoteQuestion(demo.students.at(i), asked.id));
        LECTERN_CHECK(questions.answerQuestion(
            demo.instructor, asked.id,
            QStringLiteral("When a query is clearer in SQL, or the ORM cannot express it.")));
        LECTERN_TRY(const auto anonymous,
                    questions.askQuestion(demo.students.at(3), session.id,
                                          QStringLiteral("Could you go over migrations again?"),
                                          true));
        for (int i = 4; i < std::min(attendees, 7); ++i)
            LECTERN_CHECK(questions.upvoteQuestion(demo.students.at(i), anonymous.id));
        LECTERN_CHECK(questions.askQuestion(demo.students.at(5), session.id,
                                            QStringLiteral("Is there homework this week?")));

        if (withPoll) {
            PollDraft draft;
            draft.question = QStringLiteral("How is the pace today?");
            draft.options = {QStringLiteral("Too fast"), QStringLiteral("Just right"),
                             QStringLiteral("Too slow")};
            PollService polls(context);
            LECTERN_TRY(const auto poll, polls.createPoll(demo.instructor, session.id, draft));
            LECTERN_CHECK(polls.startPoll(demo.instructor, poll.id));
            for (int i = 0; i < attendees - 3; ++i) {
                const Id option = poll.options.at(i % 5 == 0 ? 0 : (i % 7 == 0 ? 2 : 1)).id;
                LECTERN_CHECK(polls.votePoll(demo.students.at(i), poll.id, {option}));
            }
            if (closePoll)
                LECTERN_CHECK(polls.closePoll(demo.instructor, poll.id));
        }
        return {};
    }

    Status finishClass(const LiveSession& session, int attendees) {
        clock->set(session.scheduledStart.addSecs(40 * 60));
        // Two leave early; the rest stay to the end.
        LECTERN_CHECK(ParticipationService(context).leaveSession(demo.students.at(0), session.id));
        LECTERN_CHECK(ParticipationService(context).leaveSession(demo.students.at(1), session.id));
        clock->set(session.scheduledEnd);
        LECTERN_CHECK(SessionService(context).endLiveSession(demo.instructor, session.id));
        RecordingDraft recording;
        recording.videoUrl = QStringLiteral("https://cdn.demo.lectern.app/%1.mp4").arg(session.id);
        recording.title = session.title;
        recording.durationSeconds = 55 * 60;
        recording.fileSizeMb = 412.5;
        recording.isPublic = false;
        LECTERN_TRY(const auto made, RecordingService(context).createRecording(
                                         demo.instructor, session.id, recording));
        for (int i = 0; i < std::min(attendees, 6); ++i) {
            // The player opens, and the watching takes its time (watched time cannot outrun
            // the clock).
            LECTERN_CHECK(RecordingService(context).trackRecordingView(demo.students.at(i), made.id,
                                                                       ViewProgress{}));
            clock->advance(3600);
            ViewProgress progress;
            progress.watchDurationSeconds = (i % 3 == 0 ? 55 : 20 + 5 * i) * 60;
            progress.lastPositionSeconds = progress.watchDurationSeconds;
            progress.deviceType = i % 2 ? QStringLiteral("mobile") : QStringLiteral("desktop");
            LECTERN_CHECK(RecordingService(context).trackRecordingView(demo.students.at(i), made.id,
                                                                       progress));
        }
        return {};
    }
};

} // namespace

Result<DemoClass> seedDemoClass(std::shared_ptr<Database> database, const QDateTime& now) {
    Seeder seeder;
    // Whole minutes, so the times the console shows look like a real timetable.
    const QDateTime today = QDateTime(now.toUTC().date(), QTime(0, 0), Qt::UTC);
    seeder.clock = std::make_shared<ManualClock>(today.addDays(-15));
    seeder.context.database = std::move(database);
    seeder.context.clock = seeder.clock;
    DemoClass& demo = seeder.demo;

    // A throw-away database: one hash at a low cost serves every account.
    const QString hash = PasswordHasher::hash(QString::fromLatin1(DemoClass::demoPassword), 1000);
    LECTERN_TRY(demo.admin, seeder.addUser(QStringLiteral("Grace Hopper"), Role::Admin, hash));
    LECTERN_TRY(demo.instructor,
                seeder.addUser(QStringLiteral("Ada Lovelace"), Role::Instructor, hash));
    LECTERN_TRY(demo.ta, seeder.addUser(QStringLiteral("Tim Lee"), Role::Ta, hash));
    CourseService courses(seeder.context);
    LECTERN_TRY(demo.course,
                courses.createCourse(QStringLiteral("Django 101"), demo.instructor.email));
    LECTERN_CHECK(courses.enroll(demo.course.id, demo.ta.email));
    for (const QString& name : studentNames) {
        LECTERN_TRY(const User student, seeder.addUser(name, Role::Student, hash));
        LECTERN_CHECK(courses.enroll(demo.course.id, student.email));
        demo.students.append(student);
    }

    const QList<int> pastDays{-14, -7, -2};
    const QStringList pastTitles{QStringLiteral("Week 9: Models and fields"),
                                 QStringLiteral("Week 10: QuerySets"),
                                 QStringLiteral("Week 11: Relationships")};
    for (int week = 0; week < pastDays.size(); ++week) {
        const QDateTime start = today.addDays(pastDays.at(week)).addSecs(9 * 3600);
        seeder.clock->set(start.addDays(-3));
        LECTERN_TRY(const LiveSession session,
                    seeder.schedule(pastTitles.at(week), start, 60, Platform::Zoom));
        const int attendees = int(studentNames.size()) - 2 * week;
        LECTERN_CHECK(seeder.runClass(session, attendees, true, true));
        LECTERN_CHECK(seeder.finishClass(session, attendees));
        demo.past.append(session);
    }

    // Today's class started 45 minutes ago (time for everything below to have happened) and
    // runs another 45.
    const QDateTime liveStart = now.toUTC().addSecs(-45 * 60);
    seeder.clock->set(liveStart.addDays(-2));
    LECTERN_TRY(const LiveSession live,
                seeder.schedule(QStringLiteral("Week 12: The Django ORM"),
                                QDateTime(liveStart.date(),
                                          QTime(liveStart.time().hour(), liveStart.time().minute()),
                                          Qt::UTC),
                                90, Platform::Meet));
    LECTERN_CHECK(seeder.runClass(live, int(studentNames.size()) - 3, true, false));
    seeder.clock->set(now.toUTC());
    LECTERN_TRY(demo.live, SessionService(seeder.context).getSession(demo.instructor, live.id));

    for (int days : {2, 9}) {
        LECTERN_TRY(
            const LiveSession next,
            seeder.schedule(QStringLiteral("Week %1: Views and templates").arg(days == 2 ? 13 : 14),
                            today.addDays(days).addSecs(9 * 3600), 60, Platform::Zoom));
        demo.upcoming.append(next);
    }
    return demo;
}

} // namespace lectern
