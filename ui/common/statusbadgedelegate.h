#pragma once

#include "cellbackgrounddelegate.h"

namespace lectern::ui {

// Paints a cell's text as a rounded, colour-filled badge: the cell's ForegroundRole brush is
// the badge's colour. Used for session status ("Live" green, "Cancelled" red, ...).
class StatusBadgeDelegate : public CellBackgroundDelegate {
    Q_OBJECT

public:
    using CellBackgroundDelegate::CellBackgroundDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace lectern::ui
