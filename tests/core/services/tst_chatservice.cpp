#include "domain/events.h"
#include "servicefixture.h"
#include "services/chatservice.h"
#include "services/participationservice.h"
#include "services/sessionservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace lectern;

class TestChatService : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServiceFixture> f;
    test::ServiceFixture::LiveClass live;
    ChatDraft text(const QString& content) const {
        ChatDraft draft;
        draft.content = content;
        return draft;
    }
    const User& sam() const { return live.students[0]; }
    const User& kim() const { return live.students[1]; }

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        live = f->liveClass(2);
    }
    void cleanup() { f.reset(); }

    void sendStoresCountsAndPublishes() {
        QSignalSpy published(&f->events(), &EventBus::published);
        ChatService chat(f->context());
        auto sent = chat.sendChatMessage(sam(), live.session.id,
                                         text(QStringLiteral("  Great explanation!  ")));
        LECTERN_VERIFY_OK(sent);
        QCOMPARE(sent->content, QStringLiteral("Great explanation!"));
        QCOMPARE(sent->messageType, MessageType::Text);
        QCOMPARE(published.count(), 1);
        const auto event = published.first().first().value<DomainEvent>();
        QCOMPARE(event.type, events::chatCreated);
        QCOMPARE(event.entityId, sent->id);

        auto roster =
            ParticipationService(f->context()).listParticipants(live.instructor, live.session.id);
        for (const SessionParticipant& p : *roster)
            QCOMPARE(p.chatMessagesCount, p.userId == sam().id ? 1 : 0);
    }

    void repliesPointAtMessagesOfTheSameSession() {
        ChatService chat(f->context());
        auto first = chat.sendChatMessage(sam(), live.session.id, text(QStringLiteral("Q?")));
        LECTERN_VERIFY_OK(first);
        ChatDraft reply = text(QStringLiteral("Thanks for asking that!"));
        reply.replyTo = first->id;
        auto answered = chat.sendChatMessage(kim(), live.session.id, reply);
        LECTERN_VERIFY_OK(answered);
        QCOMPARE(answered->replyTo, std::optional<Id>(first->id));

        reply.replyTo = 987654;
        auto dangling = chat.sendChatMessage(kim(), live.session.id, reply);
        LECTERN_VERIFY_ERROR(dangling, ErrorCode::NotFound);
        QCOMPARE(dangling.error().field, QStringLiteral("reply_to"));

        // A message of another session is not a valid parent either.
        const User otherHost = f->addUser(Role::Instructor, QStringLiteral("Bo"));
        const Course otherCourse = f->addCourse(otherHost, QStringLiteral("Other"));
        LiveSession other = f->addSession(otherCourse, otherHost);
        LECTERN_VERIFY_OK(SessionService(f->context()).startLiveSession(otherHost, other.id));
        auto foreign = chat.sendChatMessage(otherHost, other.id, text(QStringLiteral("elsewhere")));
        LECTERN_VERIFY_OK(foreign);
        reply.replyTo = foreign->id;
        LECTERN_VERIFY_ERROR(chat.sendChatMessage(kim(), live.session.id, reply),
                             ErrorCode::NotFound);
    }

    void badContentIsInvalid_data() {
        QTest::addColumn<QString>("content");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   \n ");
        QTest::newRow("too long") << QString(4001, u'a');
    }
    void badContentIsInvalid() {
        QFETCH(QString, content);
        ChatService chat(f->context());
        auto sent = chat.sendChatMessage(sam(), live.session.id, text(content));
        LECTERN_VERIFY_ERROR(sent, ErrorCode::Invalid);
        QCOMPARE(sent.error().field, QStringLiteral("content"));
        QVERIFY(chat.listChatMessages(live.instructor, live.session.id)->isEmpty());
    }

    void longestAllowedMessageIsAccepted() {
        LECTERN_VERIFY_OK(ChatService(f->context())
                              .sendChatMessage(sam(), live.session.id, text(QString(4000, u'a'))));
    }

    void fileMessagesNeedAWebAddress() {
        ChatDraft file = text(QStringLiteral("slides"));
        file.messageType = MessageType::File;
        LECTERN_VERIFY_ERROR(
            ChatService(f->context()).sendChatMessage(sam(), live.session.id, file),
            ErrorCode::Invalid);
        file.fileUrl = QStringLiteral("https://cdn.example.com/slides.pdf");
        LECTERN_VERIFY_OK(ChatService(f->context()).sendChatMessage(sam(), live.session.id, file));
    }

    void onlyPeopleInTheLiveSessionChat() {
        ChatService chat(f->context());
        const User outsider = f->addUser(Role::Student, QStringLiteral("Out"));
        LECTERN_VERIFY_ERROR(
            chat.sendChatMessage(outsider, live.session.id, text(QStringLiteral("hi"))),
            ErrorCode::Forbidden);
        const User enrolledButAway = f->addUser(Role::Student, QStringLiteral("Away"));
        f->enroll(live.course, enrolledButAway);
        LECTERN_VERIFY_ERROR(
            chat.sendChatMessage(enrolledButAway, live.session.id, text(QStringLiteral("hi"))),
            ErrorCode::Forbidden);
        // Staff chat without joining.
        LECTERN_VERIFY_OK(chat.sendChatMessage(live.instructor, live.session.id,
                                               text(QStringLiteral("Welcome"))));
        ChatDraft system = text(QStringLiteral("Recording started"));
        system.messageType = MessageType::System;
        LECTERN_VERIFY_ERROR(chat.sendChatMessage(sam(), live.session.id, system),
                             ErrorCode::Forbidden);
        LECTERN_VERIFY_OK(chat.sendChatMessage(live.instructor, live.session.id, system));

        LECTERN_VERIFY_OK(
            SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        LECTERN_VERIFY_ERROR(
            chat.sendChatMessage(sam(), live.session.id, text(QStringLiteral("late"))),
            ErrorCode::Closed);
    }

    void chatTurnedOffIsRefused() {
        const LiveSession later =
            f->addSession(live.course, live.instructor, live.session.scheduledEnd.addDays(1));
        LiveSession changes = later;
        changes.enableChat = false;
        LECTERN_VERIFY_OK(
            SessionService(f->context()).updateLiveSession(live.instructor, later.id, changes));
        LECTERN_VERIFY_OK(
            SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        f->clock().set(later.scheduledStart);
        LECTERN_VERIFY_OK(SessionService(f->context()).startLiveSession(live.instructor, later.id));
        LECTERN_VERIFY_ERROR(
            ChatService(f->context())
                .sendChatMessage(live.instructor, later.id, text(QStringLiteral("x"))),
            ErrorCode::Forbidden);
    }

    void editingIsForTheAuthor() {
        ChatService chat(f->context());
        auto sent = chat.sendChatMessage(sam(), live.session.id, text(QStringLiteral("teh")));
        LECTERN_VERIFY_OK(sent);
        LECTERN_VERIFY_ERROR(chat.editChatMessage(kim(), sent->id, QStringLiteral("x")),
                             ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(chat.editChatMessage(live.instructor, sent->id, QStringLiteral("x")),
                             ErrorCode::Forbidden);
        auto edited = chat.editChatMessage(sam(), sent->id, QStringLiteral("the"));
        LECTERN_VERIFY_OK(edited);
        QCOMPARE(edited->content, QStringLiteral("the"));
        QVERIFY(edited->isEdited);
        LECTERN_VERIFY_ERROR(chat.editChatMessage(sam(), sent->id, QString()), ErrorCode::Invalid);
    }

    void deletionIsSoftAndHiddenFromStudents() {
        ChatService chat(f->context());
        auto sent = chat.sendChatMessage(sam(), live.session.id, text(QStringLiteral("spoiler")));
        LECTERN_VERIFY_OK(sent);
        LECTERN_VERIFY_ERROR(chat.deleteChatMessage(kim(), sent->id), ErrorCode::Forbidden);
        auto deleted = chat.deleteChatMessage(live.instructor, sent->id);
        LECTERN_VERIFY_OK(deleted);
        QVERIFY(deleted->isDeleted);
        LECTERN_VERIFY_ERROR(chat.deleteChatMessage(sam(), sent->id), ErrorCode::Conflict);
        LECTERN_VERIFY_ERROR(chat.editChatMessage(sam(), sent->id, QStringLiteral("x")),
                             ErrorCode::Conflict);

        auto studentView = chat.listChatMessages(kim(), live.session.id);
        LECTERN_VERIFY_OK(studentView);
        QCOMPARE(studentView->size(), 1);
        QVERIFY(studentView->first().isDeleted);
        QVERIFY(studentView->first().content.isEmpty());
        auto staffView = chat.listChatMessages(live.instructor, live.session.id);
        QCOMPARE(staffView->first().content, QStringLiteral("spoiler"));

        auto own = chat.sendChatMessage(kim(), live.session.id, text(QStringLiteral("oops")));
        LECTERN_VERIFY_OK(chat.deleteChatMessage(kim(), own->id));
    }

    void deletedContentNeverComesBackToStudents() {
        ChatService chat(f->context());
        auto sent = chat.sendChatMessage(sam(), live.session.id, text(QStringLiteral("secret")));
        LECTERN_VERIFY_OK(chat.likeChatMessage(kim(), sent->id));
        auto deletedByAuthor = chat.deleteChatMessage(sam(), sent->id);
        LECTERN_VERIFY_OK(deletedByAuthor);
        QVERIFY(deletedByAuthor->content.isEmpty());
        LECTERN_VERIFY_ERROR(chat.unlikeChatMessage(kim(), sent->id), ErrorCode::Conflict);
        auto other = chat.sendChatMessage(kim(), live.session.id, text(QStringLiteral("rude")));
        auto deletedByHost = chat.deleteChatMessage(live.instructor, other->id);
        QCOMPARE(deletedByHost->content, QStringLiteral("rude"));
    }

    void controlCharactersAreRefused() {
        const QString withNul = QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b");
        auto sent =
            ChatService(f->context()).sendChatMessage(sam(), live.session.id, text(withNul));
        LECTERN_VERIFY_ERROR(sent, ErrorCode::Invalid);
        QCOMPARE(sent.error().field, QStringLiteral("content"));
        LECTERN_VERIFY_OK(ChatService(f->context())
                              .sendChatMessage(sam(), live.session.id,
                                               text(QStringLiteral("line one\nline two\tend"))));
    }

    void pinningIsForModerators() {
        ChatService chat(f->context());
        auto sent = chat.sendChatMessage(sam(), live.session.id, text(QStringLiteral("Link")));
        LECTERN_VERIFY_ERROR(chat.setPinned(sam(), sent->id, true), ErrorCode::Forbidden);
        auto pinned = chat.setPinned(live.instructor, sent->id, true);
        LECTERN_VERIFY_OK(pinned);
        QVERIFY(pinned->isPinned);
        QCOMPARE(chat.pinnedChatMessages(kim(), live.session.id)->size(), 1);
        LECTERN_VERIFY_OK(chat.setPinned(live.instructor, sent->id, false));
        QVERIFY(chat.pinnedChatMessages(kim(), live.session.id)->isEmpty());

        // A student the host makes a moderator can pin too.
        auto roster =
            ParticipationService(f->context()).listParticipants(live.instructor, live.session.id);
        for (const SessionParticipant& p : *roster) {
            if (p.userId == kim().id)
                LECTERN_VERIFY_OK(
                    ParticipationService(f->context()).setModerator(live.instructor, p.id, true));
        }
        LECTERN_VERIFY_OK(chat.setPinned(kim(), sent->id, true));
    }

    void oneLikePerUser() {
        ChatService chat(f->context());
        auto sent = chat.sendChatMessage(sam(), live.session.id, text(QStringLiteral("Nice")));
        auto liked = chat.likeChatMessage(kim(), sent->id);
        LECTERN_VERIFY_OK(liked);
        QCOMPARE(liked->likesCount, 1);
        LECTERN_VERIFY_ERROR(chat.likeChatMessage(kim(), sent->id), ErrorCode::Conflict);
        LECTERN_VERIFY_OK(chat.likeChatMessage(live.instructor, sent->id));
        auto unliked = chat.unlikeChatMessage(kim(), sent->id);
        LECTERN_VERIFY_OK(unliked);
        QCOMPARE(unliked->likesCount, 1);
        LECTERN_VERIFY_ERROR(chat.unlikeChatMessage(kim(), sent->id), ErrorCode::NotFound);
    }

    void batchJudgesEachMessageOnItsOwn() {
        QSignalSpy published(&f->events(), &EventBus::published);
        const User outsider = f->addUser(Role::Student, QStringLiteral("Out"));
        const QList<ChatSend> sends{
            {sam(), live.session.id, text(QStringLiteral("one"))},
            {outsider, live.session.id, text(QStringLiteral("let me in"))},
            {kim(), live.session.id, text(QStringLiteral("   "))},
            {kim(), live.session.id, text(QStringLiteral("two"))},
        };
        const auto results = ChatService(f->context()).sendChatMessages(sends);
        QCOMPARE(results.size(), 4);
        LECTERN_VERIFY_OK(results[0]);
        LECTERN_VERIFY_ERROR(results[1], ErrorCode::Forbidden);
        LECTERN_VERIFY_ERROR(results[2], ErrorCode::Invalid);
        LECTERN_VERIFY_OK(results[3]);
        QCOMPARE(results[3]->content, QStringLiteral("two"));
        QCOMPARE(published.count(), 2);
        auto listed = ChatService(f->context()).listChatMessages(live.instructor, live.session.id);
        QCOMPARE(listed->size(), 2);
        auto roster =
            ParticipationService(f->context()).listParticipants(live.instructor, live.session.id);
        for (const SessionParticipant& p : *roster)
            QCOMPARE(p.chatMessagesCount, 1);
    }

    void failedStatementInABatchCostsTheOthersNothing() {
        // An admin whose account is gone passes every check but fails the insert itself.
        User ghost = f->addUser(Role::Admin, QStringLiteral("Ghost"));
        ghost.id += 100000;
        const QList<ChatSend> sends{
            {sam(), live.session.id, text(QStringLiteral("before"))},
            {ghost, live.session.id, text(QStringLiteral("boo"))},
            {kim(), live.session.id, text(QStringLiteral("after"))},
        };
        const auto results = ChatService(f->context()).sendChatMessages(sends);
        LECTERN_VERIFY_OK(results[0]);
        QVERIFY(!results[1].has_value());
        LECTERN_VERIFY_OK(results[2]);
        auto listed = ChatService(f->context()).listChatMessages(live.instructor, live.session.id);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->first().content, QStringLiteral("before"));
        QCOMPARE(listed->last().content, QStringLiteral("after"));
    }

    void listingPagesBackwards() {
        ChatService chat(f->context());
        QList<Id> ids;
        for (int i = 0; i < 7; ++i)
            ids << chat.sendChatMessage(sam(), live.session.id, text(QString::number(i)))->id;
        auto newest = chat.listChatMessages(kim(), live.session.id, 3);
        LECTERN_VERIFY_OK(newest);
        QCOMPARE(newest->size(), 3);
        QCOMPARE(newest->first().content, QStringLiteral("4"));
        QCOMPARE(newest->last().content, QStringLiteral("6"));
        auto older = chat.listChatMessages(kim(), live.session.id, 3, newest->first().id);
        QCOMPARE(older->first().content, QStringLiteral("1"));
        QCOMPARE(older->last().content, QStringLiteral("3"));
        LECTERN_VERIFY_ERROR(chat.listChatMessages(kim(), live.session.id, 0), ErrorCode::Invalid);
        LECTERN_VERIFY_ERROR(chat.listChatMessages(kim(), live.session.id, 501),
                             ErrorCode::Invalid);
        const User outsider = f->addUser(Role::Student, QStringLiteral("Out"));
        LECTERN_VERIFY_ERROR(chat.listChatMessages(outsider, live.session.id),
                             ErrorCode::Forbidden);
    }

    void followingPagesForwards() {
        ChatService chat(f->context());
        QList<Id> ids;
        for (int i = 0; i < 5; ++i)
            ids << chat.sendChatMessage(sam(), live.session.id, text(QString::number(i)))->id;
        auto since = chat.chatMessagesAfter(kim(), live.session.id, ids[1], 2);
        LECTERN_VERIFY_OK(since);
        QCOMPARE(since->size(), 2);
        QCOMPARE(since->first().id, ids[2]);
        QCOMPARE(since->last().id, ids[3]);
        QCOMPARE(chat.chatMessagesAfter(kim(), live.session.id, ids[4])->size(), 0);
        LECTERN_VERIFY_ERROR(chat.chatMessagesAfter(kim(), live.session.id, 0, 0),
                             ErrorCode::Invalid);
        const User outsider = f->addUser(Role::Student, QStringLiteral("Out"));
        LECTERN_VERIFY_ERROR(chat.chatMessagesAfter(outsider, live.session.id, 0),
                             ErrorCode::Forbidden);
    }

    void changedMessagesAreReadBackByIdWithinTheSession() {
        ChatService chat(f->context());
        auto spoiler =
            chat.sendChatMessage(sam(), live.session.id, text(QStringLiteral("spoiler")));
        auto fine = chat.sendChatMessage(kim(), live.session.id, text(QStringLiteral("fine")));
        LECTERN_VERIFY_OK(chat.deleteChatMessage(live.instructor, spoiler->id));
        // Another session's message is not read through this one.
        auto other = f->liveClass(1);
        auto elsewhere = chat.sendChatMessage(other.students[0], other.session.id,
                                              text(QStringLiteral("elsewhere")));
        LECTERN_VERIFY_OK(elsewhere);

        auto staff = chat.chatMessagesWithIds(live.instructor, live.session.id,
                                              {spoiler->id, fine->id, elsewhere->id});
        LECTERN_VERIFY_OK(staff);
        QCOMPARE(staff->size(), 2);
        QVERIFY(staff->first().isDeleted);
        QCOMPARE(staff->first().content, QStringLiteral("spoiler"));
        auto student = chat.chatMessagesWithIds(kim(), live.session.id, {spoiler->id});
        QVERIFY(student->first().content.isEmpty()); // withheld from students
        QCOMPARE(chat.chatMessagesWithIds(kim(), live.session.id, {})->size(), 0);
        LECTERN_VERIFY_ERROR(
            chat.chatMessagesWithIds(kim(), live.session.id, QList<Id>(501, spoiler->id)),
            ErrorCode::Invalid);
        const User outsider = f->addUser(Role::Student, QStringLiteral("Out"));
        LECTERN_VERIFY_ERROR(chat.chatMessagesWithIds(outsider, live.session.id, {fine->id}),
                             ErrorCode::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestChatService)
#include "tst_chatservice.moc"
