// lectern-load: drives a real lectern-server on loopback with many participants and reports
// delivery latency and throughput. It seeds its own throw-away database (SQLite; PostgreSQL
// at LECTERN_TEST_DATABASE_URL with LECTERN_TEST_BACKEND=postgres) and starts its own hub, so
// it never touches a real class. Bounded: at most 20,000 participants, 2,000 messages/s,
// 1,000 REST clients and 120 s.

#include "chatload.h"
#include "hubclients.h"
#include "latency.h"
#include "loadclass.h"
#include "platform/epolleventdispatcher.h"
#include "restload.h"
#include "serverprocess.h"
#include "servicefixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace lectern;

namespace {

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

int boundedOption(const QCommandLineParser& parser, const QString& name, int low, int high) {
    bool isNumber = false;
    const int value = parser.value(name).toInt(&isNumber);
    if (!isNumber || value < low || value > high) {
        QTextStream(stderr) << "lectern-load: --" << name << " takes a number from " << low
                            << " to " << high << Qt::endl;
        std::exit(2);
    }
    return value;
}

// A seeded class, a hub serving it and every student signed in.
struct Prepared {
    load::LoadClass seeded;
    test::ServerProcess hub{QStringLiteral(LECTERN_SERVER_PATH)};
    std::unique_ptr<load::HubClients> clients;
    QStringList tokens;
};

std::unique_ptr<Prepared> prepare(test::ServiceFixture& fixture, int students, int connections) {
    auto run = std::make_unique<Prepared>();
    run->seeded = load::seedLoadClass(fixture, students);
    QString problem;
    if (!run->hub.start(fixture.testDatabase().url().toString(),
                        // Every simulated student connects from 127.0.0.1.
                        {QStringLiteral("--max-connections"), QString::number(students + 200),
                         QStringLiteral("--max-connections-per-address"), QStringLiteral("0")},
                        &problem)) {
        QTextStream(stderr) << "lectern-load: " << problem << Qt::endl;
        return nullptr;
    }
    run->clients = std::make_unique<load::HubClients>(run->hub.port(), connections);
    run->tokens = run->clients->signIn(run->seeded.studentEmails, run->seeded.password, 8);
    return run;
}

int runChat(const QCommandLineParser& parser, test::ServiceFixture& fixture) {
    load::ChatLoadOptions options;
    options.participants = boundedOption(parser, QStringLiteral("participants"), 1, 20'000);
    options.messagesPerSecond = boundedOption(parser, QStringLiteral("rate"), 1, 2'000);
    options.seconds = boundedOption(parser, QStringLiteral("seconds"), 1, 120);

    auto run = prepare(fixture, options.participants, std::min(options.participants, 64));
    if (!run)
        return 1;
    test::ServerProcess& hub = run->hub;
    double cpuBefore = 0;
    load::ChatLoadResult result =
        load::runChatLoad(hub.port(), run->seeded.live.session.id, run->tokens, *run->clients,
                          options, [&] { cpuBefore = hub.cpuSeconds(); });
    const load::LatencySummary latency = load::LatencySummary::of(std::move(result.latencyMicros));

    out() << "chat: " << options.participants << " participants, " << options.messagesPerSecond
          << " messages/s for " << options.seconds << " s on "
          << fixture.testDatabase().url().displayString() << "\n"
          << "  connected in " << QString::number(result.connectSeconds, 'f', 1) << " s\n"
          << "  sent " << result.sent << " (" << result.refused << " refused)\n"
          << "  delivered " << result.delivered << " of " << result.expected << " ("
          << qRound64(result.deliveriesPerSecond) << " frames/s)\n"
          << "  delivery latency: " << latency.describe() << "\n"
          << "  hub: peak memory " << QString::number(hub.peakMemoryMiB(), 'f', 0) << " MiB, CPU "
          << QString::number(hub.cpuSeconds() - cpuBefore, 'f', 1) << " s while chatting"
          << Qt::endl;
    return result.refused == 0 && result.delivered == result.expected ? 0 : 1;
}

int runRest(const QCommandLineParser& parser, test::ServiceFixture& fixture) {
    load::RestLoadOptions options;
    options.clients = boundedOption(parser, QStringLiteral("clients"), 1, 1'000);
    options.thinkMs = boundedOption(parser, QStringLiteral("think"), 0, 10'000);
    options.seconds = boundedOption(parser, QStringLiteral("seconds"), 1, 120);

    auto run = prepare(fixture, options.clients, options.clients);
    if (!run)
        return 1;
    test::ServerProcess& hub = run->hub;
    load::RestLoadResult result =
        load::runRestLoad(run->seeded.live.session.id, run->tokens, *run->clients, options);

    out() << "rest: " << options.clients << " clients, " << options.thinkMs
          << " ms between requests, for " << options.seconds << " s on "
          << fixture.testDatabase().url().displayString() << "\n"
          << "  " << result.requests << " requests (" << result.failed << " failed), "
          << qRound64(result.requestsPerSecond) << " requests/s\n"
          << "  latency: " << load::LatencySummary::of(std::move(result.latencyMicros)).describe()
          << "\n";
    for (auto it = result.latencyByRoute.begin(); it != result.latencyByRoute.end(); ++it)
        out() << "    " << it.key().leftJustified(32) << " "
              << load::LatencySummary::of(std::move(it.value())).describe() << "\n";
    out() << "  hub: peak memory " << QString::number(hub.peakMemoryMiB(), 'f', 0) << " MiB"
          << Qt::endl;
    return result.failed == 0 && result.requests > 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    // Thousands of sockets, as in lectern-server: see EpollEventDispatcher.
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Load generator for the Lectern hub (loopback only).\n"
                       "  chat: participants on the live channel while students chat\n"
                       "  rest: concurrent clients on the participant page's REST routes"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("chat or rest"));
    parser.addOptions({
        {QStringLiteral("participants"), QStringLiteral("chat: WebSocket participants (1000)."),
         QStringLiteral("N"), QStringLiteral("1000")},
        {QStringLiteral("rate"), QStringLiteral("chat: messages sent per second (100)."),
         QStringLiteral("N"), QStringLiteral("100")},
        {QStringLiteral("clients"), QStringLiteral("rest: concurrent clients (200)."),
         QStringLiteral("N"), QStringLiteral("200")},
        {QStringLiteral("think"),
         QStringLiteral("rest: ms each client waits between requests (100)."), QStringLiteral("MS"),
         QStringLiteral("100")},
        {QStringLiteral("seconds"), QStringLiteral("How long to send (10)."), QStringLiteral("S"),
         QStringLiteral("10")},
    });
    parser.process(app);
    const QStringList mode = parser.positionalArguments();
    if (mode.size() != 1 || (mode.first() != u"chat" && mode.first() != u"rest")) {
        QTextStream(stderr) << "lectern-load: say chat or rest; see --help" << Qt::endl;
        return 2;
    }
    auto database = test::TestDatabase::create();
    if (!database->database()) {
        QTextStream(stderr) << "lectern-load: no database: " << database->problem() << Qt::endl;
        return 1;
    }
    test::ServiceFixture fixture(std::move(database));
    return mode.first() == u"chat" ? runChat(parser, fixture) : runRest(parser, fixture);
}
