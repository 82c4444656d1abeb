#include "chatmodel.h"

#include <algorithm>

namespace lectern::ui {
namespace {
constexpr int replySnippetLength = 60;
}

ChatModel::ChatModel(QObject* parent)
    : QAbstractListModel(parent) {}

void ChatModel::clear() {
    beginResetModel();
    m_messages.clear();
    endResetModel();
}

void ChatModel::append(const QList<LiveChatMessage>& messages) {
    // Only what is newer than the last row: a late answer must not add a message twice.
    auto first =
        std::ranges::find_if(messages, [last = lastId()](const auto& m) { return m.id > last; });
    const int count = static_cast<int>(std::distance(first, messages.end()));
    if (count == 0)
        return;
    const int start = rowCount();
    beginInsertRows({}, start, start + count - 1);
    m_messages.insert(m_messages.end(), first, messages.end());
    endInsertRows();
}

void ChatModel::prepend(const QList<LiveChatMessage>& messages) {
    const Id first = firstId();
    auto end = std::ranges::find_if(messages, [first](const auto& m) { return m.id >= first; });
    if (m_messages.empty())
        end = messages.end();
    const int count = static_cast<int>(std::distance(messages.begin(), end));
    if (count == 0)
        return;
    beginInsertRows({}, 0, count - 1);
    m_messages.insert(m_messages.begin(), messages.begin(), end);
    endInsertRows();
}

int ChatModel::rowOf(Id messageId) const {
    const auto found = std::ranges::lower_bound(m_messages, messageId, {}, &LiveChatMessage::id);
    if (found == m_messages.end() || found->id != messageId)
        return -1;
    return static_cast<int>(std::distance(m_messages.begin(), found));
}

void ChatModel::update(const QList<LiveChatMessage>& messages) {
    for (const LiveChatMessage& message : messages) {
        const int row = rowOf(message.id);
        if (row < 0)
            continue;
        m_messages[row] = message;
        Q_EMIT dataChanged(index(row), index(row));
    }
}

void ChatModel::trimOldest(int keep) {
    const int excess = rowCount() - keep;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_messages.erase(m_messages.begin(), m_messages.begin() + excess);
    endRemoveRows();
}

void ChatModel::addNames(const QHash<Id, QString>& names) {
    if (names.isEmpty())
        return;
    m_names.insert(names);
    if (!m_messages.empty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {AuthorRole, ReplyRole});
}

QList<Id> ChatModel::unnamedAuthors(const QList<LiveChatMessage>& messages) const {
    QList<Id> unknown;
    for (const LiveChatMessage& message : messages) {
        if (!m_names.contains(message.userId) && !unknown.contains(message.userId))
            unknown << message.userId;
    }
    return unknown;
}

QString ChatModel::nameOf(Id userId) const {
    return m_names.value(userId, tr("Someone"));
}

int ChatModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_messages.size());
}

QString ChatModel::replyText(const LiveChatMessage& message) const {
    if (!message.replyTo)
        return {};
    const int row = rowOf(*message.replyTo);
    if (row < 0)
        return tr("an earlier message");
    const LiveChatMessage& original = m_messages.at(row);
    QString snippet =
        original.isDeleted && original.content.isEmpty() ? tr("(deleted)") : original.content;
    snippet.replace(u'\n', u' ');
    if (snippet.size() > replySnippetLength)
        snippet = snippet.left(replySnippetLength - 1) + u'…';
    return tr("%1: %2").arg(nameOf(original.userId), snippet);
}

QVariant ChatModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LiveChatMessage& message = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return message.content;
    case Qt::AccessibleTextRole:
        return tr("%1 at %2: %3")
            .arg(nameOf(message.userId), message.createdAt.toLocalTime().toString(u"HH:mm"),
                 message.isDeleted ? tr("deleted message") : message.content);
    case MessageIdRole:
        return message.id;
    case AuthorRole:
        return nameOf(message.userId);
    case AuthorIdRole:
        return message.userId;
    case TimeRole:
        return message.createdAt.toLocalTime();
    case ReplyRole:
        return replyText(message);
    case LikesRole:
        return message.likesCount;
    case PinnedRole:
        return message.isPinned;
    case DeletedRole:
        return message.isDeleted;
    case EditedRole:
        return message.isEdited;
    }
    return {};
}

} // namespace lectern::ui
