#include "servicefixture.h"

#include "services/participationservice.h"
#include "services/passwordhasher.h"
#include "services/recordingservice.h"
#include "services/sessionservice.h"
#include "services/userservice.h"
#include "storage/userrepository.h"

namespace lectern::test {

namespace {
// One real hash shared by fixture users, with few iterations: hub tests sign in many times, and
// each sign-in at the production cost takes a third of a second. The hash names its iteration
// count, so sign-in checks it as it would any other; tst_userservice tests the real cost.
const QString& fixturePasswordHash() {
    static const QString hash = PasswordHasher::hash(QStringLiteral("correct horse"), 1000);
    return hash;
}
} // namespace

QDateTime ServiceFixture::startOfDay() {
    return QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
}

ServiceFixture::ServiceFixture(std::unique_ptr<TestDatabase> database)
    : m_database(std::move(database))
    , m_clock(std::make_shared<ManualClock>(startOfDay())) {
    m_context.database = m_database->database();
    m_context.clock = m_clock;
    m_context.events = &m_events;
}

User ServiceFixture::addUser(Role role, const QString& name, const QString& email) {
    User user;
    user.name = name;
    ++m_userSerial;
    user.email = email.isEmpty() ? QStringLiteral("user%1@example.org").arg(m_userSerial) : email;
    user.role = role;
    user.createdAt = user.updatedAt = m_clock->now();
    auto connection = required(m_context.database->connection(), "connect");
    user.id =
        required(UserRepository(connection).insert(user, fixturePasswordHash()), "add a user");
    return user;
}

Course ServiceFixture::addCourse(const User& instructor, const QString& title) {
    return required(CourseService(m_context).createCourse(title, instructor.email), "add a course");
}

void ServiceFixture::enroll(const Course& course, const User& user) {
    required(CourseService(m_context).enroll(course.id, user.email), "enroll a user");
}

LiveSession ServiceFixture::addSession(const Course& course, const User& host, QDateTime start,
                                       qint64 minutes) {
    LiveSession draft;
    draft.courseId = course.id;
    draft.title = QStringLiteral("Introduction to Django");
    draft.scheduledStart = start.isValid() ? start : startOfDay().addSecs(3600);
    draft.scheduledEnd = draft.scheduledStart.addSecs(minutes * 60);
    draft.maxParticipants = 50;
    return required(SessionService(m_context).createLiveSession(host, draft), "add a session")
        .session;
}

ServiceFixture::LiveClass ServiceFixture::liveClass(int students) {
    LiveClass live;
    live.instructor = addUser(Role::Instructor, QStringLiteral("Ada Instructor"));
    live.course = addCourse(live.instructor);
    live.session = addSession(live.course, live.instructor);
    m_clock->set(live.session.scheduledStart);
    live.session = required(
        SessionService(m_context).startLiveSession(live.instructor, live.session.id), "go live");
    ParticipationService participation(m_context);
    for (int i = 0; i < students; ++i) {
        User student = addUser(Role::Student, QStringLiteral("Student %1").arg(i + 1));
        enroll(live.course, student);
        required(participation.joinSession(student, live.session.id), "join a student");
        live.students.append(student);
    }
    return live;
}

SessionRecording ServiceFixture::addRecording(const LiveSession& session, const User& host) {
    RecordingDraft draft;
    draft.videoUrl = QStringLiteral("https://cdn.example.com/class.mp4");
    draft.title = QStringLiteral("Class recording");
    draft.durationSeconds = 3600;
    return required(RecordingService(m_context).createRecording(host, session.id, draft),
                    "add a recording");
}

} // namespace lectern::test
