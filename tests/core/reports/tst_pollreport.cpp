#include "exportreaders.h"
#include "reports/csv.h"
#include "reports/pollreport.h"
#include "servicefixture.h"
#include "services/pollservice.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lectern;
using namespace lectern::reports;

// Poll results for export: one row per option, for the session's staff.
class TestPollReport : public QObject {
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> f;
    test::ServiceFixture::LiveClass live;
    LivePoll poll;

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        live = f->liveClass(3);
        // Results shown only once the poll closes: students see nothing yet, staff everything.
        PollDraft draft;
        draft.question = QStringLiteral("Which topic next?");
        draft.options = {QStringLiteral("=ORM"), QStringLiteral("REST"), QStringLiteral("Tests")};
        draft.showResultsImmediately = false;
        PollService polls(f->context());
        poll = test::required(polls.createPoll(live.instructor, live.session.id, draft), "poll");
        poll = test::required(polls.startPoll(live.instructor, poll.id), "start");
        const QList<Id> options = {poll.options[1].id, poll.options[1].id, poll.options[2].id};
        for (int i = 0; i < 3; ++i)
            test::required(polls.votePoll(live.students[i], poll.id, {options[i]}), "vote");
    }
    void cleanup() { f.reset(); }

    void oneRowPerOptionWithTheCounts() {
        const auto lines = PollReport(f->context()).forSession(live.instructor, live.session.id);
        LECTERN_VERIFY_OK(lines);
        QCOMPARE(lines->size(), 1);
        const QList<QStringList> rows = PollReport::rows(*lines);
        QCOMPARE(rows.size(), 3);
        const QStringList columns = PollReport::columns();
        const auto cell = [&](const QStringList& row, const char* column) {
            return row.at(columns.indexOf(QString::fromLatin1(column)));
        };
        QCOMPARE(cell(rows[1], "option"), QStringLiteral("REST"));
        QCOMPARE(cell(rows[1], "votes"), QStringLiteral("2"));
        QCOMPARE(cell(rows[1], "percentage"), QStringLiteral("66.7"));
        QCOMPARE(cell(rows[0], "total_votes"), QStringLiteral("3"));
        QCOMPARE(cell(rows[0], "status"), QStringLiteral("active"));

        // Read back as CSV, the option that looks like a formula neutralised.
        const QList<QStringList> read = test::csvRoundTrip(columns, rows);
        QCOMPARE(read.size(), 4);
        QCOMPARE(cell(read[1], "option"), QStringLiteral("'=ORM"));
        QCOMPARE(cell(read[2], "question"), QStringLiteral("Which topic next?"));
    }

    void aCourseOverARangeOfDays() {
        PollReport report(f->context());
        const QDate day = live.session.scheduledStart.toLocalTime().date();
        const auto that = report.forCourse(live.instructor, live.course.id, {day, day});
        LECTERN_VERIFY_OK(that);
        QCOMPARE(that->size(), 1);
        const auto later = report.forCourse(live.instructor, live.course.id, {day.addDays(1), {}});
        LECTERN_VERIFY_OK(later);
        QVERIFY(later->isEmpty());
        LECTERN_VERIFY_ERROR(
            report.forCourse(live.instructor, live.course.id, {day, day.addDays(-1)}),
            ErrorCode::Invalid);
    }

    void onlyTheSessionsStaff() {
        PollReport report(f->context());
        LECTERN_VERIFY_ERROR(report.forSession(live.students[0], live.session.id),
                             ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(report.forSession(live.instructor, 424242), ErrorCode::NotFound);
        const User ta = f->addUser(Role::Ta, QStringLiteral("Tom Assistant"));
        f->enroll(live.course, ta);
        LECTERN_VERIFY_OK(report.forSession(ta, live.session.id));
        const User outsider = f->addUser(Role::Instructor, QStringLiteral("Grace"));
        LECTERN_VERIFY_ERROR(report.forCourse(outsider, live.course.id, {}), ErrorCode::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestPollReport)
#include "tst_pollreport.moc"
