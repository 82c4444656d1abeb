#include "benchseed.h"

#include "services/pollservice.h"
#include "storage/sql.h"
#include "storage/transaction.h"

namespace lectern::bench {

namespace {
void exec(const QSqlDatabase& connection, const QString& statement, const QVariantList& values) {
    auto done = sql::run(connection, statement, values);
    if (!done)
        qFatal("Seeding failed: %s", qPrintable(done.error().message));
}
} // namespace

Scale Scale::fromEnvironment() {
    const double factor =
        qEnvironmentVariable("LECTERN_BENCH_SCALE", QStringLiteral("1")).toDouble();
    Scale scale;
    scale.participants = qMax(10, static_cast<int>(scale.participants * factor));
    scale.messages = qMax(10, static_cast<int>(scale.messages * factor));
    return scale;
}

void seedLiveClass(test::ServiceFixture& fixture, const test::ServiceFixture::LiveClass& live,
                   const Scale& scale) {
    // Polls are made through the service so their options are real; votes are bulk-inserted.
    QList<LivePoll> polls;
    for (int i = 0; i < scale.polls; ++i) {
        PollDraft draft;
        draft.question = QStringLiteral("Question %1").arg(i + 1);
        draft.options = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                         QStringLiteral("D")};
        auto poll =
            PollService(fixture.context()).createPoll(live.instructor, live.session.id, draft);
        if (!poll)
            qFatal("%s", qPrintable(poll.error().message));
        polls.append(*poll);
    }

    auto transaction = WriteTransaction::begin(*fixture.context().database);
    if (!transaction)
        qFatal("%s", qPrintable(transaction.error().message));
    const QSqlDatabase& c = transaction->connection();
    const qint64 now = fixture.clock().now().toMSecsSinceEpoch();
    const Id session = live.session.id;
    const QString numbers = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + "
                                           "1 FROM n WHERE i < ?) ");
    exec(c,
         numbers +
             QStringLiteral("INSERT INTO users (email, name, role, password_hash, created_at, "
                            "updated_at) SELECT 'bench' || i || '@example.org', 'Student ' || "
                            "i, 'student', 'x', ?, ? FROM n"),
         {scale.participants, now, now});
    exec(c,
         QStringLiteral("INSERT INTO enrollments (course_id, user_id, created_at) SELECT ?, id, ? "
                        "FROM users WHERE email LIKE 'bench%'"),
         {live.course.id, now});
    exec(c,
         QStringLiteral("INSERT INTO session_participants (session_id, user_id, status, joined_at, "
                        "stint_started_at, duration_seconds, chat_messages_count, polls_answered, "
                        "created_at, updated_at) SELECT ?, id, 'joined', ?, ?, 0, 0, ?, ?, ? FROM "
                        "users WHERE email LIKE 'bench%'"),
         {session, now, now, scale.polls, now, now});
    exec(c,
         numbers +
             QStringLiteral("INSERT INTO live_chat_messages (session_id, user_id, content, "
                            "message_type, created_at, updated_at) SELECT ?, ?, 'Message ' || "
                            "i, 'text', ?, ? FROM n"),
         {scale.messages, session, live.instructor.id, now, now});
    for (const LivePoll& poll : polls) {
        exec(c,
             QStringLiteral(
                 "INSERT INTO poll_ballots (poll_id, user_id, created_at) SELECT ?, id, ? "
                 "FROM users WHERE email LIKE 'bench%'"),
             {poll.id, now});
        // Each voter picks an option by their id, so the four bars differ a little.
        exec(c,
             QStringLiteral("INSERT INTO poll_votes (poll_id, option_id, user_id, created_at) "
                            "SELECT b.poll_id, o.id, b.user_id, ? FROM poll_ballots b JOIN "
                            "poll_options o ON o.poll_id = b.poll_id AND o.display_order = "
                            "b.user_id % 4 WHERE b.poll_id = ?"),
             {now, poll.id});
        exec(
            c,
            QStringLiteral("UPDATE poll_options SET votes_count = (SELECT COUNT(*) FROM poll_votes "
                           "v WHERE v.option_id = poll_options.id) WHERE poll_id = ?"),
            {poll.id});
    }
    if (auto committed = transaction->commit(); !committed)
        qFatal("%s", qPrintable(committed.error().message));
    // What autovacuum would do on a real server before anyone asks for analytics.
    if (fixture.context().database->dialect() == Dialect::Postgres) {
        auto connection = fixture.context().database->connection();
        auto vacuumed =
            sql::execute(*connection, QStringLiteral("VACUUM ANALYZE users, session_participants, "
                                                     "live_chat_messages, poll_options, "
                                                     "poll_votes, poll_ballots"));
        if (!vacuumed)
            qFatal("%s", qPrintable(vacuumed.error().message));
    }
}

} // namespace lectern::bench
