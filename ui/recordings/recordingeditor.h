#pragma once

#include "client/consoleapi.h"
#include "common/fielderrors.h"
#include "domain/sessionrecording.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QMediaPlayer;
class QPlainTextEdit;
class QTimeEdit;

namespace lectern::ui {

// Adds a recording to a session: every field of the spec's SessionRecording. Choosing a local
// file fills in its address, size and length (read by Qt Multimedia).
class RecordingEditor : public QDialog {
    Q_OBJECT

public:
    RecordingEditor(client::ConsoleApi& api, Id sessionId, QWidget* parent = nullptr);

    const std::optional<SessionRecording>& saved() const { return m_saved; }
    // Fills the address, size and length from a file on this machine.
    void useFile(const QString& path);

public Q_SLOTS:
    void chooseFile();
    void accept() override;

private:
    client::ConsoleApi& m_api;
    Id m_sessionId;
    std::optional<SessionRecording> m_saved;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QLineEdit* m_video;
    QLineEdit* m_thumbnail;
    QTimeEdit* m_length;
    QDoubleSpinBox* m_size;
    QComboBox* m_status;
    QCheckBox* m_public;
    QCheckBox* m_enrolledOnly;
    QMediaPlayer* m_probe;
    QLabel* m_formError;
    FieldErrors m_errors;
    QDialogButtonBox* m_buttons;
};

} // namespace lectern::ui
