#include "moderation/chatmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace lectern;
using lectern::ui::ChatModel;

namespace {
QList<LiveChatMessage> messages(Id from, Id to) {
    QList<LiveChatMessage> list;
    for (Id id = from; id <= to; ++id) {
        LiveChatMessage message;
        message.id = id;
        message.userId = 7;
        message.content = QStringLiteral("m%1").arg(id);
        list << message;
    }
    return list;
}
} // namespace

// The chat window the Moderation tab shows: grows at both ends, never twice the same message.
class TestChatModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appendsOnlyWhatIsNewer() {
        ChatModel model;
        model.append(messages(1, 3));
        model.append(messages(2, 5)); // an answer that overlaps what is shown
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.firstId(), 1);
        QCOMPARE(model.lastId(), 5);
        QCOMPARE(model.rowOf(4), 3);
        QCOMPARE(model.rowOf(42), -1);
    }

    void prependsOnlyWhatIsOlder() {
        ChatModel model;
        model.append(messages(10, 12));
        model.prepend(messages(5, 10));
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.messageAt(0).id, 5);
        QCOMPARE(model.messageAt(5).id, 10);
    }

    void updatesChangeRowsInPlace() {
        ChatModel model;
        model.append(messages(1, 3));
        QSignalSpy changed(&model, &ChatModel::dataChanged);
        QList<LiveChatMessage> edits = messages(2, 2) + messages(9, 9);
        edits[0].isDeleted = true;
        model.update(edits);
        QCOMPARE(changed.size(), 1); // the message not shown is ignored
        QVERIFY(model.index(1).data(ChatModel::DeletedRole).toBool());
    }

    void trimDropsTheOldest() {
        ChatModel model;
        model.append(messages(1, 10));
        model.trimOldest(4);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.firstId(), 7);
        model.trimOldest(10);
        QCOMPARE(model.rowCount(), 4);
    }

    void repliesNameWhatTheyAnswer() {
        ChatModel model;
        QList<LiveChatMessage> list = messages(1, 2);
        list[1].replyTo = 1;
        model.append(list);
        model.addNames({{7, QStringLiteral("Kim")}});
        QCOMPARE(model.index(1).data(ChatModel::ReplyRole).toString(), QStringLiteral("Kim: m1"));
        QCOMPARE(model.index(1).data(ChatModel::AuthorRole).toString(), QStringLiteral("Kim"));
    }
};

QTEST_GUILESS_MAIN(TestChatModel)
#include "tst_chatmodel.moc"
