#include "client/hub/hubsignin.h"
#include "client/local/localsignin.h"
#include "client/local/rememberedsignin.h"
#include "client/serverprobe.h"
#include "domain/events.h"
#include "domain/importfile.h"
#include "hub/connection/tlsfiles.h"
#include "hub/hubserver.h"
#include "hubclient.h"
#include "live/joincodedialog.h"
#include "live/livetab.h"
#include "live/presentwindow.h"
#include "live/rostermodel.h"
#include "live/rosterpanel.h"
#include "mainwindow.h"
#include "moderation/chatfeed.h"
#include "moderation/chatmodel.h"
#include "moderation/chatpanel.h"
#include "moderation/questionmodel.h"
#include "moderation/questionpanel.h"
#include "platform/secretstore.h"
#include "polls/currentpollpanel.h"
#include "polls/pollchart.h"
#include "polls/polleditor.h"
#include "polls/pollstab.h"
#include "recordings/attendancehistorydialog.h"
#include "recordings/attendanceimportdialog.h"
#include "recordings/attendancetablemodel.h"
#include "recordings/recordingeditor.h"
#include "recordings/recordingplayer.h"
#include "recordings/recordingstab.h"
#include "recordings/recordingtablemodel.h"
#include "reminders/sessionreminders.h"
#include "reports/coursedashboardmodel.h"
#include "reports/reportstab.h"
#include "reports/rosterimportdialog.h"
#include "schedule/nextsessionbanner.h"
#include "schedule/scheduletab.h"
#include "schedule/sessioncommands.h"
#include "schedule/sessioneditor.h"
#include "schedule/sessiontablemodel.h"
#include "selfsigned.h"
#include "serverprocess.h"
#include "servicefixture.h"
#include "services/attendanceservice.h"
#include "services/chatservice.h"
#include "services/participationservice.h"
#include "services/pollservice.h"
#include "services/questionservice.h"
#include "services/recordingservice.h"
#include "services/sessionservice.h"
#include "settings/agorakeysdialog.h"
#include "settings/settingsdialog.h"
#include "signin/signindialog.h"
#include "sync/teamsync.h"
#include "tcprelay.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

using namespace lectern;

namespace {
// The hub a window runs while a session is live: loopback, on a free port.
const client::HubPlacement testHub{QHostAddress(QHostAddress::LocalHost), 0};

QLineEdit* field(QWidget* parent, const QString& name) {
    for (QLineEdit* edit : parent->findChildren<QLineEdit*>()) {
        if (edit->accessibleName() == name)
            return edit;
    }
    qFatal("no field %s", qPrintable(name));
}

QLabel* errorLabel(QWidget* parent) {
    for (QLabel* label : parent->findChildren<QLabel*>()) {
        if (label->accessibleName() == u"Error")
            return label;
    }
    qFatal("no error label");
}

template <typename Widget> Widget* named(QWidget* parent, const QString& name) {
    for (Widget* widget : parent->findChildren<Widget*>()) {
        if (widget->accessibleName() == name)
            return widget;
    }
    qFatal("no widget named %s", qPrintable(name));
}

// Hands the question box the next action asks to `answer` once it is open: some actions ask
// at once, others after the core has said what they would do.
template <typename Answer> void whenAsked(QObject* context, Answer answer) {
    auto* poll = new QTimer(context);
    auto* waited = new QElapsedTimer;
    waited->start();
    QObject::connect(poll, &QTimer::timeout, context, [poll, waited, answer] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box && waited->elapsed() < 5000)
            return;
        poll->deleteLater();
        delete waited;
        QVERIFY2(box, "no question was asked");
        answer(box);
    });
    poll->start(10);
}

// Answers the question box the next action asks with `button`.
void answerNextQuestion(QObject* context, QMessageBox::StandardButton button) {
    whenAsked(context, [button](QMessageBox* box) { box->button(button)->click(); });
}

// Reads the question box the next action asks into `text` (its text and informative text) and
// clicks its button labelled `button` (mnemonics ignored).
void answerNextQuestionWith(QObject* context, const QString& button, QString* text) {
    whenAsked(context, [button, text](QMessageBox* box) {
        *text = box->text() + u' ' + box->informativeText();
        for (QAbstractButton* candidate : box->buttons()) {
            if (candidate->text().remove(u'&') == button)
                return candidate->click();
        }
        box->reject(); // a question left open would hold the test until ctest's timeout
        QFAIL(qPrintable(QStringLiteral("no button %1 in: %2").arg(button, *text)));
    });
}

void clickOk(QDialog& dialog) {
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}
} // namespace

// Drives the real console widgets on a real database.
class TestConsole : public QObject {
    Q_OBJECT

    // Shows `window` on its Live tab; null if the window never appeared.
    // Ctrl+N on the schedule: the new-session dialog, once it is open (null if it never is).
    QPointer<ui::SessionEditor> newSessionByKeyboard(ui::ScheduleTab* schedule) {
        QPointer<ui::SessionEditor> editor;
        const auto opened = connect(schedule, &ui::ScheduleTab::editorOpened, this,
                                    [&editor](ui::SessionEditor* dialog) { editor = dialog; });
        schedule->view()->setFocus();
        QTest::keyClick(schedule->view(), Qt::Key_N, Qt::ControlModifier);
        const bool shown = QTest::qWaitFor([&] { return editor && editor->isVisible(); }, 5000);
        disconnect(opened);
        return shown ? editor : nullptr;
    }

    static ui::LiveTab* showLiveTab(ui::MainWindow& window) {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        window.tabs()->setCurrentWidget(window.liveTab());
        return window.liveTab();
    }

private:
    std::unique_ptr<test::ServiceFixture> f;
    // With LECTERN_TEST_CONSOLE=hub, a real hub on loopback that the windows sign in to.
    std::unique_ptr<hub::HubServer> server;
    std::unique_ptr<test::HubClient> rest;

    static bool throughTheHub() { return qgetenv("LECTERN_TEST_CONSOLE") == "hub"; }

    // The console's API for `user`, as the window under test gets it: on this computer, or
    // signed in to the hub with the user's own account.
    // A hub on loopback speaking HTTPS with a certificate of its own, and its fingerprint.
    struct OwnCertificateHub {
        QTemporaryDir folder;
        std::unique_ptr<hub::HubServer> server;
        std::unique_ptr<test::HubClient> rest;
        QByteArray fingerprint;
    };
    std::unique_ptr<OwnCertificateHub> startHubWithItsOwnCertificate() {
        auto made = std::make_unique<OwnCertificateHub>();
        const test::SelfSigned pair = test::makeSelfSigned(made->folder.path());
        if (!pair.problem.isEmpty())
            qFatal("no certificate: %s", qPrintable(pair.problem));
        hub::HubConfig config;
        config.tls = hub::tlsFromPemFiles(pair.certificate, pair.key).value();
        std::tie(made->server, made->rest) = test::startHub(*f, config);
        QFile pem(pair.certificate);
        if (!pem.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(pair.certificate));
        made->fingerprint = client::sha256Fingerprint(QSslCertificate(pem.readAll()));
        return made;
    }

