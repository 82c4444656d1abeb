// lectern-uibench: the console's speed and memory goals, measured on a real window.
//   chat     a live class with a long chat history (100,000 messages) while new ones arrive
//            (1,000/s): the longest the UI thread goes without answering (goal < 16 ms), and
//            peak memory (goal < 200 MiB). The first half the reader follows the newest
//            message, the second half they scroll back through the history.
//   startup  `lectern` from launch to a window showing its sessions, on a remembered sign-in
//            (goal < 0.5 s).
// With --hub the console is a client of a hub on loopback (on a thread of its own, as a server
// elsewhere would be) instead of running the services in process.
// Both seed their own throw-away database (SQLite; PostgreSQL at LECTERN_TEST_DATABASE_URL
// with LECTERN_TEST_BACKEND=postgres). Run with QT_QPA_PLATFORM=offscreen or under xvfb-run.

#include "benchseed.h"
#include "client/hub/hubsignin.h"
#include "client/hub/keptsignin.h"
#include "client/local/localsignin.h"
#include "client/local/rememberedsignin.h"
#include "demo/democlass.h"
#include "hub/hubthread.h"
#include "live/livetab.h"
#include "mainwindow.h"
#include "moderation/chatfeed.h"
#include "moderation/chatmodel.h"
#include "moderation/chatpanel.h"
#include "moderation/questionpanel.h"
#include "platform/secretstore.h"
#include "polls/currentpollpanel.h"
#include "services/authservice.h"
#include "services/chatservice.h"
#include "services/pollservice.h"
#include "services/questionservice.h"
#include "stallmeter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QListView>
#include <QProcess>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <thread>

using namespace lectern;

namespace {

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString& message) {
    QTextStream(stderr) << "lectern-uibench: " << message << Qt::endl;
    return 1;
}

int number(const QCommandLineParser& parser, const QString& name, int low, int high) {
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < low || value > high) {
        QTextStream(stderr) << "lectern-uibench: --" << name << " takes a number from " << low
                            << " to " << high << Qt::endl;
        std::exit(2);
    }
    return value;
}

