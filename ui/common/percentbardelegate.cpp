#include "percentbardelegate.h"

#include <QPainter>

namespace lectern::ui {

void PercentBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    const QString text = paintBackground(painter, option, index);

    const double percentage = std::clamp(index.data(Qt::EditRole).toDouble(), 0.0, 100.0);
    const QRectF track = QRectF(option.rect).adjusted(4, 4, -4, -4);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xe6, 0xea, 0xf0));
    painter->drawRoundedRect(track, 3, 3);
    QRectF bar = track;
    bar.setWidth(track.width() * percentage / 100.0);
    painter->setBrush(percentage >= m_goodFrom ? QColor(0x3b, 0x9a, 0x57)
                                               : QColor(0xd9, 0x8e, 0x1c));
    if (bar.width() > 0)
        painter->drawRoundedRect(bar, 3, 3);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(track, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace lectern::ui
