#include "recordingtablemodel.h"

namespace lectern::ui {

RecordingTableModel::RecordingTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RecordingTableModel::setRecordings(QList<SessionRecording> recordings,
                                        QHash<Id, qint64> completions) {
    beginResetModel();
    m_recordings = std::move(recordings);
    m_completions = std::move(completions);
    endResetModel();
}

int RecordingTableModel::rowOf(Id recordingId) const {
    for (int row = 0; row < m_recordings.size(); ++row) {
        if (m_recordings.at(row).id == recordingId)
            return row;
    }
    return -1;
}

int RecordingTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_recordings.size());
}

int RecordingTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecordingTableModel::statusText(ProcessingStatus status) {
    switch (status) {
    case ProcessingStatus::Pending:
        return tr("Waiting");
    case ProcessingStatus::Processing:
        return tr("Processing");
    case ProcessingStatus::Ready:
        return tr("Ready");
    case ProcessingStatus::Failed:
        return tr("Failed");
    }
    return {};
}

QVariant RecordingTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_recordings.size())
        return {};
    const SessionRecording& r = m_recordings.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn:
            return r.title;
        case LengthColumn:
            return r.durationFormatted();
        case StatusColumn:
            return statusText(r.processingStatus);
        case ViewsColumn:
            return r.viewsCount;
        case CompletedColumn:
            return m_completions.value(r.id);
        }
    }
    if (role == Qt::ToolTipRole)
        return r.description.isEmpty() ? r.videoUrl : r.description + u'\n' + r.videoUrl;
    if (role == Qt::TextAlignmentRole && index.column() >= ViewsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RecordingTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Recording");
    case LengthColumn:
        return tr("Length");
    case StatusColumn:
        return tr("Status");
    case ViewsColumn:
        return tr("Views");
    case CompletedColumn:
        return tr("Watched to the end");
    }
    return {};
}

} // namespace lectern::ui
