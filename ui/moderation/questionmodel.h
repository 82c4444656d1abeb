#pragma once

#include "domain/livequestion.h"

#include <QAbstractTableModel>
#include <QHash>

namespace lectern::ui {

// A session's questions in the core's order (featured, then most upvoted, then oldest):
// votes, the question and its answer, who asked (or "Anonymous"), and its state.
class QuestionModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { VotesColumn, QuestionColumn, AskedByColumn, StatusColumn, ColumnCount };

    explicit QuestionModel(QObject* parent = nullptr);

    void setQuestions(QList<LiveQuestion> questions, QHash<Id, QString> names);
    const LiveQuestion& questionAt(int row) const { return m_questions.at(row); }
    int rowOf(Id questionId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(const LiveQuestion& question);

private:
    QList<LiveQuestion> m_questions;
    QHash<Id, QString> m_names;
};

} // namespace lectern::ui
