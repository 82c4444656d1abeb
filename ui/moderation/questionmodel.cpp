#include "questionmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace lectern::ui {

QuestionModel::QuestionModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void QuestionModel::setQuestions(QList<LiveQuestion> questions, QHash<Id, QString> names) {
    beginResetModel();
    m_questions = std::move(questions);
    m_names = std::move(names);
    endResetModel();
}

int QuestionModel::rowOf(Id questionId) const {
    for (int row = 0; row < m_questions.size(); ++row) {
        if (m_questions.at(row).id == questionId)
            return row;
    }
    return -1;
}

int QuestionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_questions.size());
}

int QuestionModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuestionModel::statusText(const LiveQuestion& question) {
    QString text;
    switch (question.status) {
    case QuestionStatus::Pending:
        text = tr("Open");
        break;
    case QuestionStatus::Answered:
        text = tr("Answered");
        break;
    case QuestionStatus::Dismissed:
        text = tr("Dismissed");
        break;
    }
    return question.isFeatured ? tr("★ Featured · %1").arg(text) : text;
}

QVariant QuestionModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_questions.size())
        return {};
    const LiveQuestion& q = m_questions.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case VotesColumn:
            return tr("▲ %1").arg(q.upvotes);
        case QuestionColumn:
            return q.answer.isEmpty() ? q.question : tr("%1\n→ %2").arg(q.question, q.answer);
        case AskedByColumn:
            return q.isAnonymous || q.userId == 0 ? tr("Anonymous")
                                                  : m_names.value(q.userId, tr("Someone"));
        case StatusColumn:
            return statusText(q);
        }
    }
    if (role == Qt::FontRole && q.isFeatured) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole) {
        if (q.status == QuestionStatus::Dismissed)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == AskedByColumn && q.isAnonymous)
            return QBrush(QColor(0x6a, 0x4c, 0x93));
    }
    if (role == Qt::TextAlignmentRole && index.column() == VotesColumn)
        return int(Qt::AlignCenter);
    return {};
}

QVariant QuestionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VotesColumn:
        return tr("Votes");
    case QuestionColumn:
        return tr("Question");
    case AskedByColumn:
        return tr("Asked by");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace lectern::ui
