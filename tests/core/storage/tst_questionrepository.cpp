#include "servicefixture.h"
#include "storage/questionrepository.h"
#include "storage/sql.h"

#include <QTest>

using namespace lectern;

class TestQuestionRepository : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    test::ServiceFixture::LiveClass live;

    QuestionRepository repository() {
        return QuestionRepository(*f->context().database->connection());
    }
    Id ask(const QString& text) {
        LiveQuestion q;
        q.sessionId = live.session.id;
        q.userId = live.students[0].id;
        q.question = text;
        q.createdAt = q.updatedAt = f->clock().now();
        return *repository().insert(q);
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        live = f->liveClass(3);
    }
    void cleanup() { f.reset(); }

    void emptyOrOverlongQuestionsAreRefusedByTheDatabase() {
        LiveQuestion q;
        q.sessionId = live.session.id;
        q.userId = live.students[0].id;
        q.createdAt = q.updatedAt = f->clock().now();
        LECTERN_VERIFY_ERROR(repository().insert(q), ErrorCode::Invalid);
        q.question = QString(2001, u'q');
        LECTERN_VERIFY_ERROR(repository().insert(q), ErrorCode::Invalid);
    }

    void upvotesAreOnePerUserAndOrderTheList() {
        const Id low = ask(QStringLiteral("low"));
        const Id high = ask(QStringLiteral("high"));
        const QDateTime now = f->clock().now();
        LECTERN_VERIFY_OK(repository().addUpvote(high, live.students[1].id, now));
        LECTERN_VERIFY_OK(repository().addUpvote(high, live.students[2].id, now));
        LECTERN_VERIFY_ERROR(repository().addUpvote(high, live.students[2].id, now),
                             ErrorCode::Conflict);
        LECTERN_VERIFY_OK(repository().addUpvote(low, live.students[1].id, now));
        const auto listed = repository().list(live.session.id, std::nullopt);
        QCOMPARE(listed->first().id, high);
        QCOMPARE(listed->first().upvotes, 2);
        QCOMPARE(listed->last().upvotes, 1);
        LECTERN_VERIFY_ERROR(repository().addUpvote(424242, live.students[1].id, now),
                             ErrorCode::NotFound);
    }

    void statusFilterAndUnknownStatusRefused() {
        const Id id = ask(QStringLiteral("q"));
        LiveQuestion answered = *repository().find(id);
        answered.status = QuestionStatus::Answered;
        answered.answer = QStringLiteral("a");
        LECTERN_VERIFY_OK(repository().update(answered));
        QCOMPARE(repository().list(live.session.id, QuestionStatus::Answered)->size(), 1);
        QCOMPARE(repository().list(live.session.id, QuestionStatus::Pending)->size(), 0);
        auto unknown = sql::run(
            *f->context().database->connection(),
            QStringLiteral("UPDATE live_questions SET status = 'maybe' WHERE id = ?"), {id});
        LECTERN_VERIFY_ERROR(unknown, ErrorCode::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestQuestionRepository)
#include "tst_questionrepository.moc"