// Waits (running the event loop) until `done` or `seconds` pass.
template <typename Done> bool waitFor(Done done, int seconds) {
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > seconds * 1000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// The console's API for `user`: in process, or (--hub) signed in to a hub on a thread of its
// own on loopback, as a server elsewhere would be, so its work does not count as the window's.
std::unique_ptr<client::ConsoleApi> consoleFor(const QCommandLineParser& parser,
                                               const ServiceContext& context, const User& user,
                                               std::unique_ptr<hub::HubThread>& server) {
    if (!parser.isSet(QStringLiteral("hub")))
        return client::LocalSignIn(context,
                                   client::HubPlacement{QHostAddress(QHostAddress::LocalHost), 0})
            .open(user);
    server = std::make_unique<hub::HubThread>(context);
    auto port = server->start(QHostAddress(QHostAddress::LocalHost), 0);
    if (!port)
        return nullptr;
    client::HubSignIn door(
        client::ServerAddress::parse(QStringLiteral("http://127.0.0.1:%1").arg(*port)).value());
    QFuture<Result<User>> signedIn =
        door.signIn(user.email, QStringLiteral("correct horse"), false);
    if (!waitFor([&] { return signedIn.isFinished(); }, 15) || !signedIn.result())
        return nullptr;
    return door.open(*signedIn.result());
}

int runChat(const QCommandLineParser& parser) {
    const int history = number(parser, QStringLiteral("history"), 0, 1'000'000);
    const int rate = number(parser, QStringLiteral("rate"), 1, 5'000);
    const int seconds = number(parser, QStringLiteral("seconds"), 1, 120);

    auto database = test::TestDatabase::create();
    if (!database->database())
        return fail(QStringLiteral("no database: ") + database->problem());
    test::ServiceFixture fixture(std::move(database));
    const auto live = fixture.liveClass(4);
    bench::Scale scale;
    scale.participants = 50;
    scale.messages = std::max(1, history);
    scale.polls = 2;
    bench::seedLiveClass(fixture, live, scale);
    // The live view shows everything at once: a running poll's bars, a prepared one, questions.
    const auto polls = PollService(fixture.context()).listPolls(live.instructor, live.session.id);
    if (!polls || polls->isEmpty() ||
        !PollService(fixture.context()).startPoll(live.instructor, polls->first().id))
        return fail(QStringLiteral("cannot start a poll"));
    for (int i = 0; i < 5; ++i) {
        if (!QuestionService(fixture.context())
                 .askQuestion(live.students[i % live.students.size()], live.session.id,
                              QStringLiteral("Question %1 about the lecture?").arg(i), false))
            return fail(QStringLiteral("cannot ask a question"));
    }

    std::unique_ptr<hub::HubThread> server;
    const std::unique_ptr<client::ConsoleApi> api =
        consoleFor(parser, fixture.context(), live.instructor, server);
    if (!api)
        return fail(QStringLiteral("cannot sign in to the hub"));
    ui::MainWindow window(*api);
    window.resize(1366, 768);
    window.show();
    ui::LiveTab* liveView = window.liveTab();
    window.tabs()->setCurrentWidget(liveView);
    ui::ChatModel* chat = liveView->chatPanel()->chat();
    if (!waitFor([&] { return chat->rowCount() > 0; }, 30))
        return fail(QStringLiteral("the chat never showed"));
    if (!waitFor([&] { return liveView->pollPanel()->shownPoll().has_value(); }, 30))
        return fail(QStringLiteral("the running poll never showed"));

    // 1,000 messages a second arrive in batches every 10 ms, as the hub sends them.
    std::atomic<bool> sending = true;
    std::atomic<qint64> sent = 0;
    std::atomic<Id> lastSent = 0;
    const ServiceContext context = fixture.context();
    std::thread producer([&, context] {
        ChatService service(context);
        const int perBatch = std::max(1, rate / 100);
        QElapsedTimer clock;
        clock.start();
        qint64 batches = 0;
        while (sending) {
            QList<ChatSend> batch;
            for (int i = 0; i < perBatch; ++i) {
                ChatDraft draft;
                draft.content = QStringLiteral("Live message %1: a line of the kind students "
                                               "write, long enough to wrap now and then")
                                    .arg(sent + i);
                batch.append({live.students[i % live.students.size()], live.session.id, draft});
            }
            for (const auto& result : service.sendChatMessages(batch)) {
                if (result) {
                    ++sent;
                    lastSent = result->id;
                }
            }
            ++batches;
            const qint64 due = batches * 10;
            if (const qint64 ahead = due - clock.elapsed(); ahead > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(ahead));
        }
        Database::releaseThreadConnections();
    });

    bench::StallMeter meter;
    meter.start();
    QElapsedTimer running;
    running.start();
    QScrollBar* scroll = liveView->chatPanel()->chatView()->verticalScrollBar();
    // The second half: the reader scrolls back a page every 50 ms.
    QTimer reader;
    reader.setInterval(50);
    QObject::connect(&reader, &QTimer::timeout,
                     [scroll] { scroll->setValue(scroll->value() - scroll->pageStep()); });
    double followingLongest = 0;
    double followingP99 = 0;
    QTimer::singleShot(seconds * 500, &reader, [&] {
        followingLongest = meter.longestMs();
        followingP99 = meter.percentileMs(99);
        meter.start();
        reader.start();
    });
    waitFor([&] { return running.elapsed() >= seconds * 1000; }, seconds + 1);
    reader.stop();
    sending = false;
    producer.join();
    const qint64 sendingMs = running.elapsed();
    // Everything sent reaches the view once the reader is back at the newest message.
    scroll->setValue(scroll->maximum());
    const bool complete = waitFor([&] { return chat->lastId() == lastSent; }, 15);
    meter.stop();

    out() << (parser.isSet(QStringLiteral("hub")) ? "through a hub on loopback, " : "")
          << "chat view: " << history << " messages of history, " << sent << " sent in "
          << sendingMs / 1000.0 << " s (" << qRound(sent * 1000.0 / sendingMs) << "/s)\n"
          << "  following the newest: longest UI stall " << followingLongest
          << " ms, 99th percentile " << followingP99 << " ms\n"
          << "  scrolling back:       longest UI stall " << meter.longestMs()
          << " ms, 99th percentile " << meter.percentileMs(99) << " ms\n"
          << "  rows held by the view " << chat->rowCount() << ", peak memory "
          << qRound(bench::peakMemoryMiB()) << " MiB\n"
          << "  " << (complete ? "every message reached the view" : "MESSAGES MISSING") << Qt::endl;
    return complete ? 0 : 1;
}

int runStartup(const QCommandLineParser& parser) {
    const int runs = number(parser, QStringLiteral("runs"), 1, 50);
    // The console's settings, data and remembered sign-in in a folder of their own.
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("LECTERN_SECRET_STORE", "file");
    // The console's names, so the sign-in is kept where the console looks for it.
    QCoreApplication::setOrganizationName(QStringLiteral("lectern"));
    QCoreApplication::setApplicationName(QStringLiteral("lectern"));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    const QString url = QStringLiteral("sqlite://") + home.filePath(QStringLiteral("class.sqlite"));
    User instructor;
    {
        auto database = Database::open(DatabaseUrl::parse(url).value());
        if (!database)
            return fail(database.error().message);
        auto demo = seedDemoClass(*database, QDateTime::currentDateTimeUtc());
        if (!demo)
            return fail(demo.error().message);
        EventBus events;
        ServiceContext context{*database, std::make_shared<SystemClock>(), &events};
        if (auto kept = client::RememberedSignIn(context, SecretStore::forThisUser())
                            .remember(demo->instructor);
            !kept)
            return fail(kept.error().message);
        instructor = demo->instructor;
    }
    // --hub: the console starts signed in to a server (a hub on its own thread here) with the
    // sign-in it kept from last time.
    std::unique_ptr<hub::HubThread> server;
    std::shared_ptr<Database> served;
    EventBus serverEvents;
    QStringList where{QStringLiteral("--database"), url};
    if (parser.isSet(QStringLiteral("hub"))) {
        served = Database::open(DatabaseUrl::parse(url).value()).value();
        const ServiceContext context{served, std::make_shared<SystemClock>(), &serverEvents};
        server = std::make_unique<hub::HubThread>(context);
        auto port = server->start(QHostAddress(QHostAddress::LocalHost), 0);
        if (!port)
            return fail(port.error().message);
        const auto address =
            client::ServerAddress::parse(QStringLiteral("http://127.0.0.1:%1").arg(*port)).value();
        auto token = AuthService(context, std::chrono::hours(24)).issueToken(instructor);
        if (!token)
            return fail(token.error().message);
        if (auto kept = client::KeptSignIn(address.url).keep(token->token); !kept)
            return fail(kept.error().message);
        Database::releaseThreadConnections();
        where = {QStringLiteral("--server"), address.url.toString()};
    }

    QList<double> launches;
    for (int run = 0; run < runs; ++run) {
        QProcess console;
        QElapsedTimer launched;
        launched.start();
        console.start(QStringLiteral(LECTERN_CONSOLE_PATH),
                      where + QStringList{QStringLiteral("--exit-when-ready")});
        if (!console.waitForFinished(30'000) || console.exitCode() != 0) {
            console.kill();
            console.waitForFinished();
            return fail(QStringLiteral("the console did not start: ") +
                        QString::fromLocal8Bit(console.readAllStandardError()));
        }
        launches << launched.nsecsElapsed() / 1e6;
    }
    std::ranges::sort(launches);
    out() << (parser.isSet(QStringLiteral("hub")) ? "signed in to a hub on loopback, " : "")
          << "cold start to a window with its sessions (" << runs << " runs): median "
          << qRound(launches.at(launches.size() / 2)) << " ms, fastest " << qRound(launches.first())
          << " ms, slowest " << qRound(launches.last()) << " ms" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The console's speed and memory goals."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("chat or startup"));
    parser.addOptions({
        {QStringLiteral("history"),
         QStringLiteral("chat: messages already in the session (100000)."), QStringLiteral("N"),
         QStringLiteral("100000")},
        {QStringLiteral("rate"), QStringLiteral("chat: new messages per second (1000)."),
         QStringLiteral("N"), QStringLiteral("1000")},
        {QStringLiteral("seconds"), QStringLiteral("chat: how long they arrive (10)."),
         QStringLiteral("S"), QStringLiteral("10")},
        {QStringLiteral("runs"), QStringLiteral("startup: how many launches (5)."),
         QStringLiteral("N"), QStringLiteral("5")},
        {QStringLiteral("hub"),
         QStringLiteral("The console signs in to a hub on loopback (a server on a thread of its "
                        "own) instead of running the services in process.")},
    });
    parser.process(app);
    const QStringList mode = parser.positionalArguments();
    if (mode.size() != 1 || (mode.first() != u"chat" && mode.first() != u"startup"))
        return fail(QStringLiteral("say chat or startup; see --help"));
    const int code = mode.first() == u"chat" ? runChat(parser) : runStartup(parser);
    QThreadPool::globalInstance()->waitForDone();
    return code;
}