    std::unique_ptr<client::ConsoleApi> console(const User& user, quint16 port = 0) {
        if (!throughTheHub())
            return client::LocalSignIn(f->context(), testHub).open(user);
        client::HubSignIn door(
            client::ServerAddress::parse(
                QStringLiteral("http://127.0.0.1:%1").arg(port ? port : rest->port()))
                .value());
        QFuture<Result<User>> signedIn =
            door.signIn(user.email, QStringLiteral("correct horse"), false);
        if (!QTest::qWaitFor([&] { return signedIn.isFinished(); }, 15'000) || !signedIn.result())
            qFatal("%s cannot sign in to the hub", qPrintable(user.email));
        return door.open(signedIn.result().value());
    }

private Q_SLOTS:
    void initTestCase() {
        // Settings and remembered sign-ins go to a test folder, secrets to a file there.
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LECTERN_SECRET_STORE", "file");
    }
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        if (throughTheHub())
            std::tie(server, rest) = test::startHub(*f);
    }
    void cleanup() {
        rest.reset();
        server.reset();
        f.reset();
    }

    void firstStartCreatesTheFirstAccount() {
        client::LocalSignIn door(f->context(), testHub);
        ui::SignInDialog dialog(door, ui::SignInDialog::Mode::FirstAccount);
        dialog.show();
        QTest::keyClicks(field(&dialog, QStringLiteral("Full name")),
                         QStringLiteral("Ada Lovelace"));
        QTest::keyClicks(field(&dialog, QStringLiteral("Email")),
                         QStringLiteral("ada@example.org"));
        QTest::keyClicks(field(&dialog, QStringLiteral("Password")),
                         QStringLiteral("correct horse"));
        QTest::keyClicks(field(&dialog, QStringLiteral("Repeat password")),
                         QStringLiteral("correct hors"));
        clickOk(dialog);
        QVERIFY(errorLabel(&dialog)->isVisible());
        QVERIFY(errorLabel(&dialog)->text().contains(QStringLiteral("differ")));

        QTest::keyClick(field(&dialog, QStringLiteral("Repeat password")), Qt::Key_E);
        clickOk(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
        QVERIFY(dialog.user().has_value());
        QCOMPARE(dialog.user()->email, QStringLiteral("ada@example.org"));
        QCOMPARE(dialog.user()->role, Role::Instructor);
    }

    void wrongPasswordKeepsTheDialogOpenWithAMessage() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        client::LocalSignIn door(f->context(), testHub);
        ui::SignInDialog dialog(door, ui::SignInDialog::Mode::SignIn);
        dialog.show();
        QTest::keyClicks(field(&dialog, QStringLiteral("Email")), ada.email);
        QTest::keyClicks(field(&dialog, QStringLiteral("Password")), QStringLiteral("wrong one"));
        clickOk(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(errorLabel(&dialog)->isVisible(), 15000);
        QVERIFY(errorLabel(&dialog)->text().contains(QStringLiteral("wrong")));
        QVERIFY(dialog.isVisible());

        field(&dialog, QStringLiteral("Password"))->clear();
        // The fixture's accounts share this password.
        QTest::keyClicks(field(&dialog, QStringLiteral("Password")),
                         QStringLiteral("correct horse"));
        clickOk(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
        QCOMPARE(dialog.user()->id, ada.id);
    }

    void signingInToAServerNamesItAndTakesTheAccountThere() {
        if (!throughTheHub())
            QSKIP("Signing in to a server needs one (the hub run)");
        const User tia = f->addUser(Role::Ta, QStringLiteral("Tia"));
        client::HubSignIn door(
            client::ServerAddress::parse(QStringLiteral("http://127.0.0.1:%1").arg(rest->port()))
                .value());
        ui::SignInDialog dialog(door, ui::SignInDialog::Mode::SignIn);
        dialog.show();
        bool named = false;
        for (QLabel* label : dialog.findChildren<QLabel*>())
            named =
                named || label->text().contains(QStringLiteral("127.0.0.1:%1").arg(rest->port()));
        QVERIFY(named);
        QTest::keyClicks(field(&dialog, QStringLiteral("Email")), tia.email);
        QTest::keyClicks(field(&dialog, QStringLiteral("Password")), QStringLiteral("wrong one"));
        clickOk(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(errorLabel(&dialog)->isVisible(), 15000);
        QVERIFY(errorLabel(&dialog)->text().contains(QStringLiteral("wrong")));
        field(&dialog, QStringLiteral("Password"))->clear();
        QTest::keyClicks(field(&dialog, QStringLiteral("Password")),
                         QStringLiteral("correct horse"));
        clickOk(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
        QCOMPARE(dialog.user()->id, tia.id);
    }

    void scheduleListsSessionsAndFollowsChanges() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f->addCourse(ada);
        const LiveSession first = f->addSession(course, ada);
        const auto api = console(ada);
        ui::MainWindow window(*api);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::SessionTableModel* model = window.scheduleTab()->model();
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->data(model->index(0, ui::SessionTableModel::TitleColumn)).toString(),
                 first.title);
        QCOMPARE(model->data(model->index(0, ui::SessionTableModel::StatusColumn)).toString(),
                 QStringLiteral("Scheduled"));

        // Another part of the program starts it: the row follows without a refresh.
        f->clock().set(first.scheduledStart);
        LECTERN_VERIFY_OK(SessionService(f->context()).startLiveSession(ada, first.id));
        QTRY_COMPARE(model->data(model->index(0, ui::SessionTableModel::StatusColumn)).toString(),
                     QStringLiteral("Live"));
        f->addSession(course, ada, first.scheduledEnd.addDays(1));
        QTRY_COMPARE(model->rowCount(), 2);
    }

    void liveTabFollowsTheRosterAndEndsTheSession() {
        auto live = f->liveClass(2);
        const auto api = console(live.instructor);
        ui::MainWindow window(*api);
        ui::LiveTab* tab = showLiveTab(window);
        QVERIFY(tab);
        QTRY_COMPARE(tab->roster()->rowCount(), 2);
        QCOMPARE(tab->session()->id, live.session.id);
        QCOMPARE(tab->roster()->data(tab->roster()->index(0, ui::RosterModel::RoleColumn),
                                     Qt::DisplayRole),
                 QStringLiteral("Student"));
        auto* seats = named<QProgressBar>(tab, QStringLiteral("Seats taken"));
        QCOMPARE(seats->value(), 2);
        QCOMPARE(seats->maximum(), live.session.maxParticipants);

        // The window serves the participant page while its session is live.
        QVERIFY(tab->participantAddress().startsWith(QStringLiteral("http://127.0.0.1:")));
        test::HubClient students(QUrl(tab->participantAddress()).port());
        QCOMPARE(students
                     .call("GET", QStringLiteral("/api/live/upcoming/"),
                           students.login(live.students[0].email))
                     .status,
                 200);

        // A student joins from elsewhere: the roster grows without a refresh.
        const User late = f->addUser(Role::Student, QStringLiteral("Latecomer"));
        f->enroll(live.course, late);
        LECTERN_VERIFY_OK(ParticipationService(f->context()).joinSession(late, live.session.id));
        QTRY_COMPARE(tab->roster()->rowCount(), 3);
        QTRY_COMPARE(seats->value(), 3);
        // One leaves: the roster says when.
        f->clock().set(f->clock().now().addSecs(600));
        LECTERN_VERIFY_OK(
            ParticipationService(f->context()).leaveSession(live.students[1], live.session.id));
        QTRY_VERIFY(
            !tab->roster()
                 ->data(tab->roster()->index(1, ui::RosterModel::LeftColumn), Qt::DisplayRole)
                 .toString()
                 .isEmpty());
        QTRY_COMPARE(seats->value(), 2);

        // End, confirming the question the tab asks.
        QTimer::singleShot(0, this, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        QPushButton* end = nullptr;
        for (QPushButton* button : tab->findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("E&nd session"))
                end = button;
        }
        QVERIFY(end);
        QTest::mouseClick(end, Qt::LeftButton);
        QTRY_VERIFY(!tab->session().has_value());
        QVERIFY(tab->participantAddress().isEmpty()); // and the hub is gone with the class
        auto ended = SessionService(f->context()).getSession(live.instructor, live.session.id);
        LECTERN_VERIFY_OK(ended);
        QCOMPARE(ended->status, SessionStatus::Ended);
    }

    void liveTabOffersTheNextSessionToGoLive() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f->addCourse(ada);
        const LiveSession next = f->addSession(course, ada); // at 09:00; it is 08:00
        f->addSession(course, ada, next.scheduledStart.addDays(7));
        const auto api = console(ada);
        ui::MainWindow window(*api);
        ui::LiveTab* tab = showLiveTab(window);
        QVERIFY(tab);
        QLabel* upcoming = named<QLabel>(tab, QStringLiteral("Next session"));
        QTRY_VERIFY(upcoming->text().contains(next.title));
        // What is ready for it, at a glance.
        const QString checklist = named<QLabel>(tab, QStringLiteral("Checklist"))->text();
        QVERIFY2(checklist.contains(QStringLiteral("✓  Chat on")), qPrintable(checklist));
        QVERIFY2(checklist.contains(
                     QStringLiteral("Seats for %1 participants").arg(next.maxParticipants)),
                 qPrintable(checklist));
        QPushButton* goLive = nullptr;
        for (QPushButton* button : tab->findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("&Go live now"))
                goLive = button;
        }
        QVERIFY(goLive && goLive->isVisible());

        // An hour early: it asks first and says why; Cancel leaves the session scheduled.
        QString asked;
        answerNextQuestionWith(this, QStringLiteral("Cancel"), &asked);
        QTest::mouseClick(goLive, Qt::LeftButton);
        QTRY_VERIFY(!asked.isEmpty());
        QVERIFY2(asked.contains(QStringLiteral("1 h 0 min from now")), qPrintable(asked));
        QVERIFY2(asked.contains(next.title), qPrintable(asked));
        QTest::qWait(50);
        QVERIFY(!tab->session().has_value());
        QCOMPARE(SessionService(f->context()).getSession(ada, next.id)->status,
                 SessionStatus::Scheduled);

        asked.clear();
        answerNextQuestionWith(this, QStringLiteral("Go live anyway"), &asked);
        QTest::mouseClick(goLive, Qt::LeftButton);
        QTRY_VERIFY(tab->session().has_value());
        QVERIFY(!asked.isEmpty());
        QCOMPARE(tab->session()->id, next.id);
        QCOMPARE(tab->session()->status, SessionStatus::Live);
    }

    void rosterBansAndNamesModerators() {
        auto live = f->liveClass(2);
        const auto api = console(live.instructor);
        ui::MainWindow window(*api);
        ui::LiveTab* tab = showLiveTab(window);
        QVERIFY(tab);
        QTRY_COMPARE(tab->roster()->rowCount(), 2);
        auto* roster = tab->findChild<QTableView*>();
        QVERIFY(roster);
        const auto status = [&] {
            return tab->roster()
                ->data(tab->roster()->index(0, ui::RosterModel::StatusColumn), Qt::DisplayRole)
                .toString();
        };
        roster->setFocus();
        roster->selectRow(0);
        QTest::keyClick(roster, Qt::Key_M, Qt::ControlModifier); // Make moderator
        QTRY_VERIFY(status().contains(QStringLiteral("moderator")));
        roster->selectRow(0);
        QTest::keyClick(roster, Qt::Key_B, Qt::ControlModifier); // Ban from session
        QTRY_VERIFY(status().startsWith(QStringLiteral("Banned")));
        // The context menu offers to let them back in.
        roster->selectRow(0);
        const QList<QAction*> actions = roster->actions();
        QCOMPARE(actions.first()->text(), QStringLiteral("Let &back in"));
    }

    void scheduleASessionAndGoLive() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f->addCourse(ada);
        const LiveSession existing = f->addSession(course, ada); // 09:00 to 10:00, now is 08:00
        const auto api = console(ada);
        ui::MainWindow window(*api);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::ScheduleTab* schedule = window.scheduleTab();
        QTRY_COMPARE(schedule->model()->rowCount(), 1);

        const QPointer<ui::SessionEditor> editor = newSessionByKeyboard(schedule);
        QVERIFY(editor);
        auto* save = editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);

        // No title: the core's complaint appears under the title and nothing is saved.
        QTest::mouseClick(save, Qt::LeftButton);
        QLabel* titleProblem = named<QLabel>(editor, QStringLiteral("Problem with Title"));
        QVERIFY(titleProblem->isVisible());
        QCOMPARE(titleProblem->text(), QStringLiteral("Give the session a title"));
        // Everything wrong is said at once: an end before the start as well.
        auto* startsAt = named<QDateTimeEdit>(editor, QStringLiteral("Starts"));
        auto* endsAt = named<QDateTimeEdit>(editor, QStringLiteral("Ends"));
        const QDateTime start0 = startsAt->dateTime();
        endsAt->setDateTime(start0.addSecs(-3600));
        QTest::mouseClick(save, Qt::LeftButton);
        QLabel* endProblem = named<QLabel>(editor, QStringLiteral("Problem with Ends"));
        QVERIFY(titleProblem->isVisible());
        QVERIFY(endProblem->isVisible());
        QCOMPARE(endProblem->text(), QStringLiteral("The end must be after the start"));
        // Each goes as soon as its field is fixed.
        QTest::keyClicks(named<QLineEdit>(editor, QStringLiteral("Title")),
                         QStringLiteral("Week 6: Forms"));
        QVERIFY(!titleProblem->isVisible());
        QVERIFY(endProblem->isVisible());
        endsAt->setDateTime(start0.addSecs(3600));
        QVERIFY(!endProblem->isVisible());

        // A pasted Zoom link picks the platform and fills the meeting's id and password; a
        // link of the wrong kind is explained under the field.
        auto* link = named<QLineEdit>(editor, QStringLiteral("Meeting link"));
        // Leaving the field is what reads it (the offscreen platform moves no focus on Tab).
        const auto leave = [](QLineEdit* field) {
            QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
            QApplication::sendEvent(field, &out);
        };
        QTest::keyClicks(link, QStringLiteral("https://zoom.us/j/123"));
        leave(link);
        QLabel* linkProblem = named<QLabel>(editor, QStringLiteral("Problem with Meeting link"));
        QVERIFY(linkProblem->isVisible());
        QVERIFY(linkProblem->text().contains(QStringLiteral("9 to 11 digits")));
        link->clear();
        QTest::keyClicks(link, QStringLiteral("https://us02web.zoom.us/j/85746372819?pwd=aBc123"));
        leave(link);
        QVERIFY(!linkProblem->isVisible());
        QCOMPARE(named<QComboBox>(editor, QStringLiteral("Platform"))->currentText(),
                 QStringLiteral("Zoom"));
        QCOMPARE(named<QLineEdit>(editor, QStringLiteral("Meeting ID"))->text(),
                 QStringLiteral("85746372819"));
        QCOMPARE(named<QLineEdit>(editor, QStringLiteral("Password"))->text(),
                 QStringLiteral("aBc123"));

        // Over the existing session: the overlap shows under the start, the dialog stays.
        auto* start = named<QDateTimeEdit>(editor, QStringLiteral("Starts"));
        auto* end = named<QDateTimeEdit>(editor, QStringLiteral("Ends"));
        start->setDateTime(existing.scheduledStart.addSecs(30 * 60).toLocalTime());
        QTest::mouseClick(save, Qt::LeftButton);
        QLabel* startProblem = named<QLabel>(editor, QStringLiteral("Problem with Starts"));
        QTRY_VERIFY(startProblem->isVisible());
        // In the user's words, with the times as the schedule shows them.
        const QString clash =
            QStringLiteral("You already teach \"%1\" from %2 to %3 on %4")
                .arg(existing.title,
                     QLocale().toString(existing.scheduledStart.toLocalTime().time(),
                                        QStringLiteral("HH:mm")),
                     QLocale().toString(existing.scheduledEnd.toLocalTime().time(),
                                        QStringLiteral("HH:mm")),
                     QLocale().toString(existing.scheduledStart.toLocalTime().date(),
                                        QStringLiteral("ddd d MMM")));
        QCOMPARE(startProblem->text(), clash);
        QVERIFY(editor->isVisible());

