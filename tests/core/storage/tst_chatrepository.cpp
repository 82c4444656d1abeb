#include "servicefixture.h"
#include "services/chatservice.h"
#include "storage/chatrepository.h"

#include <QTest>

using namespace lectern;

class TestChatRepository : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    test::ServiceFixture::LiveClass live;

    ChatRepository repository() { return ChatRepository(*f->context().database->connection()); }
    LiveChatMessage message(const QString& content) {
        LiveChatMessage m;
        m.sessionId = live.session.id;
        m.userId = live.students[0].id;
        m.content = content;
        m.createdAt = m.updatedAt = f->clock().now();
        return m;
    }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        live = f->liveClass(2);
    }
    void cleanup() { f.reset(); }

    void contentOverTheLimitIsRefusedByTheDatabase() {
        LECTERN_VERIFY_ERROR(repository().insert(message(QString(4001, u'x'))), ErrorCode::Invalid);
        LECTERN_VERIFY_OK(repository().insert(message(QString(4000, u'x'))));
    }

    void likesKeepTheirCounterExact() {
        auto id = repository().insert(message(QStringLiteral("Nice")));
        LECTERN_VERIFY_OK(id);
        const QDateTime now = f->clock().now();
        LECTERN_VERIFY_OK(repository().addLike(*id, live.students[1].id, now));
        LECTERN_VERIFY_ERROR(repository().addLike(*id, live.students[1].id, now),
                             ErrorCode::Conflict);
        LECTERN_VERIFY_OK(repository().addLike(*id, live.instructor.id, now));
        QCOMPARE(repository().find(*id)->likesCount, 2);
        LECTERN_VERIFY_OK(repository().removeLike(*id, live.students[1].id));
        LECTERN_VERIFY_ERROR(repository().removeLike(*id, live.students[1].id),
                             ErrorCode::NotFound);
        QCOMPARE(repository().find(*id)->likesCount, 1);
    }

    void deletingUnpinsAndPinnedListsOnlyLiveOnes() {
        auto first = repository().insert(message(QStringLiteral("one")));
        auto second = repository().insert(message(QStringLiteral("two")));
        const QDateTime now = f->clock().now();
        LECTERN_VERIFY_OK(repository().setPinned(*first, true, now));
        LECTERN_VERIFY_OK(repository().setPinned(*second, true, now));
        QCOMPARE(repository().pinned(live.session.id)->size(), 2);
        LECTERN_VERIFY_OK(repository().setDeleted(*first, now));
        const auto pinned = repository().pinned(live.session.id);
        QCOMPARE(pinned->size(), 1);
        QCOMPARE(pinned->first().id, *second);
        QVERIFY(!repository().find(*first)->isPinned);
    }

    void replyMustPointAtAnExistingMessage() {
        auto parent = repository().insert(message(QStringLiteral("parent")));
        LiveChatMessage reply = message(QStringLiteral("reply"));
        reply.replyTo = *parent;
        auto child = repository().insert(reply);
        LECTERN_VERIFY_OK(child);
        QCOMPARE(repository().find(*child)->replyTo, std::optional<Id>(*parent));
        reply.replyTo = 987654;
        LECTERN_VERIFY_ERROR(repository().insert(reply), ErrorCode::NotFound);
        QCOMPARE(*repository().count(live.session.id), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestChatRepository)
#include "tst_chatrepository.moc"
