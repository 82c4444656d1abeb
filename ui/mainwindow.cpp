#include "mainwindow.h"

#include "client/consoleapi.h"
#include "live/livetab.h"
#include "moderation/chatpanel.h"
#include "moderation/questionpanel.h"
#include "polls/pollstab.h"
#include "recordings/recordingstab.h"
#include "reminders/sessionreminders.h"
#include "reports/reportstab.h"
#include "schedule/scheduletab.h"
#include "settings/agorakeysdialog.h"
#include "settings/settingsdialog.h"
#include "whendone.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>

namespace lectern::ui {

MainWindow::MainWindow(client::ConsoleApi& api, QWidget* parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_tabs(new QTabWidget(this))
    , m_schedule(new ScheduleTab(m_api, m_tabs))
    , m_live(new LiveTab(m_api, m_tabs))
    , m_polls(new PollsTab(m_api, m_tabs))
    , m_recordings(new RecordingsTab(m_api, m_tabs))
    , m_reminders(new SessionReminders(m_api, this)) {
    setWindowTitle(tr("Lectern"));
    m_tabs->addTab(m_schedule, tr("&Schedule"));
    m_tabs->addTab(m_live, tr("&Live"));
    m_tabs->addTab(m_polls, tr("&Polls"));
    m_tabs->addTab(m_recordings, tr("&Recordings && attendance"));
    if (m_api.user().runsCourses()) {
        m_reports = new ReportsTab(m_api, m_tabs);
        m_tabs->addTab(m_reports, tr("Repor&ts"));
        connect(m_reports, &ReportsTab::notice, this,
                [this](const QString& message) { statusBar()->showMessage(message, 10'000); });
    }
    // A class that ends is looked at next for its attendance.
    connect(m_live, &LiveTab::sessionEnded, this, [this](Id sessionId) {
        m_recordings->showSession(sessionId);
        m_tabs->setCurrentWidget(m_recordings);
    });
    // The other tabs work on the session the Live tab shows.
    connect(m_live, &LiveTab::loaded, this, [this] { m_polls->follow(m_live->session()); });
    connect(m_live, &LiveTab::agoraJoinReady, this, [this](const AgoraJoin& join) {
        statusBar()->showMessage(
            tr("Copied the app id, channel %1 and a token for your Agora client; the token "
               "lasts until %2.")
                .arg(join.channel, QLocale().toString(join.expiresAt.toLocalTime().time(),
                                                      QStringLiteral("HH:mm"))),
            60'000);
    });
    connect(m_polls, &PollsTab::notice, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10'000); });
    connect(m_live->chatPanel(), &ChatPanel::notice, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10'000); });
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    createMenus();

    // Kept in a corner of its own: notices come and go over the rest of the bar.
    auto* signedIn = new QLabel(tr("Signed in as %1 (%2) · %3")
                                    .arg(m_api.user().name, m_api.user().email, m_api.placeText()),
                                this);
    signedIn->setAccessibleName(tr("Signed in as"));
    statusBar()->addPermanentWidget(signedIn);
    connect(m_schedule, &ScheduleTab::notice, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10'000); });
    connect(m_schedule, &ScheduleTab::wentLive, this, [this] {
        m_live->reload();
        m_tabs->setCurrentWidget(m_live);
    });
    createTrayIcon();
    showReachability();
    connect(&m_api, &client::ConsoleApi::signInEnded, this, &MainWindow::askToSignInAgain);
    connect(m_reminders, &SessionReminders::remind, this, &MainWindow::showReminder);
    m_reminders->check();
    resize(1100, 700);
    m_schedule->reload();
    m_live->reload();
    m_recordings->reloadSessions();
    if (m_reports)
        m_reports->reloadCourses();
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* refresh = file->addAction(tr("&Refresh"), this, [this] {
        m_schedule->reload();
        m_live->reload();
        m_recordings->reloadSessions();
        if (m_reports)
            m_reports->reloadCourses();
    });
    refresh->setShortcut(QKeySequence(Qt::Key_F5)); // not Ctrl+R: that replies in the chat
    refresh->setToolTip(tr("Read the sessions and the live roster again (%1)")
                            .arg(refresh->shortcut().toString(QKeySequence::NativeText)));
    file->addSeparator();
    // Only those who keep the keys see them (on a server, its admins).
    if (m_api.maySetAgoraKeys())
        file->addAction(tr("&Agora keys…"), this, &MainWindow::showAgoraKeys);
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* session = menuBar()->addMenu(tr("S&ession"));
    session->addActions(m_schedule->sessionActions());
    // The schedule's actions work from any tab through the menu: show the schedule first.
    for (QAction* action : m_schedule->sessionActions()) {
        connect(action, &QAction::triggered, this, [this] {
            if (m_tabs->currentWidget() != m_schedule)
                m_tabs->setCurrentWidget(m_schedule);
        });
    }

    QMenu* live = menuBar()->addMenu(tr("&In class"));
    live->addAction(m_live->focusChatAction());
    connect(m_live->focusChatAction(), &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_live);
        m_live->chatPanel()->focusInput();
    });
    live->addAction(m_live->presentAction());
    live->addSeparator();
    live->addActions(m_live->chatPanel()->messageActions());
    live->addSeparator();
    live->addActions(m_live->questionPanel()->questionActions());
    live->addSeparator();
    live->addActions(m_polls->pollActions());
    live->addActions(m_polls->draftActions());
    // A poll is started from anywhere; it is watched on its tab.
    for (QAction* action : m_polls->pollActions() + m_polls->draftActions()) {
        connect(action, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_polls); });
    }

    if (m_reports) {
        // The reports' commands from anywhere (their keys are no one else's): the tab they
        // work on is shown.
        QMenu* reports = menuBar()->addMenu(tr("Rep&orts"));
        reports->addActions(m_reports->actions());
        for (QAction* action : m_reports->actions()) {
            action->setShortcutContext(Qt::WindowShortcut);
            connect(action, &QAction::triggered, this,
                    [this] { m_tabs->setCurrentWidget(m_reports); });
        }
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lectern"), this, &MainWindow::showAbout);
}

void MainWindow::createTrayIcon() {
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(tr("Lectern — %1").arg(m_api.user().name));
    auto* menu = new QMenu(this);
    menu->addAction(tr("&Show Lectern"), this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    menu->addSeparator();
    menu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason why) {
                if (why == QSystemTrayIcon::Trigger) {
                    showNormal();
                    activateWindow();
                }
            });
    // A click on a reminder shows its session on the schedule.
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showNormal();
        activateWindow();
        m_tabs->setCurrentWidget(m_schedule);
    });
    m_tray->show();
}

void MainWindow::showReminder(const QString& title, const QString& message, Id sessionId) {
    if (m_tray)
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 60'000);
    statusBar()->showMessage(message, 10 * 60'000);
    QApplication::alert(this);
    m_schedule->selectSession(sessionId);
}

void MainWindow::showReachability() {
    auto* away = new QLabel(this);
    away->setAccessibleName(tr("Server status"));
    away->setStyleSheet(QStringLiteral("color: #b02020; font-weight: bold"));
    away->hide();
    statusBar()->addPermanentWidget(away);
    connect(&m_api, &client::ConsoleApi::reachabilityChanged, this,
            [this, away](bool reachable, const QString& detail) {
                if (reachable == away->isHidden())
                    return;
                away->setVisible(!reachable);
                if (!reachable) {
                    // What is typed stays where it is; saving tells why it cannot yet.
                    away->setText(tr("⚠ Out of reach of the server, retrying"));
                    away->setToolTip(detail);
                } else {
                    statusBar()->showMessage(tr("Back in touch with the server."), 10'000);
                }
            });
}

void MainWindow::askToSignInAgain(const QString& reason) {
    if (m_askedToSignIn)
        return;
    m_askedToSignIn = true;
    QMessageBox::information(this, tr("Sign in again"),
                             tr("The server no longer takes your sign-in: %1\n\nSign in again "
                                "to go on.")
                                 .arg(reason));
    // The next person to use the console (most likely the same) signs in afresh.
    Q_EMIT signedOut();
}

void MainWindow::showAgoraKeys() {
    auto* dialog = new AgoraKeysDialog(m_api, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AgoraKeysDialog::changed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10'000); });
    dialog->open();
}

void MainWindow::showSettings() {
    SettingsDialog dialog(ConsoleSettings::load(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConsoleSettings settings = dialog.settings();
    settings.save();
    Q_EMIT settingsSaved(settings);
    statusBar()->showMessage(
        tr("Settings saved. The database and language change when Lectern starts again."), 10'000);
}

client::ConsoleApi& MainWindow::api() const {
    return m_api;
}

void MainWindow::signOut() {
    // The remembered sign-in goes too, so the next start asks again.
    whenDone(this, m_api.signOut(), [this] { Q_EMIT signedOut(); });
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Lectern"),
                       tr("<p><b>Lectern</b> %1</p><p>The console for running live classes: "
                          "schedule, go live, chat, Q&amp;A, polls, recordings and attendance.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace lectern::ui
