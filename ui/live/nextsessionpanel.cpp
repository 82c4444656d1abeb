#include "nextsessionpanel.h"

#include "common/golivecheck.h"
#include "common/panellabels.h"
#include "schedule/sessiontablemodel.h"
#include "whendone.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace lectern::ui {
namespace {

QString item(bool ready, const QString& text) {
    return (ready ? QStringLiteral("✓  ") : QStringLiteral("✗  ")) + text;
}

} // namespace

QString NextSessionPanel::checklist(const LiveSession& next) {
    QStringList lines;
    const QString platform = SessionTableModel::platformText(next.platform);
    if (next.platform == Platform::Agora)
        lines << item(true, tr("Video on Agora: the channel opens when you go live"));
    else if (next.meetingLink.isEmpty())
        lines << item(false,
                      tr("No %1 meeting link yet: students will not find the video").arg(platform));
    else
        lines << item(true, tr("%1 meeting link set").arg(platform));
    lines << item(next.enableChat, next.enableChat ? tr("Chat on") : tr("Chat off"));
    lines << item(next.enableQa, next.enableQa ? tr("Questions on") : tr("Questions off"));
    lines << item(next.enablePolls, next.enablePolls ? tr("Polls on") : tr("Polls off"));
    lines << item(next.enableRecording, next.enableRecording
                                            ? tr("Recording on: start it in your meeting app")
                                            : tr("Not recorded"));
    lines << item(true, tr("Seats for %1 participants").arg(next.maxParticipants));
    return lines.join(u'\n');
}

NextSessionPanel::NextSessionPanel(client::ConsoleApi& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_text(new QLabel(this))
    , m_checklist(new QLabel(this))
    , m_goLive(new QPushButton(tr("&Go live now"), this))
    , m_error(errorLabel(this)) {
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setAccessibleName(tr("Next session"));
    m_checklist->setAccessibleName(tr("Checklist"));
    m_checklist->setTextFormat(Qt::PlainText);
    m_goLive->setToolTip(tr("Start the session now; students can join at once"));
    m_goLive->hide();
    connect(m_goLive, &QPushButton::clicked, this, &NextSessionPanel::goLive);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addWidget(m_checklist, 0, Qt::AlignHCenter);
    layout->addWidget(m_goLive, 0, Qt::AlignHCenter);
    layout->addWidget(m_error, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    showNext(std::nullopt);
}

void NextSessionPanel::showNext(const std::optional<LiveSession>& next) {
    m_next = next;
    m_goLive->setVisible(next.has_value());
    m_checklist->setVisible(next.has_value());
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
    m_checklist->setText(checklist(*next));
}

void NextSessionPanel::goLive() {
    if (!m_next)
        return;
    m_error->hide();
    const auto showProblem = [this](const QString& problem) {
        m_error->setText(problem);
        m_error->show();
    };
    goLiveAfterAsking(
        this, m_api, *m_next,
        [this, showProblem, id = m_next->id] {
            m_goLive->setEnabled(false);
            whenDone(
                this, m_api.startSession(id),
                [this, showProblem](const Result<LiveSession>& started) {
                    m_goLive->setEnabled(true);
                    if (!started)
                        return showProblem(
                            tr("The session could not go live: %1").arg(started.error().message));
                    Q_EMIT wentLive(started->id);
                });
        },
        showProblem);
}

} // namespace lectern::ui
