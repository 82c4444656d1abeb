#include "cliserve.h"

#include "clioutput.h"
#include "hub/hubserver.h"
#include "servercli.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace lectern::cli {

int serve(const QStringList& arguments) {
    CommandLine command(QStringLiteral("serve"),
                        QStringLiteral("Serves the REST API for students' browsers and other "
                                       "consoles until stopped."));
    command.parser().addOptions(
        {{QStringLiteral("port"), QStringLiteral("TCP port (default 8080)."), QStringLiteral("N"),
          QStringLiteral("8080")},
         {QStringLiteral("bind"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
          QStringLiteral("ADDR"), QStringLiteral("127.0.0.1")}});
    if (auto stop = command.parse(arguments))
        return *stop;
    bool isNumber = false;
    const uint port = command.parser().value(QStringLiteral("port")).toUInt(&isNumber);
    if (!isNumber || port > 65535)
        return usageError(QStringLiteral("--port takes a number from 0 to 65535"));
    const QHostAddress address(command.parser().value(QStringLiteral("bind")));
    if (address.isNull())
        return usageError(QStringLiteral("--bind takes an IP address, such as 127.0.0.1"));

    auto services = command.openServices();
    if (!services)
        return fail(services.error());
    EventBus events;
    services->events = &events;
    hub::HubServer hub(*services);
    auto listening = hub.listen(address, static_cast<quint16>(port));
    if (!listening)
        return fail(listening.error());
    printLine(QStringLiteral("Lectern hub on http://%1:%2/ (database %3)")
                  .arg(address.toString())
                  .arg(*listening)
                  .arg(services->database->url().displayString()));
    return QCoreApplication::exec();
}

} // namespace lectern::cli
