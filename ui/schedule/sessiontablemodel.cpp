#include "sessiontablemodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace lectern::ui {

SessionTableModel::SessionTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SessionTableModel::setSessions(QList<LiveSession> sessions, QHash<Id, QString> courseTitles) {
    beginResetModel();
    m_sessions = std::move(sessions);
    m_courseTitles = std::move(courseTitles);
    endResetModel();
}

int SessionTableModel::rowOf(Id sessionId) const {
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions.at(row).id == sessionId)
            return row;
    }
    return -1;
}

int SessionTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_sessions.size());
}

int SessionTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString SessionTableModel::statusText(SessionStatus status) {
    switch (status) {
    case SessionStatus::Scheduled:
        return tr("Scheduled");
    case SessionStatus::Live:
        return tr("Live");
    case SessionStatus::Ended:
        return tr("Ended");
    case SessionStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString SessionTableModel::typeText(SessionType type) {
    switch (type) {
    case SessionType::Class:
        return tr("Class");
    case SessionType::Workshop:
        return tr("Workshop");
    case SessionType::Webinar:
        return tr("Webinar");
    case SessionType::Qa:
        return tr("Q&A");
    case SessionType::OfficeHours:
        return tr("Office hours");
    }
    return {};
}

QString SessionTableModel::platformText(Platform platform) {
    switch (platform) {
    case Platform::Agora:
        return tr("Agora");
    case Platform::Zoom:
        return tr("Zoom");
    case Platform::Meet:
        return tr("Google Meet");
    case Platform::Teams:
        return tr("Microsoft Teams");
    case Platform::Custom:
        return tr("Other");
    }
    return {};
}

QString SessionTableModel::participantsText(const LiveSession& session) {
    switch (session.status) {
    case SessionStatus::Live:
        return tr("%1 of %2 connected").arg(session.joinedNow).arg(session.maxParticipants);
    case SessionStatus::Scheduled:
        return tr("%1 registered, %2 seats")
            .arg(session.participantTotal)
            .arg(session.maxParticipants);
    case SessionStatus::Ended:
        return tr("%n took part", "", static_cast<int>(session.participantTotal));
    case SessionStatus::Cancelled:
        return tr("—");
    }
    return {};
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_sessions.size())
        return {};
    const LiveSession& session = m_sessions.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StartColumn:
            return locale.toString(session.scheduledStart.toLocalTime(),
                                   QStringLiteral("ddd d MMM yyyy, HH:mm"));
        case EndColumn:
            return locale.toString(session.scheduledEnd.toLocalTime().time(),
                                   QStringLiteral("HH:mm"));
        case TitleColumn:
            return session.title;
        case CourseColumn:
            return m_courseTitles.value(session.courseId);
        case TypeColumn:
            return typeText(session.sessionType);
        case PlatformColumn:
            return platformText(session.platform);
        case StatusColumn:
            return statusText(session.status);
        case ParticipantsColumn:
            return participantsText(session);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        // The same colours as the status badges the spec's admin shows.
        switch (session.status) {
        case SessionStatus::Live:
            return QBrush(QColor(0x1b, 0x7f, 0x3b));
        case SessionStatus::Cancelled:
            return QBrush(QColor(0xa3, 0x1d, 0x1d));
        case SessionStatus::Ended:
            return QBrush(QColor(0x66, 0x66, 0x66));
        case SessionStatus::Scheduled:
            return QBrush(QColor(0x1f, 0x5f, 0xa8));
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TitleColumn && !session.description.isEmpty())
        return session.description;
    return {};
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartColumn:
        return tr("Starts");
    case EndColumn:
        return tr("Ends");
    case TitleColumn:
        return tr("Title");
    case CourseColumn:
        return tr("Course");
    case TypeColumn:
        return tr("Type");
    case PlatformColumn:
        return tr("Platform");
    case StatusColumn:
        return tr("Status");
    case ParticipantsColumn:
        return tr("Participants");
    }
    return {};
}

} // namespace lectern::ui
