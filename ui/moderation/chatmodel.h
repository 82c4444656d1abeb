#pragma once

#include "domain/livechatmessage.h"

#include <QAbstractListModel>
#include <QHash>

#include <deque>

namespace lectern::ui {

// A session's chat as the console holds it: a window of consecutive messages, oldest first,
// that grows at the end as messages arrive, at the start as older ones are read, and can drop
// its oldest rows to stay small while the view follows the newest.
class ChatModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Roles {
        MessageIdRole = Qt::UserRole + 1,
        AuthorRole,   // the author's name
        AuthorIdRole, // their user id
        TimeRole,     // QDateTime, local
        ReplyRole,    // "Kim: the first words of the message replied to", or empty
        LikesRole,    // int
        PinnedRole,   // bool
        DeletedRole,  // bool
        EditedRole,   // bool
    };

    explicit ChatModel(QObject* parent = nullptr);

    void clear();
    // Messages newer than every row, oldest first.
    void append(const QList<LiveChatMessage>& messages);
    // Messages older than every row, oldest first.
    void prepend(const QList<LiveChatMessage>& messages);
    // New states of messages that may be shown; others are ignored.
    void update(const QList<LiveChatMessage>& messages);
    // Drops the oldest rows beyond `keep`.
    void trimOldest(int keep);
    void addNames(const QHash<Id, QString>& names);

    bool isEmpty() const { return m_messages.empty(); }
    Id firstId() const { return m_messages.empty() ? 0 : m_messages.front().id; }
    Id lastId() const { return m_messages.empty() ? 0 : m_messages.back().id; }
    // The row of a message, or -1.
    int rowOf(Id messageId) const;
    const LiveChatMessage& messageAt(int row) const { return m_messages.at(row); }
    // Authors whose names are not known yet.
    QList<Id> unnamedAuthors(const QList<LiveChatMessage>& messages) const;
    QString nameOf(Id userId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QString replyText(const LiveChatMessage& message) const;

    // A deque: rows are added and dropped at both ends.
    std::deque<LiveChatMessage> m_messages;
    QHash<Id, QString> m_names;
};

} // namespace lectern::ui
