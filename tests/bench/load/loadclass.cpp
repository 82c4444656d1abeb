#include "loadclass.h"

#include "benchseed.h"
#include "services/passwordhasher.h"
#include "storage/sql.h"

namespace lectern::load {

LoadClass seedLoadClass(test::ServiceFixture& fixture, int participants) {
    LoadClass seeded;
    seeded.live = fixture.liveClass(0);
    bench::Scale scale;
    scale.participants = participants;
    scale.messages = 1;
    scale.polls = 0;
    bench::seedLiveClass(fixture, seeded.live, scale);
    // One iteration: thousands of students sign in before the run, and what is measured is
    // the live channel, not PBKDF2 (whose production cost tst_userservice checks).
    seeded.password = QStringLiteral("load test");
    auto connection = fixture.context().database->connection();
    if (!connection)
        qFatal("%s", qPrintable(connection.error().message));
    auto updated = sql::run(*connection,
                            QStringLiteral("UPDATE users SET password_hash = ? WHERE email LIKE "
                                           "'bench%'"),
                            {PasswordHasher::hash(seeded.password, 1)});
    if (!updated)
        qFatal("%s", qPrintable(updated.error().message));
    for (int i = 1; i <= participants; ++i)
        seeded.studentEmails.append(QStringLiteral("bench%1@example.org").arg(i));
    return seeded;
}

} // namespace lectern::load
