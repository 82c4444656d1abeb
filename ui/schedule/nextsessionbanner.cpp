#include "nextsessionbanner.h"

#include <QLocale>
#include <QTimer>

namespace lectern::ui {

NextSessionBanner::NextSessionBanner(std::function<QDateTime()> now, QWidget* parent)
    : QLabel(parent)
    , m_now(std::move(now))
    , m_tick(new QTimer(this)) {
    setAccessibleName(tr("Next session"));
    setTextFormat(Qt::RichText);
    setMargin(8);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xe8, 0xf0, 0xfb));
    colours.setColor(QPalette::WindowText, QColor(0x1f, 0x3b, 0x5c));
    setPalette(colours);
    setFrameShape(QFrame::StyledPanel);
    hide();
    m_tick->setInterval(30'000);
    connect(m_tick, &QTimer::timeout, this, &NextSessionBanner::refresh);
}

void NextSessionBanner::setNext(std::optional<LiveSession> session, const QString& courseTitle) {
    m_session = std::move(session);
    m_courseTitle = courseTitle;
    refresh();
}

void NextSessionBanner::refresh() {
    setVisible(m_session.has_value());
    if (!m_session) {
        m_tick->stop();
        return;
    }
    setText(textFor(*m_session, m_courseTitle, m_now()));
    if (!m_tick->isActive())
        m_tick->start();
}

QString NextSessionBanner::timeUntil(qint64 seconds) {
    if (seconds <= 0)
        return tr("due to start now");
    const qint64 minutes = std::max<qint64>(1, (seconds + 59) / 60);
    if (minutes < 60)
        return tr("in %1 min").arg(minutes);
    if (minutes < 48 * 60)
        return minutes % 60 ? tr("in %1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                            : tr("in %1 h").arg(minutes / 60);
    return tr("in %1 days").arg(minutes / (24 * 60));
}

QString NextSessionBanner::textFor(const LiveSession& session, const QString& courseTitle,
                                   const QDateTime& now) {
    const QLocale locale;
    const QString what = courseTitle.isEmpty() ? session.title.toHtmlEscaped()
                                               : tr("%1 (%2)").arg(session.title.toHtmlEscaped(),
                                                                   courseTitle.toHtmlEscaped());
    if (session.isLive())
        return tr("<b>Live now:</b> %1 · since %2")
            .arg(what, locale.toString(session.actualStart.toLocalTime().time(),
                                       QStringLiteral("HH:mm")));
    const QDateTime start = session.scheduledStart.toLocalTime();
    return tr("<b>Next:</b> %1 · %2 · %3")
        .arg(what, locale.toString(start, QStringLiteral("ddd d MMM, HH:mm")),
             timeUntil(now.secsTo(session.scheduledStart)));
}

} // namespace lectern::ui
