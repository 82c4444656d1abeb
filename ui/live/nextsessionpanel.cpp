#include "nextsessionpanel.h"

#include "common/panellabels.h"
#include "whendone.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace lectern::ui {

NextSessionPanel::NextSessionPanel(client::ConsoleApi& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_text(new QLabel(this))
    , m_goLive(new QPushButton(tr("&Go live now"), this))
    , m_error(errorLabel(this)) {
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setAccessibleName(tr("Next session"));
    m_goLive->setToolTip(tr("Start the session now; students can join at once"));
    m_goLive->hide();
    connect(m_goLive, &QPushButton::clicked, this, &NextSessionPanel::goLive);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addWidget(m_goLive, 0, Qt::AlignHCenter);
    layout->addWidget(m_error, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    showNext(std::nullopt);
}

void NextSessionPanel::showNext(const std::optional<LiveSession>& next) {
    m_next = next;
    m_goLive->setVisible(next.has_value());
    if (!next) {
        m_text->setText(tr("No session of yours is live right now.\nWhen one starts, it appears "
                           "here with its roster."));
        return;
    }
    const QLocale locale;
    const QDateTime start = next->scheduledStart.toLocalTime();
    m_text->setText(tr("Next: %1\n%2, %3 to %4")
                        .arg(next->title,
                             locale.toString(start.date(), QStringLiteral("dddd d MMMM")),
                             locale.toString(start.time(), QStringLiteral("HH:mm")),
                             locale.toString(next->scheduledEnd.toLocalTime().time(),
                                             QStringLiteral("HH:mm"))));
}

void NextSessionPanel::goLive() {
    if (!m_next)
        return;
    m_error->hide();
    m_goLive->setEnabled(false);
    whenDone(this, m_api.startSession(m_next->id), [this](const Result<LiveSession>& started) {
        m_goLive->setEnabled(true);
        if (!started) {
            m_error->setText(tr("The session could not go live: %1").arg(started.error().message));
            m_error->show();
            return;
        }
        Q_EMIT wentLive(started->id);
    });
}

} // namespace lectern::ui
