#include "platform/epolleventdispatcher.h"
#include "servercli.h"

#include <QCoreApplication>

int main(int argc, char** argv) {
    // Qt's own event loops cost a little per open socket on every turn; a large class has
    // thousands (see EpollEventDispatcher).
    QCoreApplication::setEventDispatcher(new lectern::EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lectern"));
    QCoreApplication::setOrganizationName(QStringLiteral("lectern"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
    return lectern::cli::run(QCoreApplication::arguments());
}
