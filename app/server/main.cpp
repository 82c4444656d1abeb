#include "platform/epolleventdispatcher.h"
#include "servercli.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <memory>

namespace {

bool isExport(int argc, char** argv) {
    return argc > 1 && qstrcmp(argv[1], "export") == 0;
}

// Exports lay out PDF pages, which needs fonts and so a QGuiApplication; on the offscreen
// platform it needs no display. It is given no arguments: it would take some of ours for
// itself (`--session` is X11 session management's). Every other command stays a plain
// QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv) {
    if (isExport(argc, argv)) {
        // Offscreen even over ssh with a display inherited: an export never opens a window.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt wants a private runtime folder and warns when the session has none (cron, ssh,
        // a service): lend it one for the run (QTemporaryDir makes it owner-only).
        static QTemporaryDir runtime;
        if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR") && runtime.isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        static int programOnly = 1;
        return std::make_unique<QGuiApplication>(programOnly, argv);
    }
    // Qt's own event loops cost a little per open socket on every turn; a large class has
    // thousands (see EpollEventDispatcher).
    QCoreApplication::setEventDispatcher(new lectern::EpollEventDispatcher);
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lectern"));
    QCoreApplication::setOrganizationName(QStringLiteral("lectern"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
    return lectern::cli::run(arguments);
}
