#pragma once

#include "domain/sessionparticipant.h"
#include "domain/user.h"

#include <QAbstractTableModel>
#include <QHash>

namespace lectern::ui {

// Who is in the live session: one row per participant, as the Live tab's roster shows them.
class RosterModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        RoleColumn,
        StatusColumn,
        JoinedColumn,
        LeftColumn,
        TimeColumn,
        MessagesColumn,
        QuestionsColumn,
        VotesColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // `now` is when the figures were read: time in class counts up to it for those still in.
    void setRoster(const QList<SessionParticipant>& participants, const QHash<Id, User>& users,
                   const QDateTime& now);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString statusText(ParticipantStatus status);
    static QString roleText(Role role);
    const SessionParticipant& participantAt(int row) const { return m_participants.at(row); }

private:
    QList<SessionParticipant> m_participants;
    QHash<Id, User> m_users;
    QDateTime m_now;
};

} // namespace lectern::ui
