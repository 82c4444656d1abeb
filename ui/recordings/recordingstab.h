#pragma once

#include "client/consoleapi.h"
#include "domain/livesession.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QTableView;
class QTimer;

namespace lectern::ui {

class AttendanceTableModel;
class AttendanceHistoryDialog;
class AttendanceImportDialog;
class RecordingEditor;
class RecordingPlayer;
class RecordingTableModel;

// After class: a session's recordings (add, play in the built-in player, which records how
// much was watched) and its attendance (each person's share as a bar, present or not, and a
// person's verification with status and notes).
class RecordingsTab : public QWidget {
    Q_OBJECT

public:
    explicit RecordingsTab(client::ConsoleApi& api, QWidget* parent = nullptr);
    ~RecordingsTab() override;

    RecordingTableModel* recordings() const { return m_recordings; }
    AttendanceTableModel* attendance() const { return m_attendance; }
    QTableView* recordingView() const { return m_recordingView; }
    QTableView* attendanceView() const { return m_attendanceView; }
    RecordingPlayer* player() const { return m_player; }
    QComboBox* sessionBox() const { return m_sessionBox; }
    QList<QAction*> actions() const { return {m_add, m_play, m_verify, m_importReport, m_history}; }
    std::optional<Id> currentSessionId() const;
    void showSession(Id sessionId);

public Q_SLOTS:
    void reloadSessions();
    void reloadSession();
    void addRecording();
    void playSelected();
    void verifySelected();
    // Asks for a platform's attendance report, then previews it (openReport).
    void importReport();
    // Previews the report at `path` for the chosen session, to merge into its attendance.
    void openReport(const QString& path);
    void showHistory();

Q_SIGNALS:
    void sessionsLoaded();
    void sessionLoaded();
    void editorOpened(RecordingEditor* editor);
    void importOpened(AttendanceImportDialog* dialog);
    void historyOpened(AttendanceHistoryDialog* dialog);
    // The core answered a progress report of the player.
    void progressSaved(const QString& summary);

private:
    void saveProgress(Id recordingId, const ViewProgress& progress);
    void updateActions();
    void showError(const QString& message);

    client::ConsoleApi& m_api;
    SessionRights m_rights; // in the chosen session
    QList<LiveSession> m_sessions;
    Id m_wantedSession = 0;
    QComboBox* m_sessionBox;
    QLabel* m_summary;
    QLabel* m_error;
    QLabel* m_watchState;
    RecordingTableModel* m_recordings;
    AttendanceTableModel* m_attendance;
    QTableView* m_recordingView;
    QTableView* m_attendanceView;
    RecordingPlayer* m_player;
    QAction* m_add;
    QAction* m_play;
    QAction* m_verify;
    QAction* m_importReport;
    QAction* m_history;
    QTimer* m_reloadSoon;
    quint64 m_latestSession = 0;
};

} // namespace lectern::ui
