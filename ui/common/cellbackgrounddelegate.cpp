#include "cellbackgrounddelegate.h"

#include <QApplication>

namespace lectern::ui {

QString CellBackgroundDelegate::paintBackground(QPainter* painter,
                                                const QStyleOptionViewItem& option,
                                                const QModelIndex& index) const {
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    const QString text = background.text;
    background.text.clear();
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
    return text;
}

} // namespace lectern::ui
