#include "startup.h"

#include "signin/signindialog.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lectern::console {
namespace {

// The answer of `future`, with events flowing meanwhile (an answer from a server comes
// through this thread's event loop).
template <typename T> T awaited(QFuture<T> future) {
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

} // namespace

void installTranslations(QApplication& app, const QString& language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    // Lectern's own strings are built into the program; Qt's (standard buttons, dialogs)
    // come with Qt.
    auto* lectern = new QTranslator(&app);
    if (lectern->load(locale, QStringLiteral("lectern"), QStringLiteral("_"),
                      QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(lectern);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

Result<DatabaseUrl> chooseDatabase(const QString& commandLine) {
    if (!commandLine.isEmpty())
        return DatabaseUrl::parse(commandLine);
    return DatabaseUrl::fromEnvironmentOrEmbedded();
}

Result<std::optional<User>> signIn(client::SignIn& door, ui::ConsoleSettings& settings,
                                   const QUrl& server) {
    if (auto kept = awaited(door.recall()))
        return kept;
    auto hasUsers = awaited(door.hasAnyUser());
    if (!hasUsers)
        return std::unexpected(hasUsers.error());
    ui::SignInDialog dialog(door, *hasUsers ? ui::SignInDialog::Mode::SignIn
                                            : ui::SignInDialog::Mode::FirstAccount);
    dialog.setEmail(settings.lastEmail);
    if (dialog.exec() != QDialog::Accepted || !dialog.user())
        return std::optional<User>();
    settings.lastEmail = dialog.user()->email;
    // A certificate trusted at sign-in is trusted at the next start too.
    if (const QByteArray trusted = door.trustedCertificate(); !trusted.isEmpty())
        settings.trustCertificate(server, trusted);
    settings.save();
    return dialog.user();
}

} // namespace lectern::console
