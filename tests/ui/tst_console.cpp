#include "hubclient.h"
#include "live/livetab.h"
#include "live/rostermodel.h"
#include "mainwindow.h"
#include "schedule/scheduletab.h"
#include "schedule/sessiontablemodel.h"
#include "servicefixture.h"
#include "services/participationservice.h"
#include "services/sessionservice.h"
#include "signin/signindialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace lectern;

namespace {
// The hub a window runs while a session is live: loopback, on a free port.
const ui::HubPlacement testHub{QHostAddress(QHostAddress::LocalHost), 0};

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

void clickOk(QDialog& dialog) {
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}
} // namespace

// Drives the real console widgets on a real database.
class TestConsole : public QObject {
    Q_OBJECT

    // Shows `window` on its Live tab; null if the window never appeared.
    static ui::LiveTab* showLiveTab(ui::MainWindow& window) {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        window.tabs()->setCurrentWidget(window.liveTab());
        return window.liveTab();
    }

private:
    std::unique_ptr<test::ServiceFixture> f;

private Q_SLOTS:
    void init() { LECTERN_OPEN_FIXTURE(f); }
    void cleanup() { f.reset(); }

    void firstStartCreatesTheFirstAccount() {
        ui::SignInDialog dialog(f->context(), ui::SignInDialog::Mode::FirstAccount);
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
        ui::SignInDialog dialog(f->context(), ui::SignInDialog::Mode::SignIn);
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

    void scheduleListsSessionsAndFollowsChanges() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f->addCourse(ada);
        const LiveSession first = f->addSession(course, ada);
        ui::MainWindow window(f->context(), ada, testHub);
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
        ui::MainWindow window(f->context(), live.instructor, testHub);
        ui::LiveTab* tab = showLiveTab(window);
        QVERIFY(tab);
        QTRY_COMPARE(tab->roster()->rowCount(), 2);
        QCOMPARE(tab->session()->id, live.session.id);

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

        // End, confirming the question the tab asks.
        QTimer::singleShot(0, this, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        QPushButton* end = nullptr;
        for (QPushButton* button : tab->findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("&End session"))
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

    void rosterBansAndNamesModerators() {
        auto live = f->liveClass(2);
        ui::MainWindow window(f->context(), live.instructor, testHub);
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

    void studentsSeeOnlyTheirCourses() {
        const User ada = f->addUser(Role::Instructor, QStringLiteral("Ada"));
        const Course course = f->addCourse(ada);
        f->addSession(course, ada);
        const User sam = f->addUser(Role::Student, QStringLiteral("Sam"));
        ui::MainWindow window(f->context(), sam, testHub);
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
