#include "pollchart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace lectern::ui {
namespace {
constexpr int margin = 12;
constexpr int barGap = 10;
// Bars in the accent colour; the leading option a shade darker so it reads at a glance.
const QColor barColour(0x3a, 0x7b, 0xd5);
const QColor leadColour(0x1f, 0x5f, 0xa8);
const QColor trackColour(0xe6, 0xea, 0xf0);
} // namespace

PollChart::PollChart(QWidget* parent)
    : QWidget(parent) {
    setAccessibleName(tr("Poll results"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

QString PollChart::barLabel(const PollResults::Option& option) {
    return tr("%1 · %2 %").arg(option.votes).arg(QLocale().toString(option.percentage, 'f', 1));
}

void PollChart::setResults(const PollResults& results) {
    m_results = results;
    describe();
    updateGeometry();
    update();
}

void PollChart::clear() {
    setResults({});
}

void PollChart::describe() {
    QStringList lines;
    for (const PollResults::Option& option : std::as_const(m_results.options))
        lines << tr("%1: %2").arg(option.text, barLabel(option));
    setAccessibleDescription(lines.join(QStringLiteral("; ")));
}

int PollChart::rowHeight() const {
    // The option's text above its bar.
    return fontMetrics().height() * 2 + 6;
}

QSize PollChart::sizeHint() const {
    const int rows = std::max<qsizetype>(2, m_results.options.size());
    return {480, 2 * margin + rows * (rowHeight() + barGap)};
}

QSize PollChart::minimumSizeHint() const {
    return {240, sizeHint().height()};
}

void PollChart::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    if (m_results.options.isEmpty())
        return;
    if (m_results.hidden) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Results are shown when the poll closes."));
        return;
    }

    // Room on the right for the widest "count · percentage".
    int labelWidth = 0;
    qint64 most = 0;
    for (const PollResults::Option& option : std::as_const(m_results.options)) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(barLabel(option)));
        most = std::max(most, option.votes);
    }
    const int barLeft = margin;
    const int barRight = width() - margin - labelWidth - 8;
    const int barHeight = metrics.height();
    int y = margin;
    for (const PollResults::Option& option : std::as_const(m_results.options)) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(barLeft, y, barRight - barLeft, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(option.text, Qt::ElideRight, barRight - barLeft));
        const QRectF track(barLeft, y + metrics.height() + 4, barRight - barLeft, barHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(trackColour);
        painter.drawRoundedRect(track, 4, 4);
        if (option.percentage > 0) {
            QRectF bar = track;
            bar.setWidth(std::max(6.0, track.width() * option.percentage / 100.0));
            painter.setBrush(option.votes == most ? leadColour : barColour);
            painter.drawRoundedRect(bar, 4, 4);
        }
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(barRight + 8, track.top(), labelWidth, barHeight),
                         Qt::AlignRight | Qt::AlignVCenter, barLabel(option));
        y += rowHeight() + barGap;
    }
}

} // namespace lectern::ui
