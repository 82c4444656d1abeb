#pragma once

#include "client/consoleapi.h"
#include "domain/course.h"
#include "domain/views/courseexport.h"

#include <QFuture>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTableView;

namespace lectern::ui {

class CourseDashboardModel;

// Reports for a course the user runs (instructors and admins): the dashboard of each student
// over a range of days with certification eligibility, attendance and poll results exported
// as files (with progress, and a Cancel), and roster import.
class ReportsTab : public QWidget {
    Q_OBJECT

public:
    explicit ReportsTab(client::ConsoleApi& api, QWidget* parent = nullptr);
    ~ReportsTab() override;

    CourseDashboardModel* dashboard() const { return m_dashboard; }
    QTableView* dashboardView() const { return m_view; }
    QComboBox* courseBox() const { return m_courseBox; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QSpinBox* shareBox() const { return m_share; }
    QLabel* summary() const { return m_summary; }
    QList<QAction*> actions() const {
        return {m_exportAttendance, m_exportPolls, m_exportCalendar, m_import};
    }

    // The course, days and share chosen above the dashboard.
    std::optional<Id> currentCourseId() const;
    DateRange range() const;
    double requiredShare() const;

    // Writes the chosen course's attendance (or its poll results) to `path`, in the format its
    // suffix names, showing progress; exportFinished tells the outcome.
    void exportAttendanceTo(const QString& path);
    void exportPollsTo(const QString& path);
    // Writes the chosen course's sessions to `path` as iCalendar.
    void exportCalendarTo(const QString& path);
    // Cancels the export under way, if any.
    void cancelExport();

public Q_SLOTS:
    void reloadCourses();
    void reloadDashboard();
    void exportAttendance();
    void exportPolls();
    void exportCalendar();
    void importRoster();

Q_SIGNALS:
    void coursesLoaded();
    void dashboardLoaded();
    void exportFinished(bool written, const QString& message);
    void notice(const QString& message);

private:
    enum class ExportKind { Attendance, Polls };
    QString askForExportPath(ExportKind kind);
    void runExport(ExportKind kind, const QString& path);
    // Saves what an export produced at `path` and tells how it went (`wrote` gets the path).
    void saveExport(const QString& path, const Result<ExportedFile>& file, const QString& wrote);
    void updateActions();

    client::ConsoleApi& m_api;
    QList<Course> m_courses;
    QComboBox* m_courseBox;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QSpinBox* m_share;
    QLabel* m_summary;
    QTableView* m_view;
    CourseDashboardModel* m_dashboard;
    QAction* m_exportAttendance;
    QAction* m_exportPolls;
    QAction* m_exportCalendar;
    QAction* m_import;
    // Set while an export runs: cancelling it stops it.
    std::optional<QFuture<Result<ExportedFile>>> m_runningExport;
    int m_dashboardRequest = 0;
};

} // namespace lectern::ui
