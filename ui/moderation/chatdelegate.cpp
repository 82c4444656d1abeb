#include "chatdelegate.h"

#include "chatmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

namespace lectern::ui {
namespace {
constexpr int padding = 6;
constexpr int lineGap = 2;

QFont boldFont(QFont font) {
    font.setBold(true);
    return font;
}

QFont smallFont(QFont font) {
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

QString messageText(const QModelIndex& index) {
    const QString content = index.data().toString();
    if (index.data(ChatModel::DeletedRole).toBool())
        return content.isEmpty() ? ChatDelegate::tr("This message was deleted.")
                                 : ChatDelegate::tr("Deleted: %1").arg(content);
    return content;
}

QString badges(const QModelIndex& index) {
    QStringList parts;
    if (index.data(ChatModel::PinnedRole).toBool())
        parts << ChatDelegate::tr("Pinned");
    if (const int likes = index.data(ChatModel::LikesRole).toInt(); likes > 0)
        parts << ChatDelegate::tr("♥ %1").arg(likes);
    if (index.data(ChatModel::EditedRole).toBool())
        parts << ChatDelegate::tr("edited");
    return parts.join(QStringLiteral("  ·  "));
}
} // namespace

int ChatDelegate::textWidth(const QStyleOptionViewItem& option) {
    // The view's visible width, not the cell's: a message wraps to what the reader sees.
    int width = option.rect.width();
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        width = view->viewport()->width();
    return std::max(120, width - 2 * padding);
}

ChatDelegate::Layout ChatDelegate::layoutFor(const QStyleOptionViewItem& option,
                                             const QModelIndex& index, int width) const {
    Layout layout;
    const QFontMetrics bold(boldFont(option.font));
    const QFontMetrics small(smallFont(option.font));
    const QFontMetrics normal(option.font);
    int y = padding;
    layout.header = QRect(padding, y, width, bold.height());
    y += bold.height() + lineGap;
    if (!index.data(ChatModel::ReplyRole).toString().isEmpty()) {
        layout.reply = QRect(padding + 8, y, width - 8, small.height());
        y += small.height() + lineGap;
    }
    const QRect text =
        normal.boundingRect(QRect(0, 0, width, 100'000), Qt::TextWordWrap, messageText(index));
    layout.text = QRect(padding, y, width, text.height());
    y += text.height() + padding;
    layout.height = y;
    return layout;
}

QSize ChatDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const int width = textWidth(option);
    const qint64 id = index.data(ChatModel::MessageIdRole).toLongLong();
    if (const auto found = m_heights.constFind(id);
        found != m_heights.cend() && found->width == width)
        return {width, found->height};
    const int height = layoutFor(option, index, width).height;
    // Rows the view no longer holds are dropped now and then.
    if (m_heights.size() > 50'000)
        m_heights.clear();
    m_heights.insert(id, Measured{width, height});
    return {width, height};
}

void ChatDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const {
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, option.widget);

    const Layout layout = layoutFor(option, index, textWidth(option));
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette& palette = option.palette;
    const QColor textColour = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor quiet = selected ? textColour : palette.color(QPalette::PlaceholderText);

    painter->save();
    painter->translate(option.rect.topLeft());
    // Author, time, then the badges on the right.
    painter->setFont(boldFont(option.font));
    painter->setPen(textColour);
    const QString author = index.data(ChatModel::AuthorRole).toString();
    painter->drawText(layout.header, Qt::AlignLeft | Qt::AlignVCenter, author);
    const int afterAuthor = QFontMetrics(painter->font()).horizontalAdvance(author) + 8;
    painter->setFont(smallFont(option.font));
    painter->setPen(quiet);
    painter->drawText(layout.header.adjusted(afterAuthor, 0, 0, 0),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QLocale().toString(index.data(ChatModel::TimeRole).toDateTime().time(),
                                         QStringLiteral("HH:mm")));
    painter->drawText(layout.header, Qt::AlignRight | Qt::AlignVCenter, badges(index));
    if (layout.reply.isValid()) {
        painter->drawText(
            layout.reply, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(painter->font())
                .elidedText(tr("↪ %1").arg(index.data(ChatModel::ReplyRole).toString()),
                            Qt::ElideRight, layout.reply.width()));
    }
    QFont textFont = option.font;
    const bool deleted = index.data(ChatModel::DeletedRole).toBool();
    textFont.setItalic(deleted);
    painter->setFont(textFont);
    painter->setPen(deleted ? quiet : textColour);
    painter->drawText(layout.text, Qt::TextWordWrap, messageText(index));
    painter->restore();
}

} // namespace lectern::ui
