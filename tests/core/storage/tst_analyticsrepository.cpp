#include "servicefixture.h"
#include "storage/analyticsrepository.h"

#include <QTest>

using namespace lectern;

class TestAnalyticsRepository : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;

private Q_SLOTS:
    void init() { LECTERN_OPEN_FIXTURE(f); }
    void cleanup() { f.reset(); }

    void emptySessionCountsZeroEverywhere() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const LiveSession session = f->addSession(f->addCourse(ada), ada);
        auto counts =
            AnalyticsRepository(*f->context().database->connection()).sessionCounts(session.id);
        LECTERN_VERIFY_OK(counts);
        QCOMPARE(counts->totalRegistered, qint64(0));
        QCOMPARE(counts->totalMessages, qint64(0));
        QCOMPARE(counts->totalPollVotes, qint64(0));
        QCOMPARE(counts->totalViews, qint64(0));
    }

    void countsOnlyItsOwnSession() {
        auto first = f->liveClass(2);
        auto counts = AnalyticsRepository(*f->context().database->connection())
                          .sessionCounts(first.session.id);
        QCOMPARE(counts->totalRegistered, qint64(2));
        QCOMPARE(counts->currentlyActive, qint64(2));
        QCOMPARE(AnalyticsRepository(*f->context().database->connection())
                     .sessionCounts(first.session.id + 1)
                     ->totalRegistered,
                 qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsRepository)
#include "tst_analyticsrepository.moc"
