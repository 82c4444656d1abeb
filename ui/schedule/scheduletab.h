#pragma once

#include "services/servicecontext.h"

#include <QWidget>

class QLabel;
class QStackedLayout;
class QTableView;
class QTimer;

namespace lectern::ui {

class SessionTableModel;

// The sessions the signed-in user teaches or attends, refreshed whenever one changes.
class ScheduleTab : public QWidget {
    Q_OBJECT

public:
    ScheduleTab(ServiceContext context, User user, QWidget* parent = nullptr);

    SessionTableModel* model() const { return m_model; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();
    void failed(const QString& message);

private:
    ServiceContext m_context;
    User m_user;
    SessionTableModel* m_model;
    QTableView* m_view;
    QLabel* m_empty;
    QStackedLayout* m_stack;
    QTimer* m_reloadSoon;
    // Reloads may finish out of order; only the newest one's answer is shown.
    quint64 m_latestReload = 0;
};

} // namespace lectern::ui