        // Twenty minutes from now: allowed, with the "less than an hour" warning.
        start->setDateTime(f->clock().now().addSecs(20 * 60).toLocalTime());
        end->setDateTime(f->clock().now().addSecs(50 * 60).toLocalTime());
        QLabel* warning = named<QLabel>(editor, QStringLiteral("Scheduling warning"));
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("less than an hour")));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!editor);
        QTRY_COMPARE(schedule->model()->rowCount(), 2);
        // Shortcuts go to the active window; the offscreen platform does not give the focus
        // back to it when a dialog closes as a desktop does.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("less than an hour")));

        // The new session is selected; Ctrl+G starts it and shows the Live tab.
        const auto created = schedule->selectedSession();
        QVERIFY(created);
        QCOMPARE(created->title, QStringLiteral("Week 6: Forms"));
        QCOMPARE(created->scheduledStart, f->clock().now().addSecs(20 * 60));
        QCOMPARE(created->meetingId, QStringLiteral("85746372819"));
        // Twenty minutes early is more than the quarter of an hour a class opens before: asked.
        QString asked;
        answerNextQuestionWith(this, QStringLiteral("Go live anyway"), &asked);
        QTest::keyClick(schedule->view(), Qt::Key_G, Qt::ControlModifier);
        QTRY_VERIFY(!asked.isEmpty());
        QVERIFY2(asked.contains(QStringLiteral("20 min from now")), qPrintable(asked));
        QTRY_COMPARE(window.tabs()->currentWidget(), window.liveTab());
        QTRY_VERIFY(window.liveTab()->session().has_value());
        QCOMPARE(window.liveTab()->session()->id, created->id);
        QCOMPARE(SessionService(f->context()).getSession(ada, created->id)->status,
                 SessionStatus::Live);
    }

    void goingLiveWhileAnotherSessionIsLiveAsksFirst() {
        auto live = f->liveClass(1);
        // The class runs late: its next one is due in five minutes.
        const LiveSession next =
            f->addSession(live.course, live.instructor, live.session.scheduledEnd);
        f->clock().set(live.session.scheduledEnd.addSecs(-5 * 60));
        const auto api = console(live.instructor);
        ui::MainWindow window(*api);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::ScheduleTab* schedule = window.scheduleTab();
        window.tabs()->setCurrentWidget(schedule);
        QTRY_VERIFY(schedule->model()->rowCount() >= 2);
        schedule->selectSession(next.id);
        QTRY_VERIFY(schedule->selectedSession() && schedule->selectedSession()->id == next.id);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        schedule->view()->setFocus();

        // Five minutes early is fine, but the other class still runs: asked, and Cancel stops.
        QString asked;
        answerNextQuestionWith(this, QStringLiteral("Cancel"), &asked);
        QTest::keyClick(schedule->view(), Qt::Key_G, Qt::ControlModifier);
        QTRY_VERIFY(!asked.isEmpty());
        QVERIFY2(asked.contains(QStringLiteral("\"%1\" is still live").arg(live.session.title)),
                 qPrintable(asked));
        QVERIFY2(!asked.contains(QStringLiteral("from now")), qPrintable(asked));
        QTest::qWait(50);
        QCOMPARE(SessionService(f->context()).getSession(live.instructor, next.id)->status,
                 SessionStatus::Scheduled);
    }

    void adminsChooseTheHost() {
        const User root = f->addUser(Role::Admin, QStringLiteral("Root"));
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f->addCourse(ada);
        const auto api = console(root);
        ui::MainWindow window(*api);
        ui::ScheduleTab* schedule = window.scheduleTab();
        // Listening before any event runs: the first load was started by the constructor.
        QSignalSpy loaded(schedule, &ui::ScheduleTab::loaded);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        QPointer<ui::SessionEditor> editor;
        connect(schedule, &ui::ScheduleTab::editorOpened, this,
                [&editor](ui::SessionEditor* opened) { editor = opened; });
        schedule->commands()->newSession();
        QTRY_VERIFY(editor && editor->isVisible());
        auto* host = named<QComboBox>(editor, QStringLiteral("Host"));
        QVERIFY(host->isVisible());
        host->setCurrentIndex(host->findText(ada.name, Qt::MatchStartsWith));
        QCOMPARE(editor->draft().instructorId, ada.id);
        QCOMPARE(editor->draft().courseId, course.id);
        editor->reject();
    }

    void duplicateThenCancelByKeyboard() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f->addCourse(ada);
        const LiveSession weekly = f->addSession(course, ada);
        const auto api = console(ada);
        ui::MainWindow window(*api);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::ScheduleTab* schedule = window.scheduleTab();
        schedule->setView(ui::ScheduleView::List);
        QTRY_COMPARE(schedule->model()->rowCount(), 1);
        schedule->view()->setFocus();
        schedule->selectSession(weekly.id);

        // Duplicate: the same class a week later, saved as it is proposed.
        QPointer<ui::SessionEditor> editor;
        connect(schedule, &ui::ScheduleTab::editorOpened, this,
                [&editor](ui::SessionEditor* opened) { editor = opened; });
        QTest::keyClick(schedule->view(), Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(editor && editor->isVisible());
        QCOMPARE(editor->draft().title, weekly.title);
        QCOMPARE(editor->draft().scheduledStart, weekly.scheduledStart.addDays(7));
        QTest::keyClick(named<QLineEdit>(editor, QStringLiteral("Title")), Qt::Key_Return);
        QTRY_COMPARE(schedule->model()->rowCount(), 2);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto copy = schedule->selectedSession();
        QVERIFY(copy && copy->id != weekly.id);

        // Cancel the copy; refusing the question first changes nothing.
        answerNextQuestion(this, QMessageBox::No);
        QTest::keyClick(schedule->view(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(SessionService(f->context()).getSession(ada, copy->id)->status,
                 SessionStatus::Scheduled);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        answerNextQuestion(this, QMessageBox::Yes);
        QTest::keyClick(schedule->view(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(SessionService(f->context()).getSession(ada, copy->id)->status,
                     SessionStatus::Cancelled);
        const int row = schedule->model()->rowOf(copy->id);
        QTRY_COMPARE(schedule->model()
                         ->data(schedule->model()->index(row, ui::SessionTableModel::StatusColumn))
                         .toString(),
                     QStringLiteral("Cancelled"));
    }

    // The question says what will happen to this session: an ended class with attendance is
    // archived (and stays in the reports), a scheduled one is deleted; Cancel is the default.
    void deletingAsksAboutWhatWillHappen() {
        auto live = f->liveClass(1);
        f->clock().advance(60 * 60);
        LECTERN_VERIFY_OK(
            SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        const LiveSession next =
            f->addSession(live.course, live.instructor, live.session.scheduledStart.addDays(1));
        const auto api = console(live.instructor);
        ui::MainWindow window(*api);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::ScheduleTab* schedule = window.scheduleTab();
        schedule->setView(ui::ScheduleView::List);
        QTRY_COMPARE(schedule->model()->rowCount(), 2);
        schedule->view()->setFocus();

        QString asked;
        schedule->selectSession(live.session.id);
        answerNextQuestionWith(this, QStringLiteral("Cancel"), &asked);
        QTest::keyClick(schedule->view(), Qt::Key_Delete);
        QTRY_VERIFY2(asked.contains(QStringLiteral("Archive")), qPrintable(asked));
        QVERIFY(asked.contains(QStringLiteral("kept for the reports")));
        QCOMPARE(schedule->model()->rowCount(), 2);

        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // The schedule may have been read again meanwhile (events of the class): select anew.
        schedule->selectSession(live.session.id);
        answerNextQuestionWith(this, QStringLiteral("Archive"), &asked);
        QTest::keyClick(schedule->view(), Qt::Key_Delete);
        QTRY_COMPARE(schedule->model()->rowCount(), 1);
        LECTERN_VERIFY_OK(
            SessionService(f->context()).getSession(live.instructor, live.session.id));

        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        schedule->selectSession(next.id);
        answerNextQuestionWith(this, QStringLiteral("Delete"), &asked);
        QTest::keyClick(schedule->view(), Qt::Key_Delete);
        QTRY_VERIFY2(asked.contains(QStringLiteral("cannot be undone")), qPrintable(asked));
        QTRY_COMPARE(schedule->model()->rowCount(), 0);
        LECTERN_VERIFY_ERROR(SessionService(f->context()).getSession(live.instructor, next.id),
                             ErrorCode::NotFound);
    }

    void moderateChatAndQuestions() {
        auto live = f->liveClass(2);
        const auto api = console(live.instructor);
        ui::MainWindow window(*api);
        ui::LiveTab* liveTab = showLiveTab(window);
        QVERIFY(liveTab);
        QTRY_VERIFY(!liveTab->participantAddress().isEmpty());
        ui::ChatModel* chat = liveTab->chatPanel()->chat();

        // A student writes through the participant page's API, over the window's own hub.
        test::HubClient student(QUrl(liveTab->participantAddress()).port());
        const QString token = student.login(live.students[0].email);
        const auto sent = student.call(
            "POST", QStringLiteral("/api/live/sessions/%1/chat/send/").arg(live.session.id), token,
            QJsonObject{{QStringLiteral("content"), QStringLiteral("Is this on the exam?")}});
        QCOMPARE(sent.status, 201);
        QTRY_COMPARE(chat->rowCount(), 1);
        QCOMPARE(chat->data(chat->index(0), ui::ChatModel::AuthorRole).toString(),
                 live.students[0].name);

        // Pin it (Ctrl+P): it shows on top; then delete it (Delete): it is marked deleted.
        QListView* view = liveTab->chatPanel()->chatView();
        view->setFocus();
        view->setCurrentIndex(chat->index(0));
        QTest::keyClick(view, Qt::Key_P, Qt::ControlModifier);
        QLabel* pinned = named<QLabel>(liveTab, QStringLiteral("Pinned messages"));
        QTRY_VERIFY(pinned->isVisible());
        QVERIFY(pinned->text().contains(QStringLiteral("Is this on the exam?")));
        QTRY_VERIFY(chat->data(chat->index(0), ui::ChatModel::PinnedRole).toBool());
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_VERIFY(chat->data(chat->index(0), ui::ChatModel::DeletedRole).toBool());
        QTRY_VERIFY(!pinned->isVisible()); // a deleted message is no longer pinned on top
        const auto seen =
            ChatService(f->context()).listChatMessages(live.students[1], live.session.id);
        QVERIFY(seen->first().isDeleted && seen->first().content.isEmpty());

        // A question arrives, anonymous; the instructor answers it from the keyboard.
        LECTERN_VERIFY_OK(QuestionService(f->context())
                              .askQuestion(live.students[1], live.session.id,
                                           QStringLiteral("Why migrations?"), true));
        ui::QuestionModel* questions = liveTab->questionPanel()->questions();
        QTRY_COMPARE(questions->rowCount(), 1);
        QCOMPARE(questions->data(questions->index(0, ui::QuestionModel::AskedByColumn)).toString(),
                 QStringLiteral("Anonymous"));
        QTableView* questionView = liveTab->questionPanel()->questionView();
        questionView->setFocus();
        questionView->selectRow(0);
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // Typed, and saved with Ctrl+Return (Return alone is a new line of the answer).
            auto* text = dialog->findChild<QPlainTextEdit*>();
            QVERIFY(text);
            text->setFocus();
            QTest::keyClicks(text, QStringLiteral("They keep every database"));
            QTest::keyClick(text, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            QTest::keyClicks(text, QStringLiteral("in step."));
            QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
            QVERIFY(!dialog->isVisible());
        });
        QTest::keyClick(questionView, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(
            questions->data(questions->index(0, ui::QuestionModel::StatusColumn)).toString(),
            QStringLiteral("Answered"));
        QVERIFY(questions->data(questions->index(0, ui::QuestionModel::QuestionColumn))
                    .toString()
                    .contains(QStringLiteral("They keep every database\nin step.")));
    }

    void chatKeepsTheReadersPlace() {
        auto live = f->liveClass(1);
        ChatService chatService(f->context());
        ChatDraft draft;
        for (int i = 0; i < ui::ChatFeed::pageSize + 50; ++i) {
            draft.content = QStringLiteral("Message %1").arg(i);
            LECTERN_VERIFY_OK(
                chatService.sendChatMessage(live.students[0], live.session.id, draft));
        }
        const auto api = console(live.instructor);
        ui::MainWindow window(*api);
        window.resize(1000, 600);
        ui::LiveTab* liveTab = showLiveTab(window);
        QVERIFY(liveTab);
        QTRY_COMPARE(liveTab->chatPanel()->chat()->rowCount(), ui::ChatFeed::pageSize);
        QScrollBar* scroll = liveTab->chatPanel()->chatView()->verticalScrollBar();
        QTRY_VERIFY(scroll->maximum() > 0);
        QTRY_COMPARE(scroll->value(), scroll->maximum()); // opens at the newest message
        // A smaller window (the view's range grows) keeps the newest message in view.
        const int before = scroll->maximum();
        window.resize(1000, 450);
        QTRY_VERIFY(scroll->maximum() > before);
        QTRY_COMPARE(scroll->value(), scroll->maximum());

        // At the newest message, new ones keep it in view.
        draft.content = QStringLiteral("Newest");
        LECTERN_VERIFY_OK(chatService.sendChatMessage(live.students[0], live.session.id, draft));
        QTRY_COMPARE(liveTab->chatPanel()->chat()->rowCount(), ui::ChatFeed::pageSize + 1);
        QTRY_COMPARE(scroll->value(), scroll->maximum());

        // Scrolled up to read: new messages do not move the view.
        scroll->setValue(scroll->maximum() / 2);
        const int reading = scroll->value();
        draft.content = QStringLiteral("While you read");
        LECTERN_VERIFY_OK(chatService.sendChatMessage(live.students[0], live.session.id, draft));
        QTRY_COMPARE(liveTab->chatPanel()->chat()->rowCount(), ui::ChatFeed::pageSize + 2);
        QTest::qWait(50);
        QCOMPARE(scroll->value(), reading);

        // At the top, the older messages are read and come in above what the reader sees.
        scroll->setValue(0);
        QCOMPARE(liveTab->chatPanel()->chatView()->indexAt(QPoint(5, 5)).data().toString(),
                 QStringLiteral("Message 50"));
        QTRY_COMPARE(liveTab->chatPanel()->chat()->rowCount(), ui::ChatFeed::pageSize + 52);
        QTRY_VERIFY(scroll->value() > 0);
        QCOMPARE(liveTab->chatPanel()->chatView()->indexAt(QPoint(5, 5)).data().toString(),
                 QStringLiteral("Message 50"));
    }

    void liveViewShowsTheWholeClassAndStartsAPreparedPoll() {
        auto live = f->liveClass(2);
        PollDraft draft;
        draft.question = QStringLiteral("Which week was hardest?");
        draft.options = {QStringLiteral("Week 1"), QStringLiteral("Week 2")};
        draft.durationSeconds = 0;
        const auto prepared =
            PollService(f->context()).createPoll(live.instructor, live.session.id, draft);
        LECTERN_VERIFY_OK(prepared);
        const auto api = console(live.instructor);
        ui::MainWindow window(*api);
        window.resize(1366, 768);
        ui::LiveTab* liveTab = showLiveTab(window);
        QVERIFY(liveTab);
        QTRY_VERIFY(liveTab->session().has_value());

        // Chat, questions, the current poll and the roster side by side, none squeezed.
        QTRY_COMPARE(liveTab->roster()->rowCount(), 2);
        for (QWidget* panel :
             std::initializer_list<QWidget*>{liveTab->chatPanel(), liveTab->questionPanel(),
                                             liveTab->pollPanel(), liveTab->rosterPanel()}) {
            QVERIFY(panel->isVisible());
            QVERIFY2(panel->width() >= 250, panel->metaObject()->className());
        }

        // The roster's counters move as the class talks; the row the user chose stays chosen.
        QTableView* rosterView = liveTab->rosterPanel()->view();
        rosterView->selectRow(1);
        ChatDraft said;
        said.content = QStringLiteral("Hello");
        LECTERN_VERIFY_OK(
            ChatService(f->context()).sendChatMessage(live.students[0], live.session.id, said));
        const auto messagesOf = [&](int row) {
            return liveTab->roster()
                ->data(liveTab->roster()->index(row, ui::RosterModel::MessagesColumn),
                       Qt::DisplayRole)
                .toString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(messagesOf(0) == u"1" || messagesOf(1) == u"1", 10000);
        QCOMPARE(rosterView->selectionModel()->selectedRows().value(0).row(), 1);

        // Where students join, as a QR code for phones.
        QTRY_VERIFY(!liveTab->participantAddress().isEmpty());
        QVERIFY(!liveTab->participantAddress().contains(QStringLiteral("0.0.0.0")));
        QPushButton* showCode = nullptr;
        for (QPushButton* button : liveTab->findChildren<QPushButton*>())
            if (button->text() == QStringLiteral("&QR code"))
                showCode = button;
        QVERIFY(showCode && showCode->isVisible());
        QTest::mouseClick(showCode, Qt::LeftButton);
        QDialog* joinCode = nullptr;
        QTRY_VERIFY((joinCode = liveTab->findChild<ui::JoinCodeDialog*>()) &&
                    joinCode->isVisible());
        QVERIFY(!named<QLabel>(joinCode, QStringLiteral("QR code"))->pixmap().isNull());
        QCOMPARE(named<QLabel>(joinCode, QStringLiteral("Participant page address"))->text(),
                 liveTab->participantAddress());
        joinCode->close();

        // The prepared poll starts with one click, without leaving the view.
        ui::CurrentPollPanel* poll = liveTab->pollPanel();
        QTRY_COMPARE(poll->preparedPolls()->currentText(), draft.question);
        QVERIFY(poll->startButton()->isVisible());
        QTest::mouseClick(poll->startButton(), Qt::LeftButton);
        QTRY_VERIFY(poll->shownPoll() && poll->shownPoll()->id == prepared->id);
        QCOMPARE(window.tabs()->currentWidget(), liveTab);
        QTRY_COMPARE(poll->stateLabel()->text(), QStringLiteral("Open until you close it"));
        QVERIFY(!poll->startButton()->isEnabled()); // nothing else is prepared

        // Votes grow the bars; closing says the results are final.
        LECTERN_VERIFY_OK(
            PollService(f->context())
                .votePoll(live.students[0], prepared->id, {prepared->options.at(1).id}));
        QTRY_COMPARE(poll->chart()->results().totalVotes, 1);
        QTest::mouseClick(poll->closeButton(), Qt::LeftButton);
        QTRY_VERIFY(poll->stateLabel()->text().startsWith(QStringLiteral("Final results")));
        QVERIFY(!poll->closeButton()->isVisible());
        QCOMPARE(
            PollService(f->context()).listPolls(live.instructor, live.session.id)->first().status,
            PollStatus::Closed);
    }

    void presentModeFollowsThePollAndTheFeaturedQuestion() {
        auto live = f->liveClass(2);
        QuestionService questions(f->context());
        const auto asked = questions.askQuestion(live.students[0], live.session.id,
                                                 QStringLiteral("Is the exam open book?"), false);
        LECTERN_VERIFY_OK(asked);
        const auto api = console(live.instructor);
        ui::MainWindow window(*api);
        ui::LiveTab* liveTab = showLiveTab(window);
        QVERIFY(liveTab);
        QTRY_COMPARE(liveTab->questionPanel()->questions()->rowCount(), 1);

        // F11: full screen, with the featured question and who asked it.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F11);
        QPointer<ui::PresentWindow> present = liveTab->presentWindow();
        QVERIFY(present);
        QTRY_VERIFY(present->isVisible());
        QVERIFY(present->windowState() & Qt::WindowFullScreen);
        // Nothing featured, no poll: where to join, with its QR code.
        QCOMPARE(present->showing(), ui::PresentWindow::Showing::Nothing);
        QTRY_VERIFY(!liveTab->participantAddress().isEmpty());
        QCOMPARE(present->body()->text(), liveTab->participantAddress());
        QVERIFY(!named<QLabel>(present, QStringLiteral("QR code"))->pixmap().isNull());

        LECTERN_VERIFY_OK(questions.setFeatured(live.instructor, asked->id, true));
        QTRY_COMPARE(present->showing(), ui::PresentWindow::Showing::Question);
        QVERIFY(!named<QLabel>(present, QStringLiteral("QR code"))->isVisible());
        QCOMPARE(present->heading()->text(), QStringLiteral("Is the exam open book?"));

        // A poll starts: its bars take over and grow with the votes.
        PollService polls(f->context());
        PollDraft draft;
        draft.question = QStringLiteral("Ready?");
        draft.options = {QStringLiteral("Yes"), QStringLiteral("No")};
        draft.durationSeconds = 0;
        const auto poll = polls.createPoll(live.instructor, live.session.id, draft);
        LECTERN_VERIFY_OK(poll);
        LECTERN_VERIFY_OK(polls.startPoll(live.instructor, poll->id));
        QTRY_COMPARE(present->showing(), ui::PresentWindow::Showing::Poll);
        QCOMPARE(present->heading()->text(), QStringLiteral("Ready?"));
        LECTERN_VERIFY_OK(polls.votePoll(live.students[1], poll->id, {poll->options.at(0).id}));
        QTRY_COMPARE(present->chart()->results().totalVotes, 1);

        // Closed, the poll gives way to the featured question again; Escape ends present mode.
        LECTERN_VERIFY_OK(polls.closePoll(live.instructor, poll->id));
        QTRY_COMPARE(present->showing(), ui::PresentWindow::Showing::Question);
        QTest::keyClick(present, Qt::Key_Escape);
        QTRY_VERIFY(!present);
    }

    void aWindowWideShortcutMeansOneThing() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const auto api = console(ada);
        ui::MainWindow window(*api);
        QVERIFY(window.reportsTab());
        // A key that works from anywhere in the window belongs to one action only.
        QHash<QString, QStringList> byKey;
        QSet<QString> windowWide;
        for (QAction* action : window.findChildren<QAction*>()) {
            for (const QKeySequence& key : action->shortcuts()) {
                byKey[key.toString()] << action->text();
                if (action->shortcutContext() == Qt::WindowShortcut ||
                    action->shortcutContext() == Qt::ApplicationShortcut)
                    windowWide << key.toString();
            }
        }
        for (const QString& key : windowWide)
            QVERIFY2(byKey.value(key).size() == 1,
                     qPrintable(key + u": " + byKey.value(key).join(u", ")));
        QVERIFY(windowWide.contains(QStringLiteral("Ctrl+Shift+E"))); // close poll
        QVERIFY(windowWide.contains(QStringLiteral("Ctrl+Shift+T"))); // export attendance

        // The Reports menu lists its commands with their keys.
        QMenu* reports = nullptr;
        for (QAction* menu : window.menuBar()->actions())
            if (menu->text() == QStringLiteral("Rep&orts"))
                reports = menu->menu();
        QVERIFY(reports);
        QStringList listed;
        for (QAction* action : reports->actions())
            listed << action->shortcut().toString();
        QCOMPARE(listed,
                 (QStringList{QStringLiteral("Ctrl+Shift+T"), QStringLiteral("Ctrl+Shift+O"),
                              QStringLiteral("Ctrl+K"), QStringLiteral("Ctrl+I")}));
    }

    void everyAltLetterInTheLiveViewReachesOneThing() {
        auto live = f->liveClass(1);
        PollDraft draft;
        draft.question = QStringLiteral("Ready?");
        draft.options = {QStringLiteral("Yes"), QStringLiteral("No")};
        LECTERN_VERIFY_OK(
            PollService(f->context()).createPoll(live.instructor, live.session.id, draft));
        const auto api = console(live.instructor);
        ui::MainWindow window(*api);
        window.resize(1366, 768);
        ui::LiveTab* liveTab = showLiveTab(window);
        QVERIFY(liveTab);
        QTRY_VERIFY(!liveTab->participantAddress().isEmpty());
        QTRY_VERIFY(liveTab->pollPanel()->startButton()->isEnabled());
        // The tabs, the menus and every button shown: no Alt+letter is shared.
        QHash<QChar, QStringList> byLetter;
        const auto add = [&byLetter](const QString& text) {
            const QKeySequence mnemonic = QKeySequence::mnemonic(text);
            if (!mnemonic.isEmpty())
                byLetter[mnemonic.toString().back().toLower()] << QString(text).remove(u'&');
        };
        for (int i = 0; i < window.tabs()->count(); ++i)
            add(window.tabs()->tabText(i));
        for (QAction* menu : window.menuBar()->actions())
            add(menu->text());
        for (QAbstractButton* button : liveTab->findChildren<QAbstractButton*>())
            if (button->isVisible())
                add(button->text());
        for (auto letter = byLetter.cbegin(); letter != byLetter.cend(); ++letter)
            QVERIFY2(letter.value().size() == 1,
                     qPrintable(QStringLiteral("Alt+%1: ").arg(letter.key()) +
                                letter.value().join(u", ")));
        QVERIFY(byLetter.size() > 10);
    }

    void everyLabelsAltLetterReachesItsField() {
        auto live = f->liveClass(1);
        const auto api = console(live.instructor);
        ui::MainWindow window(*api);
        QVERIFY(showLiveTab(window));
        const auto unreached = [](QWidget* root) {
            QStringList missing;
            for (QLabel* label : root->findChildren<QLabel*>())
                if (!QKeySequence::mnemonic(label->text()).isEmpty() && !label->buddy())
                    missing << label->text();
            return missing;
        };
        // The window's own labels (filters, ranges) ...
        QCOMPARE(unreached(&window), QStringList());
        // ... and those of the dialogs a class needs.
        window.tabs()->setCurrentWidget(window.scheduleTab());
        QTRY_VERIFY(window.scheduleTab()->newSessionAction()->isEnabled());
        const QPointer<ui::SessionEditor> editor = newSessionByKeyboard(window.scheduleTab());
        QVERIFY(editor);
        QCOMPARE(unreached(editor), QStringList());
        editor->reject();
        ui::PollEditor poll(*api, live.session.id, &window);
        QCOMPARE(unreached(&poll), QStringList());
    }

    void statusBarKeepsWhoIsSignedIn() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const auto api = console(ada);
        ui::MainWindow window(*api);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QLabel* signedIn = named<QLabel>(window.statusBar(), QStringLiteral("Signed in as"));
        QVERIFY(signedIn->isVisible());
        QVERIFY(signedIn->text().contains(ada.name));
        window.statusBar()->showMessage(QStringLiteral("Poll saved."), 10'000);
        QVERIFY(signedIn->isVisible()); // a notice does not push it out
    }

    void draftsAreEditedAndDeletedOnThePollsTab() {
        auto live = f->liveClass(2);
        PollService service(f->context());
        PollDraft draft;
        draft.options = {QStringLiteral("Yes"), QStringLiteral("No")};
        draft.question = QStringLiteral("Quiz on Friday?");
        const auto first = service.createPoll(live.instructor, live.session.id, draft);
        draft.question = QStringLiteral("Slides by email?");
        const auto second = service.createPoll(live.instructor, live.session.id, draft);
        LECTERN_VERIFY_OK(first);
        LECTERN_VERIFY_OK(second);
        const auto api = console(live.instructor);
        ui::MainWindow window(*api);
        QVERIFY(showLiveTab(window));
        ui::PollsTab* polls = window.pollsTab();
        window.tabs()->setCurrentWidget(polls);
        QTRY_COMPARE(polls->pollList()->count(), 2);
        // Each entry tells the two drafts apart by question, state and time.
        QVERIFY(polls->pollList()->item(0)->text().contains(QStringLiteral("Draft · drafted")));

        // F2 on a draft opens it filled in; the changes are saved to the same draft.
        QPointer<ui::PollEditor> editor;
        connect(polls, &ui::PollsTab::editorOpened, this,
                [&editor](ui::PollEditor* opened) { editor = opened; });
        polls->pollList()->setFocus();
        polls->pollList()->setCurrentRow(0);
        QCOMPARE(polls->selectedPoll()->id, first->id);
        QTest::keyClick(polls->pollList(), Qt::Key_F2);
        QTRY_VERIFY(editor && editor->isVisible());
        auto* question = named<QLineEdit>(editor, QStringLiteral("Question"));
        QCOMPARE(question->text(), QStringLiteral("Quiz on Friday?"));
        QCOMPARE(editor->optionFields().size(), 2);
        QCOMPARE(editor->optionFields().at(1)->text(), QStringLiteral("No"));
        QVERIFY(!editor->startNowButton()->isVisible());
        question->setText(QStringLiteral("Quiz on Monday?"));
        QTest::keyClick(editor->optionFields().at(1), Qt::Key_Return); // adds a third
        QTest::keyClicks(editor->optionFields().at(2), QStringLiteral("Maybe"));
        QTest::mouseClick(editor->saveDraftButton(), Qt::LeftButton);
        QTRY_VERIFY(!editor);
        const auto edited = [&] {
            const auto stored = service.listPolls(live.instructor, live.session.id);
            for (const LivePoll& poll : *stored)
                if (poll.id == first->id)
                    return poll;
            return LivePoll{};
        };
        QTRY_COMPARE(edited().question, QStringLiteral("Quiz on Monday?"));
        QCOMPARE(edited().options.size(), 3);
        QCOMPARE(edited().status, PollStatus::Draft);
        QTRY_VERIFY(
            polls->pollList()->item(0)->text().startsWith(QStringLiteral("Quiz on Monday?")));

        // Delete asks, then the draft is gone.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        polls->pollList()->setFocus();
        polls->pollList()->setCurrentRow(1);
        QCOMPARE(polls->selectedPoll()->id, second->id);
        QString asked;
        answerNextQuestionWith(this, QStringLiteral("Delete"), &asked);
        QTest::keyClick(polls->pollList(), Qt::Key_Delete);
        QTRY_COMPARE(polls->pollList()->count(), 1);
        QVERIFY2(asked.contains(QStringLiteral("Slides by email?")), qPrintable(asked));
        QCOMPARE(service.listPolls(live.instructor, live.session.id)->size(), 1);

        // Once started, a poll is neither edited nor deleted.
        LECTERN_VERIFY_OK(service.startPoll(live.instructor, first->id));
        QTRY_VERIFY(polls->pollList()->item(0)->text().contains(QStringLiteral("Open")));
        polls->pollList()->setCurrentRow(0);
        QVERIFY(!polls->draftActions().at(0)->isEnabled());
        QVERIFY(!polls->draftActions().at(1)->isEnabled());
    }

    void runAPollAndSeeTheBars() {
        auto live = f->liveClass(2);
        const auto api = console(live.instructor);
        ui::MainWindow window(*api);
        ui::LiveTab* liveTab = showLiveTab(window);
        QVERIFY(liveTab);
        QTRY_VERIFY(!liveTab->participantAddress().isEmpty());
        ui::PollsTab* polls = window.pollsTab();
        // Offered once the core has said the instructor runs the session.
        QTRY_VERIFY(polls->newPollAction()->isVisible());

        // Ctrl+Shift+P from anywhere drafts a poll on the Polls tab.
        QPointer<ui::PollEditor> editor;
        connect(polls, &ui::PollsTab::editorOpened, this,
                [&editor](ui::PollEditor* opened) { editor = opened; });
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(editor && editor->isVisible());
        QCOMPARE(window.tabs()->currentWidget(), polls);
        QTest::keyClicks(named<QLineEdit>(editor, QStringLiteral("Question")),
                         QStringLiteral("Ready for the quiz?"));
        QTest::keyClicks(editor->optionFields().at(0), QStringLiteral("Yes"));
        // Enter in an option moves on to the next one and never saves.
        QTest::keyClick(editor->optionFields().at(0), Qt::Key_Return);
        QVERIFY(editor && editor->isVisible());
        QCOMPARE(editor->optionFields().size(), 2);
        QTRY_VERIFY(editor->optionFields().at(1)->hasFocus());
        QTest::keyClicks(editor->optionFields().at(1), QStringLiteral("Yes"));
        QPushButton* save = editor->startNowButton();
        QTest::mouseClick(save, Qt::LeftButton);
        QLabel* optionsProblem = named<QLabel>(editor, QStringLiteral("Problem with Options"));
        QTRY_VERIFY(optionsProblem->isVisible()); // the same option twice
        QVERIFY(optionsProblem->text().contains(QStringLiteral("twice")));
        editor->optionFields().at(1)->clear();
        QTest::keyClicks(editor->optionFields().at(1), QStringLiteral("No"));
        QTest::keyClick(editor->optionFields().at(1), Qt::Key_Return); // adds a third
        QCOMPARE(editor->optionFields().size(), 3);
        QTRY_VERIFY(editor->optionFields().at(2)->hasFocus());
        QTest::keyClick(editor->optionFields().at(2), Qt::Key_Enter); // empty: nothing to add
        QCOMPARE(editor->optionFields().size(), 3);
        QVERIFY(editor && editor->isVisible());
        QTest::qWait(50);
        QCOMPARE(PollService(f->context()).listPolls(live.instructor, live.session.id)->size(), 0);
        QTest::keyClicks(editor->optionFields().at(2), QStringLiteral("Not yet"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!editor);
        QTRY_COMPARE(polls->pollList()->count(), 1);
        const auto poll = polls->selectedPoll();
        QVERIFY(poll);
        QCOMPARE(poll->status, PollStatus::Active);
        QTRY_VERIFY(polls->countdown()->text().contains(QStringLiteral("left")));

        // A student votes through the hub: the bar and the voter list follow.
        test::HubClient student(QUrl(liveTab->participantAddress()).port());
        const auto voted = student.call(
            "POST", QStringLiteral("/api/live/polls/%1/vote/").arg(poll->id),
            student.login(live.students[0].email),
            QJsonObject{{QStringLiteral("option_ids"), QJsonArray{poll->options.at(0).id}}});
        QCOMPARE(voted.status, 200);
        QTRY_COMPARE(polls->chart()->results().totalVotes, 1);
        QCOMPARE(ui::PollChart::barLabel(polls->chart()->results().options.at(0)),
                 QStringLiteral("1 · 100.0 %"));
        QVERIFY(polls->chart()->accessibleDescription().contains(QStringLiteral("Yes: 1")));
        QTRY_VERIFY(polls->votersLabel()->text().contains(
            QStringLiteral("Voted (1): %1").arg(live.students[0].name)));
        QVERIFY(polls->votersLabel()->text().contains(
            QStringLiteral("Not yet (1): %1").arg(live.students[1].name)));

        // Close it by keyboard.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(polls->countdown()->text().startsWith(QStringLiteral("Final results")));
        QTRY_VERIFY(polls->votersLabel()->text().contains(
            QStringLiteral("Did not vote (1): %1").arg(live.students[1].name)));
        QCOMPARE(
            PollService(f->context()).listPolls(live.instructor, live.session.id)->first().status,
            PollStatus::Closed);
    }

    void endTheClassThenReviewAttendanceAndWatchTheRecording() {
        auto live = f->liveClass(2);
        // The first student leaves after ten minutes; the class runs fifty.
        f->clock().set(live.session.actualStart.addSecs(10 * 60));
        LECTERN_VERIFY_OK(
            ParticipationService(f->context()).leaveSession(live.students[0], live.session.id));
        f->clock().set(live.session.actualStart.addSecs(50 * 60));
        const auto api = console(live.instructor);
        ui::MainWindow window(*api);
        ui::LiveTab* liveTab = showLiveTab(window);
        QVERIFY(liveTab);
        QTRY_VERIFY(liveTab->session().has_value());

        // End the class: the window turns to its attendance.
        answerNextQuestion(this, QMessageBox::Yes);
        for (QPushButton* button : liveTab->findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("E&nd session"))
                QTest::mouseClick(button, Qt::LeftButton);
        }
        ui::RecordingsTab* recordings = window.recordingsTab();
        QTRY_COMPARE(window.tabs()->currentWidget(), recordings);
        ui::AttendanceTableModel* attendance = recordings->attendance();
        QTRY_COMPARE(attendance->rowCount(), 2);
        QCOMPARE(recordings->currentSessionId().value_or(0), live.session.id);
        const auto cell = [&](int row, int column) {
            return attendance->data(attendance->index(row, column)).toString();
        };
        QCOMPARE(cell(0, ui::AttendanceTableModel::NameColumn), live.students[0].name);
        QCOMPARE(cell(0, ui::AttendanceTableModel::AttendedColumn), QStringLiteral("20.0 %"));
        QCOMPARE(cell(0, ui::AttendanceTableModel::PresentColumn), QStringLiteral("No"));
        QCOMPARE(cell(1, ui::AttendanceTableModel::AttendedColumn), QStringLiteral("100.0 %"));

        // The first student had a reason: verified as excused, with a note.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        recordings->attendanceView()->setFocus();
        recordings->attendanceView()->selectRow(0);
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* status = named<QComboBox>(dialog, QStringLiteral("Status"));
            status->setCurrentIndex(status->findText(QStringLiteral("Excused")));
            QTest::keyClicks(named<QPlainTextEdit>(dialog, QStringLiteral("Notes")),
                             QStringLiteral("Train strike"));
            dialog->accept();
        });
        QTest::keyClick(recordings->attendanceView(), Qt::Key_V,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(cell(0, ui::AttendanceTableModel::StatusColumn), QStringLiteral("Excused"));
        QCOMPARE(cell(0, ui::AttendanceTableModel::NotesColumn), QStringLiteral("Train strike"));
        QVERIFY(cell(0, ui::AttendanceTableModel::VerifiedColumn).startsWith(live.instructor.name));

        // A three-second clip made here with ffmpeg, added as the class's recording.
        const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
        QVERIFY2(!ffmpeg.isEmpty(), "ffmpeg is missing: .ci/install-deps --tests installs it");
        QTemporaryDir media;
        const QString clip = media.filePath(QStringLiteral("week-1.webm"));
        QCOMPARE(QProcess::execute(
                     ffmpeg, {QStringLiteral("-loglevel"), QStringLiteral("error"),
                              QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                              QStringLiteral("testsrc=duration=3:size=160x120:rate=10"),
                              QStringLiteral("-c:v"), QStringLiteral("libvpx"),
                              QStringLiteral("-b:v"), QStringLiteral("200k"), clip}),
                 0);
        QPointer<ui::RecordingEditor> editor;
        connect(recordings, &ui::RecordingsTab::editorOpened, this,
                [&editor](ui::RecordingEditor* opened) { editor = opened; });
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(recordings->attendanceView(), Qt::Key_R,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(editor && editor->isVisible());
        editor->useFile(clip);
        // Qt Multimedia reads the clip's length into the form.
        QTRY_COMPARE(named<QTimeEdit>(editor, QStringLiteral("Length"))->time(), QTime(0, 0, 3));
        QCOMPARE(named<QLineEdit>(editor, QStringLiteral("Title"))->text(),
                 QStringLiteral("week-1"));
        editor->accept();
        QTRY_VERIFY(!editor);
        ui::RecordingTableModel* list = recordings->recordings();
        QTRY_COMPARE(list->rowCount(), 1);
        QCOMPARE(list->data(list->index(0, ui::RecordingTableModel::LengthColumn)).toString(),
                 QStringLiteral("00:00:03"));

        // Play it to the end: the core records the view as completed.
        QSignalSpy saved(recordings, &ui::RecordingsTab::progressSaved);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        recordings->recordingView()->setFocus();
        recordings->recordingView()->selectRow(0);
        // The player takes room only once there is something to play.
        QVERIFY(!recordings->player()->isVisible());
        QTest::keyClick(recordings->recordingView(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(recordings->player()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() && saved.last().first().toString().contains(
                                                         QStringLiteral("completed")),
                                 20000);
        const Id recordingId = list->recordingAt(0).id;
        QCOMPARE(RecordingService(f->context()).completions(live.instructor, recordingId).value(),
                 1);
        QTRY_COMPARE(list->data(list->index(0, ui::RecordingTableModel::CompletedColumn)).toInt(),
                     1);
    }

    void aTaSeesTheRecordingsButNoAttendanceTools() {
        auto live = f->liveClass(1);
        const User ta = f->addUser(Role::Ta, QStringLiteral("Tariq TA"));
        f->enroll(live.course, ta);
        LECTERN_VERIFY_OK(
            SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        f->addRecording(live.session, live.instructor);
        const auto api = console(ta);
        ui::MainWindow window(*api);
        ui::RecordingsTab* recordings = window.recordingsTab();
        QSignalSpy loaded(recordings, &ui::RecordingsTab::sessionLoaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(recordings->recordings()->rowCount(), 1);
        QCOMPARE(recordings->attendance()->rowCount(), 0);
        // The core says who runs the session: a TA may play the recording, nothing more.
        for (QAction* action : recordings->actions())
            QCOMPARE(action->isVisible(), action->text() == QStringLiteral("P&lay"));
        QVERIFY(!named<QLabel>(recordings, QStringLiteral("Attendance summary"))->text().isEmpty());
    }

    // The core says who runs a live class: a TA moderates it (bans) but does not end it, serve
    // its page, name moderators or run polls — the tabs used to offer polls to any staff.
    void aTaModeratesTheLiveClassButDoesNotRunIt() {
        auto live = f->liveClass(1);
        const User ta = f->addUser(Role::Ta, QStringLiteral("Tariq TA"));
        f->enroll(live.course, ta);
        const auto api = console(ta);
        ui::MainWindow window(*api);
        ui::LiveTab* liveTab = showLiveTab(window);
        QVERIFY(liveTab);
        ui::PollsTab* polls = window.pollsTab();
        QSignalSpy pollsLoaded(polls, &ui::PollsTab::loaded);
        QTRY_VERIFY(liveTab->session().has_value());
        QVERIFY(pollsLoaded.wait(10000) || !pollsLoaded.isEmpty());
        QVERIFY(liveTab->participantAddress().isEmpty());
        const auto button = [&](const QString& text) {
            for (QPushButton* candidate : liveTab->findChildren<QPushButton*>())
                if (candidate->text() == text)
                    return candidate;
            return static_cast<QPushButton*>(nullptr);
        };
        QVERIFY(button(QStringLiteral("E&nd session")));
        QVERIFY(button(QStringLiteral("E&nd session"))->isHidden());
        const auto action = [&](const QString& text) {
            for (QAction* candidate : liveTab->findChildren<QAction*>())
                if (candidate->text() == text)
                    return candidate;
            return static_cast<QAction*>(nullptr);
        };
        QVERIFY(action(QStringLiteral("&Ban from session"))->isVisible());
        QVERIFY(!action(QStringLiteral("Make &moderator"))->isVisible());
        for (QAction* pollAction : polls->pollActions())
            QVERIFY(!pollAction->isVisible());
        // Nor are the schedule's commands there to see, as buttons, in the menu or in words.
        QTRY_VERIFY(!window.scheduleTab()->newSessionAction()->isVisible());
        QSignalSpy scheduleLoaded(window.scheduleTab(), &ui::ScheduleTab::loaded);
        window.scheduleTab()->setAnchor(QDate(2030, 1, 7)); // a week with nothing in it
        QVERIFY(scheduleLoaded.wait(10000));
        const QString nothing =
            named<QLabel>(window.scheduleTab(), QStringLiteral("No sessions"))->text();
        QVERIFY2(nothing.startsWith(QStringLiteral("No sessions this week")), qPrintable(nothing));
        QVERIFY2(!nothing.contains(QStringLiteral("New session")), qPrintable(nothing));
        for (QToolButton* commandButton : window.scheduleTab()->findChildren<QToolButton*>())
            QVERIFY2(
                !window.scheduleTab()->sessionActions().contains(commandButton->defaultAction()) ||
                    commandButton->isHidden(),
                qPrintable(commandButton->text()));
    }

    void mergeAZoomReportAfterItsPreviewAndSeeTheHistory() {
        auto live = f->liveClass(2);
        // The first student's page was open ten minutes; Zoom saw him from 5 to 45 of 50.
        const QDateTime start = live.session.actualStart;
        f->clock().set(start.addSecs(10 * 60));
        LECTERN_VERIFY_OK(
            ParticipationService(f->context()).leaveSession(live.students[0], live.session.id));
        f->clock().set(start.addSecs(50 * 60));
        LECTERN_VERIFY_OK(
            SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        const auto stamp = [&](int minutes) {
            return start.addSecs(minutes * 60)
                .toUTC()
                .toString(QStringLiteral("MM/dd/yyyy hh:mm:ss AP"));
        };
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("participants_81234567890.csv"));
        QFile report(path);
        QVERIFY(report.open(QIODevice::WriteOnly));
        report.write(QStringLiteral("Name (Original Name),User Email,Join Time,Leave Time,"
                                    "Duration (Minutes)\r\n"
                                    "S1,%1,%2,%3,40\r\n"
                                    "Phone caller,,%4,%5,10\r\n")
                         .arg(live.students[0].email, stamp(5), stamp(45), stamp(20), stamp(30))
                         .toUtf8());
        report.close();

        const auto api = console(live.instructor);
        ui::MainWindow window(*api);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::RecordingsTab* recordings = window.recordingsTab();
        window.tabs()->setCurrentWidget(recordings);
        QTRY_COMPARE(recordings->currentSessionId().value_or(0), live.session.id);
        ui::AttendanceTableModel* attendance = recordings->attendance();
        QTRY_COMPARE(attendance->rowCount(), 2);
        const auto cell = [&](int row, int column) {
            return attendance->data(attendance->index(row, column)).toString();
        };
        QCOMPARE(cell(0, ui::AttendanceTableModel::AttendedColumn), QStringLiteral("20.0 %"));

        // The preview: who the report names, what it changes, and a name to assign.
        QPointer<ui::AttendanceImportDialog> dialog;
        connect(recordings, &ui::RecordingsTab::importOpened, this,
                [&dialog](ui::AttendanceImportDialog* opened) { dialog = opened; });
        recordings->openReport(path);
        QTRY_VERIFY(dialog && dialog->isVisible());
        QSignalSpy previewed(dialog.data(), &ui::AttendanceImportDialog::previewed);
        dialog->timeZoneBox()->setCurrentIndex(
            dialog->timeZoneBox()->findText(QStringLiteral("UTC")));
        QTRY_VERIFY(!previewed.isEmpty());
        QTRY_COMPARE(dialog->matchedTable()->rowCount(), 1);
        QCOMPARE(dialog->matchedTable()->item(0, 0)->text(), live.students[0].name);
        QCOMPARE(dialog->matchedTable()->item(0, 3)->text(), QStringLiteral("Absent (20.0 %)"));
        QCOMPARE(dialog->matchedTable()->item(0, 4)->text(), QStringLiteral("Present (90.0 %)"));
        QCOMPARE(dialog->unmatchedTable()->rowCount(), 1);
        QCOMPARE(dialog->unmatchedTable()->item(0, 0)->text(), QStringLiteral("Phone caller"));
        QVERIFY(dialog->mergeButton()->isEnabled());
        // Nothing is written by looking.
        QCOMPARE(cell(0, ui::AttendanceTableModel::AttendedColumn), QStringLiteral("20.0 %"));

        // The phone caller was the second student: assigned, previewed again.
        previewed.clear();
        dialog->assign(QStringLiteral("Phone caller"), live.students[1].email);
        QTRY_VERIFY(!previewed.isEmpty());
        QCOMPARE(dialog->unmatchedTable()->rowCount(), 0);
        QCOMPARE(dialog->matchedTable()->rowCount(), 2);

        QTest::mouseClick(dialog->mergeButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QTRY_COMPARE(cell(0, ui::AttendanceTableModel::AttendedColumn), QStringLiteral("90.0 %"));
        QCOMPARE(cell(0, ui::AttendanceTableModel::PresentColumn), QStringLiteral("Yes"));

        // The history says who merged what, by keyboard.
        QPointer<ui::AttendanceHistoryDialog> history;
        connect(recordings, &ui::RecordingsTab::historyOpened, this,
                [&history](ui::AttendanceHistoryDialog* opened) { history = opened; });
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        recordings->attendanceView()->setFocus();
        QTest::keyClick(recordings->attendanceView(), Qt::Key_H,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(history && history->isVisible());
        QTableWidget* changes = history->table();
        QCOMPARE(changes->rowCount(), 1); // the second student was present already
        QCOMPARE(changes->item(0, 1)->text(), live.students[0].name);
        QCOMPARE(changes->item(0, 2)->text(), live.instructor.name);
        QCOMPARE(changes->item(0, 3)->text(), QStringLiteral("Report merged"));
        QCOMPARE(changes->item(0, 4)->text(), QStringLiteral("Absent → Present"));
        QVERIFY(
            changes->item(0, 7)->text().startsWith(QStringLiteral("Zoom report: 1 stint, 40 min")));
        history->close();
    }

    void signingOutOrLosingTheSignInEndsTheWindow() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        f->addCourse(ada);
        const auto actionNamed = [](QWidget& window, const QString& text) {
            for (QAction* action : window.findChildren<QAction*>())
                if (action->text() == text)
                    return action;
            return static_cast<QAction*>(nullptr);
        };
        // Every message box the window shows, answered.
        QStringList shown;
        QTimer boxes;
        boxes.setInterval(20);
        connect(&boxes, &QTimer::timeout, this, [&shown] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                shown << box->text();
                box->button(QMessageBox::Ok)->click();
            }
        });
        boxes.start();
        {
            const auto api = console(ada);
            ui::MainWindow window(*api);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QSignalSpy out(&window, &ui::MainWindow::signedOut);
            QAction* signOut = actionNamed(window, QStringLiteral("Sign &out"));
            QVERIFY(signOut);
            signOut->trigger();
            QTRY_COMPARE(out.size(), 1);
            // The server refusing the old token afterwards is no news to one who signed out.
            QTest::qWait(300);
            QVERIFY2(shown.isEmpty(), qPrintable(shown.join(u'\n')));
        }
        if (!throughTheHub())
            return; // only a server ends a sign-in
        const auto api = console(ada);
        ui::MainWindow window(*api);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy out(&window, &ui::MainWindow::signedOut);
        // The class day's sign-in runs out on the server while the window is open.
        f->clock().set(f->clock().now().addDays(1));
        QAction* refresh = actionNamed(window, QStringLiteral("&Refresh"));
        QVERIFY(refresh);
        refresh->trigger(); // four reads at once, each refused
        QTRY_COMPARE_WITH_TIMEOUT(out.size(), 1, 15'000);
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().contains(QStringLiteral("no longer takes your sign-in")),
                 qPrintable(shown.first()));
        QTest::qWait(300);
        QCOMPARE(out.size(), 1); // told once, however many calls were refused
    }

    void keepMeSignedInLastsUntilSignOutOrExpiry() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        client::RememberedSignIn remembered(f->context(), SecretStore::forThisUser());
        remembered.forget();
        QVERIFY(!remembered.recall());

        // Signing in with the box ticked remembers Ada for this database.
        client::LocalSignIn door(f->context(), testHub);
        ui::SignInDialog dialog(door, ui::SignInDialog::Mode::SignIn);
        dialog.show();
        dialog.setEmail(ada.email);
        QTest::keyClicks(field(&dialog, QStringLiteral("Password")),
                         QStringLiteral("correct horse"));
        dialog.findChild<QCheckBox*>()->setChecked(true);
        clickOk(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15000);
        QCOMPARE(remembered.recall().value_or(User{}).id, ada.id);

        // A month later it has expired: the dialog asks again.
        f->clock().set(f->clock().now().addDays(31));
        QVERIFY(!remembered.recall());
        f->clock().set(test::ServiceFixture::startOfDay());

        // Signing out forgets it.
        LECTERN_VERIFY_OK(remembered.remember(ada));
        QCOMPARE(remembered.recall().value_or(User{}).id, ada.id);
        remembered.forget();
        QVERIFY(!remembered.recall());
    }

    void aServersOwnCertificateIsTrustedOnceAtSignIn() {
        const User tia = f->addUser(Role::Ta, QStringLiteral("Tia"));
        const auto tls = startHubWithItsOwnCertificate();
        const QByteArray& fingerprint = tls->fingerprint;

        const auto address =
            client::ServerAddress::parse(QStringLiteral("127.0.0.1:%1").arg(tls->rest->port()));
        QVERIFY(address);
        client::HubSignIn door(*address);
        ui::SignInDialog dialog(door, ui::SignInDialog::Mode::SignIn);
        dialog.show();
        dialog.setEmail(tia.email);
        QTest::keyClicks(field(&dialog, QStringLiteral("Password")),
                         QStringLiteral("correct horse"));
        clickOk(dialog);
        // Refused, with the fingerprint to compare in words rather than the TLS library's.
        auto* error = named<QLabel>(&dialog, QStringLiteral("Error"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15'000);
        QVERIFY2(QString(error->text())
                     .replace(u'\n', u':')
                     .contains(client::fingerprintText(fingerprint)),
                 qPrintable(error->text()));
        QVERIFY(dialog.isVisible());
        QVERIFY(door.trustedCertificate().isEmpty());
        auto* trust = named<QPushButton>(&dialog, QStringLiteral("Trust this certificate"));
        QVERIFY(trust->isVisible());
        QTest::mouseClick(trust, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 15'000);
        QCOMPARE(dialog.user()->id, tia.id);
        QCOMPARE(door.trustedCertificate(), fingerprint);

        // Remembered for that server only, beside the one of the server in Settings.
        ui::ConsoleSettings settings;
        settings.serverUrl = QStringLiteral("https://lectern.example.edu");
        settings.serverCertificate = "aa";
        settings.trustCertificate(address->url, fingerprint);
        settings.save();
        const ui::ConsoleSettings loaded = ui::ConsoleSettings::load();
        QCOMPARE(loaded.certificateFor(address->url), fingerprint);
        QCOMPARE(loaded.certificateFor(QUrl(QStringLiteral("https://lectern.example.edu/"))),
                 QByteArray("aa"));
        QVERIFY(loaded.certificateFor(QUrl(QStringLiteral("https://other.example.edu"))).isEmpty());
    }

    void settingsChooseWhereClassesAreKept() {
        // A console from before kept a team database's address, password and all.
        QSettings().clear();
        QSettings().setValue(QStringLiteral("database/url"),
                             QStringLiteral("postgresql://ta:hunter2@db.example.edu/lectern"));
        ui::ConsoleSettings settings = ui::ConsoleSettings::load();
        settings.hubPort = 9000;
        ui::SettingsDialog dialog(settings);
        dialog.show();
        auto* place = named<QComboBox>(&dialog, QStringLiteral("Where classes are kept"));
        auto* server = named<QLineEdit>(&dialog, QStringLiteral("Server address"));
        auto* result = named<QLabel>(&dialog, QStringLiteral("Connection test result"));
        QSignalSpy tested(&dialog, &ui::SettingsDialog::connectionTested);
        QCOMPARE(place->currentIndex(), 0); // this computer
        QVERIFY(!server->isVisible());
        dialog.testConnection();
        QVERIFY(tested.wait(15000));
        QVERIFY2(tested.last().first().toBool(), qPrintable(result->text()));

        // A server by an address that is not one, or where nothing answers: the reason shows
        // and OK keeps the dialog open.
        place->setCurrentIndex(1);
        QVERIFY(server->isVisible());
        QTest::keyClicks(server, QStringLiteral("http://lectern.example.edu"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(result->text().contains(QStringLiteral("https")));
        server->clear();
        QTest::keyClicks(server, QStringLiteral("http://127.0.0.1:1"));
        dialog.testConnection();
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.last().first().toBool(), false);
        QVERIFY(result->text().startsWith(QStringLiteral("No connection")));

        // A real server with a certificate of its own: trusted only once the user says so.
        const auto tls = startHubWithItsOwnCertificate();
        const QByteArray& fingerprint = tls->fingerprint;
        server->clear();
        QTest::keyClicks(server, QStringLiteral("127.0.0.1:%1").arg(tls->rest->port()));
        dialog.testConnection();
        QVERIFY(tested.wait(15000));
        QCOMPARE(tested.last().first().toBool(), false);
        auto* trust = named<QPushButton>(&dialog, QStringLiteral("Trust this certificate"));
        QVERIFY(trust->isVisible());
        // The fingerprint is shown on two lines.
        QVERIFY(QString(result->text())
                    .replace(u'\n', u':')
                    .contains(client::fingerprintText(fingerprint)));
        QTest::mouseClick(trust, Qt::LeftButton);
        QVERIFY(tested.wait(15000));
        QVERIFY2(tested.last().first().toBool(), qPrintable(result->text()));
        QVERIFY(result->text().startsWith(QStringLiteral("Connected")));

        const ui::ConsoleSettings edited = dialog.settings();
        QCOMPARE(edited.serverUrl, QStringLiteral("https://127.0.0.1:%1").arg(tls->rest->port()));
        QCOMPARE(edited.serverCertificate, fingerprint);
        QCOMPARE(edited.hubPort, 9000);
        // What the console keeps names the server and its certificate: no database, no password.
        edited.save();
        QSettings().sync();
        QFile stored(QSettings().fileName());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray kept = stored.readAll();
        QVERIFY(kept.contains(fingerprint));
        QVERIFY(!kept.contains("hunter2"));
        QVERIFY(!kept.contains("postgresql"));
        QVERIFY(!kept.contains("database"));
    }

    void aServerOutOfReachIsShownUntilItIsBack() {
        if (!throughTheHub())
            QSKIP("A console on this computer is always in reach");
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        test::TcpRelay relay(QStringLiteral("127.0.0.1"), rest->port());
        const auto api = console(ada, relay.port());
        ui::MainWindow window(*api);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* away = named<QLabel>(&window, QStringLiteral("Server status"));
        QTRY_VERIFY(window.scheduleTab()->model());
        QVERIFY(!away->isVisible());
        relay.setMode(test::TcpRelay::Mode::Refuse);
        QTRY_VERIFY_WITH_TIMEOUT(away->isVisible(), 15'000);
        QVERIFY(away->toolTip().contains(QStringLiteral("127.0.0.1")));
        relay.setMode(test::TcpRelay::Mode::Forward);
        QTRY_VERIFY_WITH_TIMEOUT(!away->isVisible(), 15'000);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Back in touch")));
    }

    void anInstructorAndATaRunAClassThroughALecternServer() {
        if (f->context().database->dialect() != Dialect::Postgres)
            QSKIP("A team's lectern-server keeps its classes in PostgreSQL");
        auto live = f->liveClass(1);
        const User ta = f->addUser(Role::Ta, QStringLiteral("Tariq"));
        const User otherTa = f->addUser(Role::Ta, QStringLiteral("Theo"));
        f->enroll(live.course, ta);
        f->enroll(live.course, otherTa);
        LECTERN_VERIFY_OK(ParticipationService(f->context()).joinSession(otherTa, live.session.id));

        // The team's server, its own process on the database; the consoles know only its
        // address.
        test::ServerProcess server(QStringLiteral(LECTERN_SERVER_PATH));
        QString problem;
        QVERIFY2(server.start(f->context().database->url().toString(), {}, &problem),
                 qPrintable(problem));
        QSettings().clear();
        ui::ConsoleSettings taSettings;
        taSettings.serverUrl = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        taSettings.save();
        QSettings().sync();
        QFile stored(QSettings().fileName());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray kept = stored.readAll();
        QVERIFY(kept.contains(taSettings.serverUrl.toUtf8()));
        QVERIFY(!kept.contains("postgres"));
        QVERIFY(!kept.contains("lectern_test:")); // the database's user and password
        const auto signedIn = [&](const User& user) {
            client::HubSignIn door(
                client::ServerAddress::parse(ui::ConsoleSettings::load().serverUrl).value());
            QFuture<Result<User>> answer =
                door.signIn(user.email, QStringLiteral("correct horse"), false);
            if (!QTest::qWaitFor([&] { return answer.isFinished(); }, 15'000) || !answer.result())
                qFatal("cannot sign in to lectern-server");
            return door.open(answer.result().value());
        };
        const auto instructorApi = signedIn(live.instructor);
        const auto taApi = signedIn(ta);
        ui::MainWindow instructorWindow(*instructorApi);
        ui::MainWindow taWindow(*taApi);
        instructorWindow.show();
        taWindow.show();
        instructorWindow.tabs()->setCurrentWidget(instructorWindow.liveTab());
        taWindow.tabs()->setCurrentWidget(taWindow.liveTab());
        QTRY_VERIFY_WITH_TIMEOUT(taWindow.liveTab()->chatPanel()->chatView()->isEnabled(), 15'000);

        // A student writes (a third party on the database, heard by the server through
        // NOTIFY): both consoles show it.
        hub::TeamSync fixtureSync(f->context());
        LECTERN_VERIFY_OK(fixtureSync.start());
        const auto say = [&](const User& who, const QString& text) {
            ChatDraft draft;
            draft.content = text;
            auto sent = ChatService(f->context()).sendChatMessage(who, live.session.id, draft);
            f->context().publish(events::chatCreated, live.session.id, sent.value().id);
            return sent.value();
        };
        say(live.students[0], QStringLiteral("something rude"));
        ui::ChatModel* seenByInstructor = instructorWindow.liveTab()->chatPanel()->chat();
        ui::ChatModel* seenByTa = taWindow.liveTab()->chatPanel()->chat();
        QTRY_COMPARE_WITH_TIMEOUT(seenByInstructor->rowCount(), 1, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(seenByTa->rowCount(), 1, 15'000);

        // The TA deletes it from the keyboard; the instructor's console shows it deleted.
        taWindow.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&taWindow));
        QListView* taChat = taWindow.liveTab()->chatPanel()->chatView();
        taChat->setFocus();
        taChat->setCurrentIndex(seenByTa->index(0));
        QTest::keyClick(taChat, Qt::Key_Delete);
        QTRY_VERIFY(seenByTa->index(0).data(ui::ChatModel::DeletedRole).toBool());
        QElapsedTimer sinceDeleted;
        sinceDeleted.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            seenByInstructor->index(0).data(ui::ChatModel::DeletedRole).toBool(), 5000);
        qInfo("The instructor saw the deletion %lld ms after the TA did", sinceDeleted.elapsed());

        // What a TA may not do, the server refuses, and the console says why: another TA is
        // staff, and staff cannot be banned.
        say(otherTa, QStringLiteral("I am staff too"));
        QTRY_COMPARE_WITH_TIMEOUT(seenByTa->rowCount(), 2, 15'000);
        taChat->setCurrentIndex(seenByTa->index(1));
        QTest::keyClick(taChat, Qt::Key_B, Qt::ControlModifier);
        const auto shownProblem = [&] {
            for (QLabel* label : taWindow.liveTab()->findChildren<QLabel*>()) {
                if (label->accessibleName() == u"Error" && label->isVisible())
                    return label->text();
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!shownProblem().isEmpty(), 15'000);
        QVERIFY2(shownProblem().contains(QStringLiteral("Staff of the course cannot be removed")),
                 qPrintable(shownProblem()));
    }

    void theWindowSpeaksGerman() {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(LECTERN_TRANSLATIONS_DIR "/lectern_de.qm")));
        QCoreApplication::installTranslator(&german);
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const auto api = console(ada);
        ui::MainWindow window(*api);
        const QStringList expected{
            QStringLiteral("&Zeitplan"), QStringLiteral("&Live"), QStringLiteral("&Umfragen"),
            QStringLiteral("&Aufzeichnungen && Anwesenheit"), QStringLiteral("Berich&te")};
        QStringList tabs;
        for (int i = 0; i < window.tabs()->count(); ++i)
            tabs << window.tabs()->tabText(i);
        QCOMPARE(tabs, expected);
        QCOMPARE(window.scheduleTab()->newSessionAction()->text(),
                 QStringLiteral("&Neue Sitzung…"));
    }

    void theSessionDialogsProblemsAreInGerman() {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(LECTERN_TRANSLATIONS_DIR "/lectern_de.qm")));
        QCoreApplication::installTranslator(&german);
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f->addCourse(ada);
        const LiveSession existing = f->addSession(course, ada);
        const auto api = console(ada);
        ui::MainWindow window(*api);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::ScheduleTab* schedule = window.scheduleTab();
        QTRY_COMPARE(schedule->model()->rowCount(), 1);
        const QPointer<ui::SessionEditor> editor = newSessionByKeyboard(schedule);
        QVERIFY(editor);
        auto* save = editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        auto* start = named<QDateTimeEdit>(editor, QStringLiteral("Beginn"));
        named<QDateTimeEdit>(editor, QStringLiteral("Ende"))
            ->setDateTime(start->dateTime().addSecs(-60));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(named<QLabel>(editor, QStringLiteral("Problem bei Titel"))->text(),
                 QStringLiteral("Geben Sie der Sitzung einen Titel"));
        QCOMPARE(named<QLabel>(editor, QStringLiteral("Problem bei Ende"))->text(),
                 QStringLiteral("Das Ende muss nach dem Beginn liegen"));

        // The core's clash, from the server or this computer, in German too.
        QTest::keyClicks(named<QLineEdit>(editor, QStringLiteral("Titel")),
                         QStringLiteral("Woche 7"));
        start->setDateTime(existing.scheduledStart.toLocalTime());
        named<QDateTimeEdit>(editor, QStringLiteral("Ende"))
            ->setDateTime(existing.scheduledEnd.toLocalTime());
        QTest::mouseClick(save, Qt::LeftButton);
        QLabel* clash = named<QLabel>(editor, QStringLiteral("Problem bei Beginn"));
        QTRY_VERIFY(clash->isVisible());
        QVERIFY2(clash->text().startsWith(
                     QStringLiteral("Sie unterrichten bereits „%1“ von").arg(existing.title)),
                 qPrintable(clash->text()));
        editor->reject();
    }

    void reportsShowTheCourseExportItAndImportARoster() {
        auto live = f->liveClass(2);
        f->clock().set(live.session.actualStart.addSecs(50 * 60));
        LECTERN_VERIFY_OK(
            SessionService(f->context()).endLiveSession(live.instructor, live.session.id));
        const auto api = console(live.instructor);
        ui::MainWindow window(*api);
        ui::ReportsTab* reports = window.reportsTab();
        QVERIFY(reports);
        QSignalSpy loaded(reports, &ui::ReportsTab::dashboardLoaded);
        window.show();
        QVERIFY(loaded.wait(10000));
        // The class's day, whatever today is.
        const QDate day = live.session.scheduledStart.toLocalTime().date();
        reports->fromEdit()->setDate(day.addDays(-1));
        reports->toEdit()->setDate(day);
        QTRY_COMPARE(reports->dashboard()->rowCount(), 2);
        const QModelIndex eligible =
            reports->dashboard()->index(0, ui::CourseDashboardModel::EligibleColumn);
        QTRY_COMPARE(eligible.data().toString(), QStringLiteral("Yes")); // 50 of 60 minutes
        QVERIFY(reports->summary()->text().contains(QStringLiteral("2 of 2")));
        // The dashboard follows the core: a student marked absent is no longer eligible.
        AttendanceService attendance(f->context());
        const auto records = attendance.getAttendance(live.instructor, live.session.id).value();
        LECTERN_VERIFY_OK(attendance.verifyAttendance(live.instructor, records.first().id,
                                                      AttendanceStatus::Absent, QString()));
        QTRY_VERIFY(reports->summary()->text().contains(QStringLiteral("1 of 2")));
        // Backwards days empty the dashboard and hold the exports back.
        reports->toEdit()->setDate(day.addDays(-2));
        QCOMPARE(reports->dashboard()->rowCount(), 0);
        QVERIFY(!reports->actions().first()->isEnabled());
        reports->toEdit()->setDate(day);
        QTRY_COMPARE(reports->dashboard()->rowCount(), 2);
        QTRY_VERIFY(reports->actions().first()->isEnabled());

        // Exported as PDF with the progress dialog; then as a workbook.
        QTemporaryDir folder;
        QSignalSpy exported(reports, &ui::ReportsTab::exportFinished);
        reports->exportAttendanceTo(folder.filePath(QStringLiteral("django.pdf")));
        QVERIFY(exported.wait(20000));
        QVERIFY2(exported.last().at(0).toBool(), qPrintable(exported.last().at(1).toString()));
        QFile pdf(folder.filePath(QStringLiteral("django.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        reports->exportPollsTo(folder.filePath(QStringLiteral("polls.xlsx")));
        QVERIFY(exported.wait(20000));
        QVERIFY(exported.last().at(0).toBool());
        // A file type the export does not write is said so, and nothing is written.
        reports->exportAttendanceTo(folder.filePath(QStringLiteral("django.docx")));
        QCOMPARE(exported.size(), 3);
        QVERIFY(!exported.last().at(0).toBool());
        QVERIFY(!QFile::exists(folder.filePath(QStringLiteral("django.docx"))));
        // Cancel on the progress dialog stops the export: nothing is written. The worker
        // threads are held busy until Cancel is pressed, so the export cannot finish first.
        const QString cancelled = folder.filePath(QStringLiteral("cancelled.pdf"));
        // The semaphores outlive the test: a worker may still be leaving acquire() after it.
        QThreadPool* pool = QThreadPool::globalInstance();
        const auto busy = std::make_shared<QSemaphore>();
        const auto release = std::make_shared<QSemaphore>();
        for (int i = 0; i < pool->maxThreadCount(); ++i)
            pool->start([busy, release] {
                busy->release();
                release->acquire();
            });
        auto unblock = qScopeGuard([release, pool] { release->release(pool->maxThreadCount()); });
        busy->acquire(pool->maxThreadCount());
        reports->exportAttendanceTo(cancelled);
        const auto dialogs = reports->findChildren<QProgressDialog*>();
        QVERIFY(!dialogs.isEmpty());
        Q_EMIT dialogs.last()->canceled(); // as its Cancel button does
        unblock.dismiss();
        release->release(pool->maxThreadCount());
        QVERIFY(exported.wait(20000));
        QVERIFY(!exported.last().at(0).toBool());
        QVERIFY(exported.last().at(1).toString().contains(QStringLiteral("cancelled")));
        QVERIFY(!QFile::exists(cancelled));
        reports->exportCalendarTo(folder.filePath(QStringLiteral("django.ics")));
        QVERIFY(exported.wait(20000));
        QVERIFY(exported.last().at(0).toBool());
        QFile calendar(folder.filePath(QStringLiteral("django.ics")));
        QVERIFY(calendar.open(QIODevice::ReadOnly));
        QVERIFY(calendar.readAll().startsWith("BEGIN:VCALENDAR\r\n"));

        // A roster with one bad line: nothing imports until the bad line is skipped.
        const QString roster = folder.filePath(QStringLiteral("roster.csv"));
        QFile file(roster);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("email,name\nnew.student@example.edu,Nia Student\nnot-an-email,Somebody\n");
        file.close();
        reports->importRoster();
        auto* dialog = window.findChild<ui::RosterImportDialog*>();
        QVERIFY(dialog);
        QSignalSpy read(dialog, &ui::RosterImportDialog::loaded);
        // A file far larger than a roster is refused unread, in words.
        const QString huge = folder.filePath(QStringLiteral("huge.csv"));
        QFile hugeFile(huge);
        QVERIFY(hugeFile.open(QIODevice::WriteOnly) && hugeFile.resize(maxImportFileBytes + 1));
        hugeFile.close();
        dialog->loadFile(huge);
        QCOMPARE(read.size(), 1);
        QVERIFY2(dialog->summary()->text().contains(QStringLiteral("larger than 8 MB")),
                 qPrintable(dialog->summary()->text()));
        QVERIFY(!dialog->importButton()->isEnabled());
        dialog->loadFile(roster);
        QVERIFY(read.wait(10000));
        QCOMPARE(dialog->problemList()->count(), 1);
        QVERIFY(dialog->problemList()->item(0)->text().startsWith(QStringLiteral("Line 3")));
        QVERIFY(!dialog->importButton()->isEnabled());
        dialog->skipBadLines()->setChecked(true);
        QVERIFY(dialog->importButton()->isEnabled());
        QSignalSpy finished(dialog, &ui::RosterImportDialog::finished);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        dialog->reject(); // Escape while it runs: the dialog stays to show the passwords
        QVERIFY(finished.wait(20000));
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->summary()->text().contains(QStringLiteral("Enrolled: 1")),
                 qPrintable(dialog->summary()->text()));
        QVERIFY(
            dialog->result()->toPlainText().contains(QStringLiteral("new.student@example.edu")));
        QTRY_COMPARE(reports->dashboard()->rowCount(), 3);
        dialog->reject();

        // Students and TAs run no courses: no Reports tab.
        const auto studentApi = console(live.students[0]);
        ui::MainWindow studentWindow(*studentApi);
        QVERIFY(!studentWindow.reportsTab());
    }

    void remindsOfTheNextClassAndShowsItAboveTheSchedule() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f->addCourse(ada, QStringLiteral("Django 101"));
        f->clock().set(test::ServiceFixture::startOfDay());
        const LiveSession session = f->addSession(course, ada); // in an hour
        const auto api = console(ada);
        ui::MainWindow window(*api);
        QSignalSpy reminded(window.reminders(), &ui::SessionReminders::remind);
        window.show();
        QVERIFY(reminded.wait(10000));
        QCOMPARE(reminded.last().at(0).toString(), QStringLiteral("Upcoming class"));
        QVERIFY(reminded.last().at(1).toString().startsWith(
            session.title + u" is ")); // today or tomorrow, by time zone
        QCOMPARE(reminded.last().at(2).value<Id>(), session.id);
        QVERIFY(window.statusBar()->currentMessage().contains(session.title));

        ui::NextSessionBanner* banner = window.scheduleTab()->banner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Django 101")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("in 1 h")));
        QCOMPARE(ui::NextSessionBanner::timeUntil(65 * 60), QStringLiteral("in 1 h 5 min"));
        QCOMPARE(ui::NextSessionBanner::timeUntil(3 * 24 * 3600), QStringLiteral("in 3 days"));
        QCOMPARE(ui::NextSessionBanner::timeUntil(-30), QStringLiteral("due to start now"));

        // Eight minutes before: the last call. Nothing is said twice.
        f->clock().set(session.scheduledStart.addSecs(-8 * 60));
        QSignalSpy checked(window.reminders(), &ui::SessionReminders::checked);
        window.reminders()->check();
        QVERIFY(checked.wait(10000));
        QCOMPARE(reminded.size(), 2);
        QCOMPARE(reminded.last().at(0).toString(), QStringLiteral("Class starts soon"));
        QVERIFY(reminded.last().at(1).toString().contains(QStringLiteral("starts in 8 minutes")));
        window.reminders()->check();
        QVERIFY(checked.wait(10000));
        QCOMPARE(reminded.size(), 2);
    }

    void agoraKeysSignTheHostsJoinToken() {
        if (throughTheHub())
            QSKIP("On a server the Agora keys are its admins' (tst_hubconsole checks them)");
        auto live = f->liveClass(1); // on Agora, the fixture's default, with a channel
        QVERIFY(!live.session.channelName.isEmpty());
        const auto api = console(live.instructor);
        ui::MainWindow window(*api);
        ui::LiveTab* tab = showLiveTab(window);
        QVERIFY(tab);
        QTRY_VERIFY(tab->session().has_value());
        QPushButton* join = tab->joinButton();
        QTRY_VERIFY(join->isVisible());

        // The keys through their dialog: a bad app id is named under its field; good ones kept.
        {
            ui::AgoraKeysDialog dialog(window.api(), &window);
            QSignalSpy read(&dialog, &ui::AgoraKeysDialog::loaded);
            dialog.show();
            QVERIFY(read.wait(10000));
            dialog.appIdField()->setText(QStringLiteral("1234"));
            dialog.certificateField()->setText(QStringLiteral("5CFd2fd1755d40ecb72977518be15d3b"));
            dialog.save();
            QLabel* problem = named<QLabel>(&dialog, QStringLiteral("Problem with App ID"));
            QTRY_VERIFY(problem->isVisible());
            QVERIFY(problem->text().contains(QStringLiteral("32 hexadecimal digits")));
            QSignalSpy changed(&dialog, &ui::AgoraKeysDialog::changed);
            dialog.appIdField()->setText(QStringLiteral("970CA35de60c44645bbae8a215061b33"));
            dialog.save();
            QVERIFY(changed.wait(10000));
        }
        // Join copies the channel and a token for the host's Agora client.
        QSignalSpy joined(tab, &ui::LiveTab::agoraJoinReady);
        QTest::mouseClick(join, Qt::LeftButton);
        QVERIFY(joined.wait(10000));
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("Channel: ") + live.session.channelName),
                 qPrintable(copied));
        QVERIFY(copied.contains(QStringLiteral("Token: 007")));
        QVERIFY(window.statusBar()->currentMessage().contains(live.session.channelName));

        // Forgotten keys: joining says where to add them.
        {
            ui::AgoraKeysDialog dialog(window.api(), &window);
            QSignalSpy read(&dialog, &ui::AgoraKeysDialog::loaded);
            QVERIFY(read.wait(10000));
            QVERIFY(dialog.forgetButton()->isEnabled());
            QSignalSpy changed(&dialog, &ui::AgoraKeysDialog::changed);
            dialog.forget();
            QVERIFY(changed.wait(10000));
        }
        QTest::mouseClick(join, Qt::LeftButton);
        const auto saysWhereToAddThem = [tab] {
            return std::ranges::any_of(tab->findChildren<QLabel*>(), [](QLabel* label) {
                return label->accessibleName() == u"Error" && label->isVisible() &&
                       label->text().contains(QStringLiteral("Agora keys"));
            });
        };
        QTRY_VERIFY(saysWhereToAddThem());
    }

    void studentsSeeOnlyTheirCourses() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f->addCourse(ada);
        f->addSession(course, ada);
        const User sam = f->addUser(Role::Student, QStringLiteral("Sam"));
        const auto api = console(sam);
        ui::MainWindow window(*api);
        window.show();
        QSignalSpy loaded(window.scheduleTab(), &ui::ScheduleTab::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.scheduleTab()->model()->rowCount(), 0);
        f->enroll(course, sam);
        window.scheduleTab()->reload();
        QTRY_COMPARE(window.scheduleTab()->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
