#pragma once

#include "domain/livesession.h"

#include <QAbstractTableModel>
#include <QHash>

namespace lectern::ui {

// Sessions as rows: when, what, and how full. Times are shown in local time.
class SessionTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        StartColumn,
        EndColumn,
        TitleColumn,
        CourseColumn,
        TypeColumn,
        PlatformColumn,
        StatusColumn,
        ParticipantsColumn,
        ColumnCount
    };

    explicit SessionTableModel(QObject* parent = nullptr);

    // `courseTitles` names the course of each session (by course id).
    void setSessions(QList<LiveSession> sessions, QHash<Id, QString> courseTitles = {});
    // The row showing the session, or -1.
    int rowOf(Id sessionId) const;
    const LiveSession& sessionAt(int row) const { return m_sessions.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(SessionStatus status);
    static QString typeText(SessionType type);
    static QString platformText(Platform platform);
    static QString participantsText(const LiveSession& session);

private:
    QList<LiveSession> m_sessions;
    QHash<Id, QString> m_courseTitles;
};

} // namespace lectern::ui
