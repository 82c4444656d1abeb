#pragma once

#include "domain/livesession.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QStackedLayout;
class QTableView;

namespace lectern::ui {

class SessionTableModel;

// The sessions shown on the Schedule tab, one row each, or a word on why there are none.
class SessionList : public QWidget {
    Q_OBJECT

public:
    explicit SessionList(QWidget* parent = nullptr);

    SessionTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

    // Shows `sessions` (their course titles by course id), keeping the selected one selected;
    // `emptyText` when there are none.
    void showSessions(const QList<LiveSession>& sessions, const QHash<Id, QString>& courseTitles,
                      const QString& emptyText);
    // Selects the row of the session, when shown.
    void selectSession(Id sessionId);
    std::optional<LiveSession> selectedSession() const;

Q_SIGNALS:
    void selectionChanged();
    // A row was double-clicked or had Enter pressed on it.
    void activated();

private:
    SessionTableModel* m_model;
    QTableView* m_view;
    QLabel* m_empty;
    QStackedLayout* m_stack;
};

} // namespace lectern::ui
