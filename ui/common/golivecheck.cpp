#include "golivecheck.h"

#include "whendone.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace lectern::ui {
namespace {

// Names the translations' context.
class GoLiveCheck {
    Q_DECLARE_TR_FUNCTIONS(GoLiveCheck)
};

// "3 days", "2 h 10 min", "40 min".
QString spanText(qint64 seconds) {
    const qint64 minutes = (seconds + 30) / 60; // to the nearest minute
    if (minutes >= 48 * 60)
        return GoLiveCheck::tr("%1 days").arg(minutes / (24 * 60)); // two or more
    if (minutes >= 60)
        return GoLiveCheck::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return GoLiveCheck::tr("%1 min").arg(minutes);
}

QString whenText(const QDateTime& at) {
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    return GoLiveCheck::tr("%1 on %2")
        .arg(locale.toString(local.time(), QStringLiteral("HH:mm")),
             locale.toString(local.date(), QStringLiteral("ddd d MMM")));
}

} // namespace

QString goLiveWarning(const LiveSession& session, const QDateTime& now,
                      const std::optional<LiveSession>& alreadyLive) {
    QStringList reasons;
    if (alreadyLive && alreadyLive->id != session.id)
        reasons << GoLiveCheck::tr(
                       "\"%1\" is still live; going live now runs two sessions at once.")
                       .arg(alreadyLive->title);
    const qint64 early = now.secsTo(session.scheduledStart);
    if (early > goLiveEarlySeconds)
        reasons << GoLiveCheck::tr(
                       "\"%1\" is scheduled for %2, %3 from now; students can join as soon as it "
                       "is live.")
                       .arg(session.title, whenText(session.scheduledStart), spanText(early));
    return reasons.join(u'\n');
}

void goLiveAfterAsking(QWidget* parent, client::ConsoleApi& api, const LiveSession& session,
                       std::function<void()> proceed, std::function<void(const QString&)> failed) {
    whenDone(
        parent, api.liveClass(),
        [parent = QPointer(parent), &api, session, proceed = std::move(proceed),
         failed = std::move(failed)](const Result<LiveClass>& live) {
            if (!parent)
                return;
            if (!live) {
                failed(GoLiveCheck::tr("Could not check what is live now: %1")
                           .arg(live.error().message));
                return;
            }
            const QString warning = goLiveWarning(session, api.now(), live->session);
            if (!warning.isEmpty()) {
                QMessageBox question(QMessageBox::Question, GoLiveCheck::tr("Go live now?"),
                                     GoLiveCheck::tr("Go live with \"%1\" now?").arg(session.title),
                                     QMessageBox::Cancel, parent);
                question.setInformativeText(warning);
                QPushButton* goAhead =
                    question.addButton(GoLiveCheck::tr("&Go live anyway"), QMessageBox::AcceptRole);
                question.setDefaultButton(QMessageBox::Cancel);
                question.exec();
                if (question.clickedButton() != goAhead)
                    return;
            }
            proceed();
        });
}

} // namespace lectern::ui
