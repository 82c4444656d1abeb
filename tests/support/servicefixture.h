#pragma once

#include "domain/course.h"
#include "domain/livesession.h"
#include "domain/sessionrecording.h"
#include "services/servicecontext.h"
#include "testdatabase.h"

#include <QTest>

#include <memory>

namespace lectern::test {

// The result's value, or the end of the test program with the core's message: for setup steps
// a test cannot go on without, in helpers that cannot use QVERIFY.
template <typename T> T required(Result<T> result, const char* what) {
    if (!result)
        qFatal("Test fixture could not %s: %s", what, qPrintable(result.error().message));
    return std::move(*result);
}

// A fresh database with a clock held at a fixed time, an event bus, and quick ways to make
// the users, courses and sessions a test needs. Setup failures stop the test program with
// the core's message: a test cannot go on without its fixture.
class ServiceFixture {
public:
    // 2026-11-25 08:00 UTC: classes in the tests start at 09:00.
    static QDateTime startOfDay();

    explicit ServiceFixture(std::unique_ptr<TestDatabase> database);

    TestDatabase& testDatabase() { return *m_database; }
    ServiceContext context() const { return m_context; }
    ManualClock& clock() { return *m_clock; }
    EventBus& events() { return m_events; }

    // With an address of its own unless `email` is given.
    User addUser(Role role, const QString& name, const QString& email = {});
    Course addCourse(const User& instructor, const QString& title = QStringLiteral("Django 101"));
    void enroll(const Course& course, const User& user);
    // A session of `course` hosted by its instructor, from 09:00 to 10:00 unless told otherwise.
    LiveSession addSession(const Course& course, const User& host, QDateTime start = {},
                           qint64 minutes = 60);
    // A course with its instructor, a live session and `students` enrolled and joined.
    struct LiveClass {
        User instructor;
        Course course;
        LiveSession session;
        QList<User> students;
    };
    LiveClass liveClass(int students = 2);
    // An hour-long recording of `session`, added by `host`.
    SessionRecording addRecording(const LiveSession& session, const User& host);

private:
    std::unique_ptr<TestDatabase> m_database;
    std::shared_ptr<ManualClock> m_clock;
    EventBus m_events;
    ServiceContext m_context;
    int m_userSerial = 0;
};

} // namespace lectern::test

// Opens a fixture into `holder` or ends the test function (see LECTERN_OPEN_TEST_DATABASE).
#define LECTERN_OPEN_FIXTURE(holder)                                                               \
    do {                                                                                           \
        std::unique_ptr<::lectern::test::TestDatabase> lecternDatabase;                            \
        LECTERN_OPEN_TEST_DATABASE(lecternDatabase);                                               \
        holder = std::make_unique<::lectern::test::ServiceFixture>(std::move(lecternDatabase));    \
    } while (false)
