#include "demo/democlass.h"
#include "live/livetab.h"
#include "mainwindow.h"
#include "moderation/chatfeed.h"
#include "moderation/moderationtab.h"
#include "polls/pollstab.h"
#include "recordings/recordingstab.h"
#include "schedule/scheduletab.h"
#include "schedule/sessioneditor.h"
#include "services/userservice.h"
#include "signin/signindialog.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>

using namespace lectern;

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
    QApplication::setDesktopFileName(QStringLiteral("lectern"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The Lectern console for running live classes."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("Database URL: sqlite:///path or postgresql://user@host/db (default: "
                       "$LECTERN_DATABASE_URL, else the embedded file)."),
        QStringLiteral("URL"));
    parser.addOption(databaseOption);
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
    parser.process(app);

    // The demo's database lives in a directory that goes when the console closes.
    std::unique_ptr<QTemporaryDir> demoDirectory;
    if (parser.isSet(demoOption))
        demoDirectory = std::make_unique<QTemporaryDir>();
    auto url = demoDirectory
                   ? DatabaseUrl::parse(QStringLiteral("sqlite://") +
                                        demoDirectory->filePath(QStringLiteral("demo.sqlite")))
               : parser.isSet(databaseOption) ? DatabaseUrl::parse(parser.value(databaseOption))
                                              : DatabaseUrl::fromEnvironmentOrEmbedded();
    auto database = url ? Database::open(*url)
                        : Result<std::shared_ptr<Database>>(std::unexpected(url.error()));
    if (!database) {
        QMessageBox::critical(
            nullptr, QObject::tr("Lectern"),
            QObject::tr("Lectern cannot open its database.\n\n%1").arg(database.error().message));
        return 1;
    }

    EventBus events;
    ServiceContext context{*database, std::make_shared<SystemClock>(), &events};
    std::optional<User> user;
    if (demoDirectory) {
        auto demo = seedDemoClass(*database, QDateTime::currentDateTimeUtc());
        if (!demo) {
            QMessageBox::critical(
                nullptr, QObject::tr("Lectern"),
                QObject::tr("The demo class could not be made.\n\n%1").arg(demo.error().message));
            return 1;
        }
        user = demo->instructor;
    } else {
        auto hasUsers = UserService(context).hasAnyUser();
        if (!hasUsers) {
            QMessageBox::critical(nullptr, QObject::tr("Lectern"), hasUsers.error().message);
            return 1;
        }
        ui::SignInDialog signIn(context, *hasUsers ? ui::SignInDialog::Mode::SignIn
                                                   : ui::SignInDialog::Mode::FirstAccount);
        if (signIn.exec() != QDialog::Accepted || !signIn.user())
            return 0;
        user = signIn.user();
    }

    // The demo's accounts all have the password "demo": its hub stays on this machine.
    ui::HubPlacement hub;
    if (demoDirectory)
        hub.address = QHostAddress(QHostAddress::LocalHost);
    ui::MainWindow window(context, *user, hub);
    if (parser.isSet(screenshotsOption)) {
        const QDir directory(parser.value(screenshotsOption));
        if (!directory.mkpath(QStringLiteral("."))) {
            QMessageBox::critical(nullptr, QObject::tr("Lectern"),
                                  QObject::tr("Cannot write to %1").arg(directory.path()));
            return 1;
        }
        window.resize(1366, 768);
        // The tabs load off the UI thread; they are pictured once every one has its data.
        auto waiting = std::make_shared<int>(6);
        const auto save = [directory](QWidget* widget, const QString& name) {
            const QString file = directory.filePath(name + u".png");
            if (!widget->grab().save(file))
                qWarning("Cannot save %s", qPrintable(file));
        };
        // Last, the new-session dialog over the schedule; then quit.
        QObject::connect(window.scheduleTab(), &ui::ScheduleTab::editorOpened, &app,
                         [save](ui::SessionEditor* editor) {
                             QTimer::singleShot(100, editor, [save, editor] {
                                 save(editor, QStringLiteral("schedule-new-session"));
                                 QCoreApplication::quit();
                             });
                         });
        const auto pictureAll = [&window, save, waiting] {
            if (--*waiting > 0)
                return;
            const QStringList names{QStringLiteral("schedule"), QStringLiteral("live"),
                                    QStringLiteral("moderation"), QStringLiteral("polls"),
                                    QStringLiteral("recordings")};
            for (int tab = 0; tab < window.tabs()->count(); ++tab) {
                window.tabs()->setCurrentIndex(tab);
                save(&window, names.value(tab));
            }
            window.tabs()->setCurrentWidget(window.scheduleTab());
            window.scheduleTab()->newSession();
        };
        QObject::connect(window.scheduleTab(), &ui::ScheduleTab::loaded, &app, pictureAll,
                         Qt::SingleShotConnection);
        QObject::connect(window.liveTab(), &ui::LiveTab::loaded, &app, pictureAll,
                         Qt::SingleShotConnection);
        QObject::connect(window.moderationTab(), &ui::ModerationTab::questionsLoaded, &app,
                         pictureAll, Qt::SingleShotConnection);
        QObject::connect(window.moderationTab()->feed(), &ui::ChatFeed::appended, &app, pictureAll,
                         Qt::SingleShotConnection);
        QObject::connect(window.pollsTab(), &ui::PollsTab::detailShown, &app, pictureAll,
                         Qt::SingleShotConnection);
        QObject::connect(window.recordingsTab(), &ui::RecordingsTab::sessionLoaded, &app,
                         pictureAll, Qt::SingleShotConnection);
    }
    window.show();
    const int exitCode = app.exec();
    // Worker threads keep a database connection each; they must end while Qt's SQL registry
    // still exists, not among the static destructors after main().
    QThreadPool::globalInstance()->waitForDone();
    return exitCode;
}
