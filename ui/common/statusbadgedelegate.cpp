#include "statusbadgedelegate.h"

#include <QPainter>

namespace lectern::ui {
namespace {
constexpr int horizontalPadding = 8;
constexpr int verticalMargin = 3;
} // namespace

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    // The row's selection and alternating background first.
    const QString text = paintBackground(painter, option, index);
    if (text.isEmpty())
        return;

    const QColor colour = index.data(Qt::ForegroundRole).value<QBrush>().color();
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(text) + 2 * horizontalPadding;
    const int height = metrics.height() + 2;
    QRect badge(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height);
    badge = badge.intersected(option.rect.adjusted(0, verticalMargin - 2, 0, 0));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour.isValid() ? colour : option.palette.color(QPalette::Mid));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(option.font);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const {
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    return {metrics.horizontalAdvance(index.data().toString()) + 2 * horizontalPadding + 8,
            std::max(base.height(), metrics.height() + 2 * verticalMargin)};
}

} // namespace lectern::ui
