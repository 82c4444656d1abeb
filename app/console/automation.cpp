#include "automation.h"

#include "live/livetab.h"
#include "live/presentwindow.h"
#include "mainwindow.h"
#include "moderation/chatfeed.h"
#include "moderation/chatpanel.h"
#include "moderation/questionpanel.h"
#include "polls/currentpollpanel.h"
#include "polls/pollstab.h"
#include "recordings/recordingstab.h"
#include "reports/reportstab.h"
#include "schedule/scheduletab.h"
#include "schedule/sessioncommands.h"
#include "schedule/sessioneditor.h"

#include <QCoreApplication>
#include <QTabWidget>
#include <QTimer>

#include <memory>

namespace lectern::console {

void pictureEachTab(ui::MainWindow& window, const QDir& directory) {
    window.resize(1366, 768);
    const auto save = [directory](QWidget* widget, const QString& name) {
        const QString file = directory.filePath(name + u".png");
        if (!widget->grab().save(file))
            qWarning("Cannot save %s", qPrintable(file));
    };
    // Last, the new-session dialog over the schedule; then quit.
    QObject::connect(window.scheduleTab(), &ui::ScheduleTab::editorOpened, &window,
                     [save](ui::SessionEditor* editor) {
                         QTimer::singleShot(100, editor, [save, editor] {
                             save(editor, QStringLiteral("schedule-new-session"));
                             QCoreApplication::quit();
                         });
                     });
    // The tabs load off the UI thread; they are pictured once every one has its data, or
    // after a while as they are (a server with no live class has no chat to wait for).
    auto waiting = std::make_shared<int>(window.reportsTab() ? 8 : 7);
    const auto picture = [&window, save, waiting](bool anyway) {
        if (*waiting <= 0 || (--*waiting > 0 && !anyway))
            return;
        *waiting = 0;
        const QStringList names{QStringLiteral("schedule"), QStringLiteral("live"),
                                QStringLiteral("polls"), QStringLiteral("recordings"),
                                QStringLiteral("reports")};
        for (int tab = 0; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            save(&window, names.value(tab));
        }
        const auto newSession = [&window] {
            window.tabs()->setCurrentWidget(window.scheduleTab());
            if (window.scheduleTab()->newSessionAction()->isEnabled())
                window.scheduleTab()->commands()->newSession();
            else
                QCoreApplication::quit(); // a TA or a student schedules nothing
        };
        // Present mode, as it is shared into the meeting, while a class is live.
        window.liveTab()->presentAction()->trigger();
        ui::PresentWindow* present = window.liveTab()->presentWindow();
        if (!present)
            return newSession();
        QTimer::singleShot(300, present, [save, present, newSession] {
            save(present, QStringLiteral("present"));
            present->close();
            newSession();
        });
    };
    const auto pictureAll = [picture] { picture(false); };
    QTimer::singleShot(std::chrono::seconds(15), &window, [picture] { picture(true); });
    const auto once = Qt::SingleShotConnection;
    QObject::connect(window.scheduleTab(), &ui::ScheduleTab::loaded, &window, pictureAll, once);
    QObject::connect(window.liveTab(), &ui::LiveTab::loaded, &window, pictureAll, once);
    QObject::connect(window.liveTab()->questionPanel(), &ui::QuestionPanel::loaded, &window,
                     pictureAll, once);
    QObject::connect(window.liveTab()->chatPanel()->feed(), &ui::ChatFeed::appended, &window,
                     pictureAll, once);
    QObject::connect(window.liveTab()->pollPanel(), &ui::CurrentPollPanel::resultsShown, &window,
                     pictureAll, once);
    QObject::connect(window.pollsTab(), &ui::PollsTab::detailShown, &window, pictureAll, once);
    QObject::connect(window.recordingsTab(), &ui::RecordingsTab::sessionLoaded, &window, pictureAll,
                     once);
    if (window.reportsTab())
        QObject::connect(window.reportsTab(), &ui::ReportsTab::dashboardLoaded, &window, pictureAll,
                         once);
}

void exitWhenReady(ui::MainWindow& window) {
    auto waiting = std::make_shared<int>(2);
    const auto ready = [waiting] {
        if (--*waiting == 0)
            QCoreApplication::quit();
    };
    QObject::connect(window.scheduleTab(), &ui::ScheduleTab::loaded, &window, ready,
                     Qt::SingleShotConnection);
    QObject::connect(window.liveTab(), &ui::LiveTab::loaded, &window, ready,
                     Qt::SingleShotConnection);
}

} // namespace lectern::console
