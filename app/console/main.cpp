#include "automation.h"
#include "client/hub/hubsignin.h"
#include "client/local/localconsole.h"
#include "client/local/localsignin.h"
#include "demo/democlass.h"
#include "mainwindow.h"
#include "settings/consolesettings.h"
#include "startup.h"
#include "storage/database.h"
#include "sync/teamsync.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QThreadPool>

using namespace lectern;

namespace {
// The exit code of the event loop when the user signs out (the next person signs in).
constexpr int signOutExitCode = 64;

int fail(const QString& message) {
    QMessageBox::critical(nullptr, QObject::tr("Lectern"), message);
    return 1;
}
} // namespace

int main(int argc, char** argv) {
    // Qt Multimedia's GStreamer backend plays what the desktop's codecs play.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lectern"));
    QApplication::setOrganizationName(QStringLiteral("lectern"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lectern"));
    QApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/lectern/icons/lectern.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.lectern.Lectern")); // packaging/

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The Lectern console for running live classes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("Keep classes in this database instead of on a server: sqlite:///path, or "
                       "postgresql://user@host/db for an admin on the server itself (default: "
                       "$LECTERN_DATABASE_URL, else the embedded file)."),
        QStringLiteral("URL"));
    parser.addOption(databaseOption);
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral("Sign in to the Lectern server at URL (default: the one in Settings)."),
        QStringLiteral("URL"));
    parser.addOption(serverOption);
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Open a throw-away database with a course in mid-term (past sessions, a "
                       "live one, upcoming ones), signed in as its instructor."));
    parser.addOption(demoOption);
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QStringLiteral("Save a PNG of each tab at 1366x768 into DIR, then quit."),
        QStringLiteral("DIR"));
    parser.addOption(screenshotsOption);
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QStringLiteral("Show the console in LANGUAGE (en, de) instead of the one in Settings."),
        QStringLiteral("LANGUAGE"));
    parser.addOption(languageOption);
    const QCommandLineOption exitWhenReadyOption(
        QStringLiteral("exit-when-ready"),
        QStringLiteral("For measurements: quit as soon as the window shows its sessions."));
    parser.addOption(exitWhenReadyOption);
    parser.process(app);

    ui::ConsoleSettings settings = ui::ConsoleSettings::load();
    console::installTranslations(app, parser.isSet(languageOption) ? parser.value(languageOption)
                                                                   : settings.language);

    // On the server in Settings, unless told to keep classes here (a database given, or the
    // demo); --server names one for this run.
    const QString serverUrl =
        parser.isSet(serverOption) ? parser.value(serverOption) : settings.serverUrl;
    const bool onAServer = !serverUrl.isEmpty() && !parser.isSet(demoOption) &&
                           !parser.isSet(databaseOption) &&
                           qEnvironmentVariableIsEmpty("LECTERN_DATABASE_URL");

    std::unique_ptr<QTemporaryDir> demoDirectory; // the demo's database goes when it closes
    std::shared_ptr<Database> database;
    EventBus events;
    std::unique_ptr<hub::TeamSync> teamSync;
    std::optional<User> demoUser;
    std::unique_ptr<client::SignIn> door;
    QUrl serverAddress; // the server signed in to, if any
    if (onAServer) {
        auto address = client::ServerAddress::parse(serverUrl);
        if (!address)
            return fail(address.error().message);
        address->pinnedSha256 = settings.certificateFor(address->url);
        serverAddress = address->url;
        door = std::make_unique<client::HubSignIn>(*address);
    } else {
        if (parser.isSet(demoOption))
            demoDirectory = std::make_unique<QTemporaryDir>();
        auto url = demoDirectory
                       ? DatabaseUrl::parse(QStringLiteral("sqlite://") +
                                            demoDirectory->filePath(QStringLiteral("demo.sqlite")))
                       : console::chooseDatabase(parser.value(databaseOption));
        auto opened = url ? Database::open(*url)
                          : Result<std::shared_ptr<Database>>(std::unexpected(url.error()));
        if (!opened)
            return fail(
                QObject::tr("Lectern cannot open its database.\n\n%1").arg(opened.error().message));
        database = *opened;
        ServiceContext context{database, std::make_shared<SystemClock>(), &events};
        // PostgreSQL direct (an admin on the server itself): what others change shows at once.
        if (database->dialect() == Dialect::Postgres) {
            teamSync = std::make_unique<hub::TeamSync>(context);
            if (auto listening = teamSync->start(); !listening) {
                QMessageBox::warning(nullptr, QObject::tr("Lectern"),
                                     QObject::tr("Changes made by your team will not show until "
                                                 "you refresh (F5).\n\n%1")
                                         .arg(listening.error().message));
                teamSync.reset();
            }
        }
        if (demoDirectory) {
            auto demo = seedDemoClass(database, QDateTime::currentDateTimeUtc());
            if (!demo)
                return fail(QObject::tr("The demo class could not be made.\n\n%1")
                                .arg(demo.error().message));
            demoUser = demo->instructor;
        }
        // The demo's accounts all have the password "demo": its hub stays on this machine.
        client::HubPlacement hub = settings.hubPlacement();
        if (demoDirectory)
            hub.address = QHostAddress(QHostAddress::LocalHost);
        door = std::make_unique<client::LocalSignIn>(context, hub);
    }

    int exitCode = 0;
    // Signing out closes the window and asks who signs in next.
    for (;;) {
        std::optional<User> user = demoUser;
        if (!user) {
            auto signedIn = console::signIn(*door, settings, serverAddress);
            if (!signedIn)
                return fail(signedIn.error().message);
            if (!*signedIn)
                break;
            user = *signedIn;
        }
        const std::unique_ptr<client::ConsoleApi> api = door->open(*user);
        ui::MainWindow window(*api);
        QObject::connect(&window, &ui::MainWindow::signedOut, &app,
                         [] { QCoreApplication::exit(signOutExitCode); });
        // Where the participant page is served from changes with the settings.
        if (auto* local = qobject_cast<client::LocalConsole*>(api.get()))
            QObject::connect(&window, &ui::MainWindow::settingsSaved, local,
                             [local](const ui::ConsoleSettings& saved) {
                                 local->setHubPlacement(saved.hubPlacement());
                             });
        if (parser.isSet(screenshotsOption)) {
            const QDir directory(parser.value(screenshotsOption));
            if (!directory.mkpath(QStringLiteral(".")))
                return fail(QObject::tr("Cannot write to %1").arg(directory.path()));
            console::pictureEachTab(window, directory);
        }
        if (parser.isSet(exitWhenReadyOption))
            console::exitWhenReady(window);
        window.show();
        exitCode = app.exec();
        if (exitCode != signOutExitCode || demoUser)
            break;
        exitCode = 0;
    }
    // Worker threads keep a database connection each; they must end while Qt's SQL registry
    // still exists, not among the static destructors after main().
    QThreadPool::globalInstance()->waitForDone();
    return exitCode;
}
