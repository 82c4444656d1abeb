#pragma once

#include <QStyledItemDelegate>

namespace lectern::ui {

// A delegate that paints a cell's own picture (a badge, a bar) over the row's usual
// background: selection, alternating colours and focus are drawn as the style does.
class CellBackgroundDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    // Draws the cell's background without its text, and gives the text to draw.
    QString paintBackground(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const;
};

} // namespace lectern::ui
