#pragma once

#include "domain/sessionattendance.h"

#include <QAbstractTableModel>
#include <QHash>

namespace lectern::ui {

// Who attended a session and how much: name, attended share (drawn as a bar), present or not,
// the status a person set (Present, Late, Excused, Absent), who verified it and when, notes.
class AttendanceTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        AttendedColumn,
        PresentColumn,
        StatusColumn,
        VerifiedColumn,
        NotesColumn,
        ColumnCount
    };

    explicit AttendanceTableModel(QObject* parent = nullptr);

    void setAttendance(QList<SessionAttendance> records, QHash<Id, User> people);
    const SessionAttendance& recordAt(int row) const { return m_records.at(row); }
    QString nameOf(Id userId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(AttendanceStatus status);

private:
    QList<SessionAttendance> m_records;
    QHash<Id, User> m_people;
};

} // namespace lectern::ui
