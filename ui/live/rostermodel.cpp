#include "rostermodel.h"

#include <algorithm>

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace lectern::ui {

void RosterModel::setRoster(const QList<SessionParticipant>& participants,
                            const QHash<Id, User>& users, const QDateTime& now) {
    // The same people in the same order (the counters moved, or the clock): changed in place,
    // so the row the user selected stays selected and the view does not lay out afresh.
    const bool samePeople = std::ranges::equal(
        participants, m_participants,
        [](const SessionParticipant& a, const SessionParticipant& b) { return a.id == b.id; });
    if (samePeople && !participants.isEmpty()) {
        m_participants = participants;
        m_users = users;
        m_now = now;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_participants = participants;
    m_users = users;
    m_now = now;
    endResetModel();
}

int RosterModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_participants.size());
}

int RosterModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RosterModel::statusText(ParticipantStatus status) {
    switch (status) {
    case ParticipantStatus::Registered:
        return tr("Registered");
    case ParticipantStatus::Joined:
        return tr("In class");
    case ParticipantStatus::Left:
        return tr("Left");
    case ParticipantStatus::Banned:
        return tr("Banned");
    }
    return {};
}

QString RosterModel::roleText(Role role) {
    switch (role) {
    case Role::Student:
        return tr("Student");
    case Role::Instructor:
        return tr("Instructor");
    case Role::Ta:
        return tr("TA");
    case Role::Admin:
        return tr("Admin");
    }
    return {};
}

QVariant RosterModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_participants.size())
        return {};
    const SessionParticipant& p = m_participants.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (p.status == ParticipantStatus::Joined)
            return QBrush(QColor(0x1b, 0x7f, 0x3b));
        if (p.status == ParticipantStatus::Banned)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return QBrush(QColor(0x6b, 0x72, 0x80));
    }
    if (role == Qt::TextAlignmentRole && index.column() >= TimeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: {
        const auto user = m_users.constFind(p.userId);
        return user == m_users.constEnd() ? tr("User %1").arg(p.userId) : user->name;
    }
    case RoleColumn: {
        const auto user = m_users.constFind(p.userId);
        return user == m_users.constEnd() ? QString() : roleText(user->role);
    }
    case LeftColumn:
        // The last time they left, while they are out.
        return p.status != ParticipantStatus::Joined && p.leftAt.isValid()
                   ? QLocale().toString(p.leftAt.toLocalTime().time(), QStringLiteral("HH:mm"))
                   : QString();
    case StatusColumn:
        return p.isModerator ? tr("%1 · moderator").arg(statusText(p.status))
                             : statusText(p.status);
    case JoinedColumn:
        return p.joinedAt.isValid()
                   ? QLocale().toString(p.joinedAt.toLocalTime().time(), QStringLiteral("HH:mm"))
                   : QString();
    case TimeColumn: {
        const qint64 minutes = p.attendedSeconds(m_now) / 60;
        return tr("%1 min").arg(minutes);
    }
    case MessagesColumn:
        return p.chatMessagesCount;
    case QuestionsColumn:
        return p.questionsAsked;
    case VotesColumn:
        return p.pollsAnswered;
    }
    return {};
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case RoleColumn:
        return tr("Role");
    case JoinedColumn:
        return tr("Joined");
    case LeftColumn:
        return tr("Left");
    case TimeColumn:
        return tr("In class");
    case MessagesColumn:
        return tr("Messages");
    case QuestionsColumn:
        return tr("Questions");
    case VotesColumn:
        return tr("Votes");
    }
    return {};
}

} // namespace lectern::ui
