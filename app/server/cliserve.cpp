#include "cliserve.h"

#include "clioutput.h"
#include "hub/connection/openfilelimit.h"
#include "hub/connection/tlsfiles.h"
#include "hub/hubserver.h"
#include "servercli.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace lectern::cli {
namespace {

// Descriptors the process needs besides its clients: database, log, listening socket.
constexpr long reservedFiles = 64;

// The option's value when it is a whole number from `lowest` to `highest`.
std::optional<int> numberOption(const QCommandLineParser& options, const QString& name, int lowest,
                                int highest) {
    bool isNumber = false;
    const int value = options.value(name).toInt(&isNumber);
    if (!isNumber || value < lowest || value > highest)
        return std::nullopt;
    return value;
}

} // namespace

int serve(const QStringList& arguments) {
    CommandLine command(QStringLiteral("serve"),
                        QStringLiteral("Serves the REST API, the live channel and the participant "
                                       "page for students' browsers and other consoles until "
                                       "stopped."));
    command.parser().addOptions(
        {{QStringLiteral("port"), QStringLiteral("TCP port (default 8080)."), QStringLiteral("N"),
          QStringLiteral("8080")},
         {QStringLiteral("bind"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
          QStringLiteral("ADDR"), QStringLiteral("127.0.0.1")},
         {QStringLiteral("max-connections"),
          QStringLiteral("Open connections allowed at once, WebSockets included (default 1000); "
                         "the next is answered 503."),
          QStringLiteral("N"), QStringLiteral("1000")},
         {QStringLiteral("max-connections-per-address"),
          QStringLiteral("Open connections allowed from one address (default 50; 0 for no cap, "
                         "as behind a reverse proxy); the next is answered 429."),
          QStringLiteral("N"), QStringLiteral("50")},
         {QStringLiteral("max-live-per-user"),
          QStringLiteral("Live-channel sockets one user may hold open at once (default 4)."),
          QStringLiteral("N"), QStringLiteral("4")},
         {QStringLiteral("presence-grace"),
          QStringLiteral("Seconds a student's attendance still runs after their last live "
                         "channel dropped, for a reconnect (default 60)."),
          QStringLiteral("SECONDS"), QStringLiteral("60")},
         {QStringLiteral("server-name"),
          QStringLiteral("A name clients reach the hub by (the Host header), besides the bound "
                         "address; repeat for several."),
          QStringLiteral("NAME")},
         {QStringLiteral("tls-cert"),
          QStringLiteral("PEM certificate (chain) to serve HTTPS and WSS with; needs --tls-key."),
          QStringLiteral("FILE")},
         {QStringLiteral("tls-key"), QStringLiteral("The certificate's unencrypted PEM key."),
          QStringLiteral("FILE")}});
    if (auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser& options = command.parser();
    bool isNumber = false;
    const uint port = options.value(QStringLiteral("port")).toUInt(&isNumber);
    if (!isNumber || port > 65535)
        return usageError(QStringLiteral("--port takes a number from 0 to 65535"));
    const QHostAddress address(options.value(QStringLiteral("bind")));
    if (address.isNull())
        return usageError(QStringLiteral("--bind takes an IP address, such as 127.0.0.1"));
    hub::HubConfig config;
    const auto maxConnections =
        numberOption(options, QStringLiteral("max-connections"), 1, 1'000'000);
    if (!maxConnections)
        return usageError(QStringLiteral("--max-connections takes a number from 1 to 1000000"));
    config.connections.maxConnections = *maxConnections;
    const auto perAddress =
        numberOption(options, QStringLiteral("max-connections-per-address"), 0, 1'000'000);
    if (!perAddress)
        return usageError(
            QStringLiteral("--max-connections-per-address takes a number from 0 to 1000000"));
    config.connections.maxConnectionsPerAddress = *perAddress;
    const auto perUser = numberOption(options, QStringLiteral("max-live-per-user"), 1, 1000);
    if (!perUser)
        return usageError(QStringLiteral("--max-live-per-user takes a number from 1 to 1000"));
    config.live.maxSocketsPerUser = *perUser;
    const auto grace = numberOption(options, QStringLiteral("presence-grace"), 1, 3600);
    if (!grace)
        return usageError(
            QStringLiteral("--presence-grace takes a number of seconds from 1 to 3600"));
    config.live.presenceGrace = std::chrono::seconds(*grace);
    for (const QString& name : options.values(QStringLiteral("server-name"))) {
        if (name.trimmed().isEmpty() || name.contains(u':') || name.contains(u'/'))
            return usageError(QStringLiteral("--server-name takes a host name such as "
                                             "class.example.org, without scheme or port"));
        config.serverNames.append(name.trimmed().toLower());
    }
    const bool certGiven = options.isSet(QStringLiteral("tls-cert"));
    if (certGiven != options.isSet(QStringLiteral("tls-key")))
        return usageError(QStringLiteral("--tls-cert and --tls-key go together"));
    if (certGiven) {
        auto tls = hub::tlsFromPemFiles(options.value(QStringLiteral("tls-cert")),
                                        options.value(QStringLiteral("tls-key")));
        if (!tls)
            return fail(tls.error());
        config.tls = *tls;
    }
    const long openFiles = hub::raiseOpenFileLimit();
    if (openFiles >= 0 && openFiles < config.connections.maxConnections + reservedFiles)
        printWarning(QStringLiteral("this process may open %1 files, fewer than "
                                    "--max-connections %2 needs; raise `ulimit -n`")
                         .arg(openFiles)
                         .arg(config.connections.maxConnections));

    auto services = command.openServices();
    if (!services)
        return fail(services.error());
    EventBus events;
    services->events = &events;
    hub::HubServer hub(*services, config);
    auto listening = hub.listen(address, static_cast<quint16>(port));
    if (!listening)
        return fail(listening.error());
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + address.toString() + u']'
                             : address.toString();
    printLine(QStringLiteral("Lectern hub on %1://%2:%3/ (database %4)")
                  .arg(certGiven ? QStringLiteral("https") : QStringLiteral("http"), host)
                  .arg(*listening)
                  .arg(services->database->url().displayString()));
    return QCoreApplication::exec();
}

} // namespace lectern::cli
