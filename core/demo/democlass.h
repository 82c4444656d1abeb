#pragma once

#include "domain/course.h"
#include "domain/livesession.h"
#include "storage/database.h"

namespace lectern {

// What `lectern --demo` opens: a course as it looks mid-term, so a newcomer sees every tab
// populated. Everyone's password is demoPassword.
struct DemoClass {
    static constexpr auto demoPassword = "demo";

    User admin, instructor, ta;
    QList<User> students;
    Course course;
    QList<LiveSession> past;     // ended, with attendance and a recording each
    LiveSession live;            // running now: chat, questions, an open poll
    QList<LiveSession> upcoming; // scheduled
};

// Fills an empty database through the services, replaying a fortnight that ends at `now`.
Result<DemoClass> seedDemoClass(std::shared_ptr<Database> database, const QDateTime& now);

} // namespace lectern
