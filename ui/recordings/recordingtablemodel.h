#pragma once

#include "domain/sessionrecording.h"

#include <QAbstractTableModel>
#include <QHash>

namespace lectern::ui {

// A session's recordings: title, length, processing state, views and completed views.
class RecordingTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        LengthColumn,
        StatusColumn,
        ViewsColumn,
        CompletedColumn,
        ColumnCount
    };

    explicit RecordingTableModel(QObject* parent = nullptr);

    // `completions` per recording id.
    void setRecordings(QList<SessionRecording> recordings, QHash<Id, qint64> completions);
    const SessionRecording& recordingAt(int row) const { return m_recordings.at(row); }
    int rowOf(Id recordingId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(ProcessingStatus status);

private:
    QList<SessionRecording> m_recordings;
    QHash<Id, qint64> m_completions;
};

} // namespace lectern::ui
