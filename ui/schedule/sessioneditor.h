#pragma once

#include "client/consoleapi.h"
#include "common/fielderrors.h"
#include "domain/course.h"
#include "domain/livesession.h"
#include "domain/sessionchanges.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace lectern::ui {

// Schedules a new session, changes one, or schedules a copy of one: every field of the spec's
// LiveSession. The core checks what is entered; its complaint appears under the field it is
// about (the overlap with another session under the start), and the dialog stays open.
class SessionEditor : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Create, Edit, Duplicate };

    // `courses` are those the user may schedule for; `hosts` are offered to admins only.
    SessionEditor(client::ConsoleApi& api, Mode mode, const LiveSession& base,
                  QList<Course> courses, QList<User> hosts = {}, QWidget* parent = nullptr);

    // The saved session and the core's warnings, once the dialog was accepted.
    const std::optional<ScheduledSession>& saved() const { return m_saved; }

    // The fields as entered, in the spec's shape.
    LiveSession draft() const;

    void accept() override;

private:
    void fill(const LiveSession& session);
    QLabel* addField(const QString& label, QWidget* field, const QString& coreName);
    void updateWarning();
    void recheck();
    // Checks a pasted meeting link, picks its platform and fills its id and password.
    void readLink();
    void keepDuration();

    client::ConsoleApi& m_api;
    Mode m_mode;
    Id m_sessionId = 0;
    std::optional<ScheduledSession> m_saved;

    QComboBox* m_course;
    QComboBox* m_host;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QComboBox* m_type;
    QDateTimeEdit* m_start;
    QDateTimeEdit* m_end;
    QLabel* m_warning;
    QComboBox* m_platform;
    QLineEdit* m_link;
    QLineEdit* m_meetingId;
    QLineEdit* m_password;
    QLineEdit* m_streamKey;
    QLineEdit* m_channel;
    QSpinBox* m_capacity;
    QCheckBox* m_chat;
    QCheckBox* m_qa;
    QCheckBox* m_polls;
    QCheckBox* m_recording;
    QLabel* m_formError;
    FieldErrors m_errors;
    QDialogButtonBox* m_buttons;
    qint64 m_durationSeconds = 3600;
    bool m_rechecking = false; // after a first Save: every change checks the fields again
};

} // namespace lectern::ui
