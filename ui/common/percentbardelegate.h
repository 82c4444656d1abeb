#pragma once

#include "cellbackgrounddelegate.h"

namespace lectern::ui {

// Paints a cell holding a percentage (0–100, as a double in EditRole) as a bar with the figure
// on it: green at or above `goodFrom`, amber below.
class PercentBarDelegate : public CellBackgroundDelegate {
    Q_OBJECT

public:
    explicit PercentBarDelegate(double goodFrom, QObject* parent = nullptr)
        : CellBackgroundDelegate(parent)
        , m_goodFrom(goodFrom) {}

    void setGoodFrom(double goodFrom) { m_goodFrom = goodFrom; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    double m_goodFrom;
};

} // namespace lectern::ui
