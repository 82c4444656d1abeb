#pragma once

#include <QCache>
#include <QStyledItemDelegate>

namespace lectern::ui {

// Paints a chat message as a moderator reads it: author and time, what it replies to, the
// text wrapped to the view's width, and its pin, likes and deleted/edited state. Heights are
// remembered per message and width, so a long chat lays out without measuring every message
// again.
class ChatDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Layout {
        QRect header;
        QRect reply;
        QRect text;
        int height = 0;
    };
    Layout layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index, int width) const;
    static int textWidth(const QStyleOptionViewItem& option);

    // (message id, its last change, width) → height.
    mutable QCache<QString, int> m_heights{20'000};
};

} // namespace lectern::ui
