#include "mainwindow.h"
#include "services/userservice.h"
#include "signin/signindialog.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

using namespace lectern;

int main(int argc, char** argv) {
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
    parser.process(app);

    auto url = parser.isSet(databaseOption) ? DatabaseUrl::parse(parser.value(databaseOption))
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
    auto hasUsers = UserService(context).hasAnyUser();
    if (!hasUsers) {
        QMessageBox::critical(nullptr, QObject::tr("Lectern"), hasUsers.error().message);
        return 1;
    }
    ui::SignInDialog signIn(context, *hasUsers ? ui::SignInDialog::Mode::SignIn
                                               : ui::SignInDialog::Mode::FirstAccount);
    if (signIn.exec() != QDialog::Accepted || !signIn.user())
        return 0;

    ui::MainWindow window(context, *signIn.user());
    window.show();
    return app.exec();
}
