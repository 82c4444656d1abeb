#include "servercli.h"

#include <QCoreApplication>

int main(int argc, char** argv) {
    // Qt's GLib event loop looks socket notifiers up in lists: with thousands of students'
    // sockets that search is most of the hub's time. Qt's own loop keys them by descriptor.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lectern"));
    QCoreApplication::setOrganizationName(QStringLiteral("lectern"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
    return lectern::cli::run(QCoreApplication::arguments());
}
