#include "demo/democlass.h"
#include "services/attendanceservice.h"
#include "services/authservice.h"
#include "services/chatservice.h"
#include "services/pollservice.h"
#include "services/questionservice.h"
#include "services/recordingservice.h"
#include "services/sessionservice.h"
#include "testdatabase.h"

#include <QTest>

using namespace lectern;

// The demo class `lectern --demo` opens: every tab of the console has something in it.
class TestDemoClass : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;
    ServiceContext m_context;
    QDateTime m_now;

private Q_SLOTS:
    void init() {
        LECTERN_OPEN_TEST_DATABASE(m_db);
        m_now = QDateTime(QDate(2026, 11, 26), QTime(9, 20), Qt::UTC);
        m_context.database = m_db->database();
        m_context.clock = std::make_shared<ManualClock>(m_now);
    }
    void cleanup() { m_db.reset(); }

    void fillsEveryTab() {
        auto demo = seedDemoClass(m_db->database(), m_now);
        QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().message));
        const User& ada = demo->instructor;

        QCOMPARE(demo->past.size(), 3);
        for (const LiveSession& past : demo->past) {
            auto session = SessionService(m_context).getSession(ada, past.id);
            QVERIFY(session);
            QCOMPARE(session->status, SessionStatus::Ended);
            auto attendance = AttendanceService(m_context).getAttendance(ada, past.id);
            QVERIFY(attendance && attendance->size() >= 10);
            auto recordings = RecordingService(m_context).listRecordings(ada, past.id);
            QVERIFY(recordings && recordings->size() == 1);
            auto finished = RecordingService(m_context).completions(ada, recordings->first().id);
            QVERIFY(finished && *finished >= 1);
        }

        QCOMPARE(demo->live.status, SessionStatus::Live);
        auto chat = ChatService(m_context).listChatMessages(ada, demo->live.id, 100);
        QVERIFY(chat && chat->size() >= 8);
        auto pinned = ChatService(m_context).pinnedChatMessages(ada, demo->live.id);
        QVERIFY(pinned && pinned->size() == 1);
        auto questions = QuestionService(m_context).listQuestions(ada, demo->live.id);
        QVERIFY(questions && questions->size() == 3);
        auto polls = PollService(m_context).listPolls(ada, demo->live.id);
        QVERIFY(polls && polls->size() == 1);
        QCOMPARE(polls->first().status, PollStatus::Active);
        auto results = PollService(m_context).getPollResults(ada, polls->first().id);
        QVERIFY(results && results->totalVotes > 5);

        QCOMPARE(demo->upcoming.size(), 2);
        for (const LiveSession& next : demo->upcoming)
            QVERIFY(next.scheduledStart > m_now);

        // Everyone signs in with the demo password.
        for (const User& user : {demo->admin, ada, demo->ta, demo->students.first()}) {
            QVERIFY2(AuthService(m_context).login(user.email,
                                                  QString::fromLatin1(DemoClass::demoPassword)),
                     qPrintable(user.email));
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoClass)
#include "tst_democlass.moc"
