#pragma once

#include <QHash>
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
    // The message changed (edited, deleted, liked...): measure it again.
    void forget(qint64 messageId) { m_heights.remove(messageId); }
    void forgetAll() { m_heights.clear(); }

private:
    struct Layout {
        QRect header;
        QRect reply;
        QRect text;
        int height = 0;
    };
    Layout layoutFor(const QStyleOptionViewItem& option, const QModelIndex& index, int width) const;
    static int textWidth(const QStyleOptionViewItem& option);

    struct Measured {
        int width = 0;
        int height = 0;
    };
    // Message id → its height at a width; the view asks for every row at each layout.
    mutable QHash<qint64, Measured> m_heights;
};

} // namespace lectern::ui
