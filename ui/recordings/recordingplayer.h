#pragma once

#include "domain/sessionrecording.h"
#include "watchtracker.h"

#include <QWidget>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QSlider;
class QStackedLayout;
class QToolButton;
class QVideoWidget;

namespace lectern::ui {

// Plays a recording (Qt Multimedia) and reports how much of it the viewer watched: every few
// seconds of playback, on pause, at the end and when another recording is opened.
class RecordingPlayer : public QWidget {
    Q_OBJECT

public:
    // Seconds of playback between two reports.
    static constexpr qint64 reportEverySeconds = 5;

    explicit RecordingPlayer(QWidget* parent = nullptr);

    void open(const SessionRecording& recording);
    Id recordingId() const { return m_recording.id; }
    QMediaPlayer* player() const { return m_player; }

public Q_SLOTS:
    void togglePlay();
    // Pauses and reports what was watched (before the viewer leaves).
    void finish();

Q_SIGNALS:
    // What the viewer has watched of the recording so far.
    void progress(lectern::Id recordingId, const lectern::ViewProgress& progress);

private:
    void report();
    void showPosition(qint64 positionMs);

    SessionRecording m_recording;
    QMediaPlayer* m_player;
    QAudioOutput* m_audio;
    QVideoWidget* m_video;
    QToolButton* m_play;
    QSlider* m_slider;
    QLabel* m_time;
    QLabel* m_error;
    QLabel* m_hint;
    QStackedLayout* m_screen;
    WatchTracker m_tracker;
    qint64 m_reportedSeconds = 0;
};

} // namespace lectern::ui
