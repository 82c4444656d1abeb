#include "presentwindow.h"

#include "common/qrcodeimage.h"
#include "moderation/questionmodel.h"
#include "polls/currentpollpanel.h"
#include "polls/pollchart.h"

#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace lectern::ui {
namespace {

QLabel* bigLabel(qreal scale, bool bold, QWidget* parent) {
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

PresentWindow::PresentWindow(CurrentPollPanel* poll, QuestionModel* questions, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_poll(poll)
    , m_questions(questions)
    , m_heading(bigLabel(3.0, true, this))
    , m_state(bigLabel(1.8, false, this))
    , m_body(bigLabel(2.4, false, this))
    , m_chart(new PollChart(this))
    , m_code(new QLabel(this)) {
    setWindowTitle(tr("Lectern — present"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_heading->setAccessibleName(tr("Presented heading"));
    m_body->setAccessibleName(tr("Presented text"));
    QFont chartFont = m_chart->font();
    chartFont.setPointSizeF(chartFont.pointSizeF() * 2.2);
    m_chart->setFont(chartFont);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 48, 64, 48);
    layout->setSpacing(24);
    layout->addWidget(m_heading);
    layout->addWidget(m_state);
    layout->addWidget(m_body);
    layout->addWidget(m_chart);
    layout->addWidget(m_code, 0, Qt::AlignLeft);
    layout->addStretch(1);
    m_code->setAccessibleName(tr("QR code"));
    m_code->hide();
    auto* hint = new QLabel(tr("Esc closes this window"), this);
    hint->setEnabled(false);
    layout->addWidget(hint, 0, Qt::AlignRight);

    connect(m_poll, &CurrentPollPanel::loaded, this, &PresentWindow::refresh);
    connect(m_poll, &CurrentPollPanel::resultsShown, this, &PresentWindow::refresh);
    connect(m_questions, &QAbstractItemModel::modelReset, this, &PresentWindow::refresh);
    connect(m_questions, &QAbstractItemModel::dataChanged, this, &PresentWindow::refresh);
    // The countdown moves every second; the rest changes with the live data.
    auto* tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, [this] {
        if (m_showing == Showing::Poll)
            m_state->setText(m_poll->stateLabel()->text());
    });
    tick->start(1000);
    refresh();
}

void PresentWindow::presentOn(QScreen* screen) {
    if (screen) {
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
}

void PresentWindow::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape)
        close();
    else
        QWidget::keyPressEvent(event);
}

void PresentWindow::refresh() {
    m_code->hide();
    // A running poll is what the class is doing now; then the question the instructor chose.
    const auto poll = m_poll->shownPoll();
    if (poll && poll->status == PollStatus::Active)
        return showPoll();
    if (showFeaturedQuestion())
        return;
    if (poll)
        return showPoll(); // the last poll's final results
    m_showing = Showing::Nothing;
    m_chart->hide();
    if (m_joinAddress.isEmpty()) {
        m_heading->setText(tr("Nothing to present yet"));
        m_state->setText(tr("Start a poll or feature a question: it appears here."));
        m_body->hide();
        return;
    }
    m_heading->setText(tr("Join the class"));
    m_state->setText(tr("Open this address, or scan the code with your phone:"));
    m_body->setText(m_joinAddress);
    m_body->show();
    const QImage code = qrCodeImage(m_joinAddress, 8);
    m_code->setPixmap(QPixmap::fromImage(code));
    m_code->setVisible(!code.isNull());
}

void PresentWindow::setJoinAddress(const QString& address) {
    m_joinAddress = address;
    refresh();
}

void PresentWindow::showPoll() {
    m_showing = Showing::Poll;
    m_heading->setText(m_poll->shownPoll()->question);
    m_state->setText(m_poll->stateLabel()->text());
    m_body->hide();
    m_chart->setResults(m_poll->chart()->results());
    m_chart->show();
}

bool PresentWindow::showFeaturedQuestion() {
    for (int row = 0; row < m_questions->rowCount(); ++row) {
        const LiveQuestion& question = m_questions->questionAt(row);
        if (!question.isFeatured)
            continue;
        m_showing = Showing::Question;
        m_heading->setText(question.question);
        m_state->setText(
            tr("Asked by %1")
                .arg(m_questions->index(row, QuestionModel::AskedByColumn).data().toString()));
        m_body->setText(question.answer);
        m_body->setVisible(!question.answer.isEmpty());
        m_chart->hide();
        return true;
    }
    return false;
}

} // namespace lectern::ui
