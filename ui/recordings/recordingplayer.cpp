#include "recordingplayer.h"

#include "common/fielderrors.h"

#include <QAudioOutput>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QSlider>
#include <QStackedLayout>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace lectern::ui {
namespace {
QString clock(qint64 ms) {
    const qint64 seconds = ms / 1000;
    return seconds >= 3600 ? QStringLiteral("%1:%2:%3")
                                 .arg(seconds / 3600)
                                 .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                                 .arg(seconds % 60, 2, 10, QLatin1Char('0'))
                           : QStringLiteral("%1:%2")
                                 .arg(seconds / 60)
                                 .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

RecordingPlayer::RecordingPlayer(QWidget* parent)
    : QWidget(parent)
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
    , m_video(new QVideoWidget(this))
    , m_play(new QToolButton(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_error(FieldErrors::problemLabel(this))
    , m_hint(new QLabel(tr("Choose a recording and press Play to watch it here."), this))
    , m_screen(new QStackedLayout) {
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("background: #20242a; color: #d0d4da;"));
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_video);
    m_video->setMinimumSize(320, 180);
    m_video->setAccessibleName(tr("Video"));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setAccessibleName(tr("Play or pause"));
    m_play->setShortcut(QKeySequence(Qt::Key_Space));
    m_play->setToolTip(
        tr("Play or pause (%1)").arg(m_play->shortcut().toString(QKeySequence::NativeText)));
    m_play->setEnabled(false);
    m_slider->setAccessibleName(tr("Position"));
    m_slider->setEnabled(false);
    m_time->setAccessibleName(tr("Time"));
    m_error->setAccessibleName(tr("Player error"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_time);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Until something plays, the picture says what to do.
    m_screen->addWidget(m_hint);
    m_screen->addWidget(m_video);
    layout->addLayout(m_screen, 1);
    layout->addLayout(controls);
    layout->addWidget(m_error);

    connect(m_play, &QToolButton::clicked, this, &RecordingPlayer::togglePlay);
    connect(m_player, &QMediaPlayer::durationChanged, this,
            [this](qint64 duration) { m_slider->setRange(0, static_cast<int>(duration)); });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (m_player->playbackState() == QMediaPlayer::PlayingState)
            m_tracker.positionChanged(position);
        showPosition(position);
        if (m_tracker.watchedSeconds() >= m_reportedSeconds + reportEverySeconds)
            report();
    });
    // Dragging the slider is a jump, not watching.
    connect(m_slider, &QSlider::sliderMoved, this, [this](int position) {
        m_tracker.restartAt(position);
        m_player->setPosition(position);
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState state) {
                m_play->setIcon(style()->standardIcon(state == QMediaPlayer::PlayingState
                                                          ? QStyle::SP_MediaPause
                                                          : QStyle::SP_MediaPlay));
                if (state == QMediaPlayer::PlayingState)
                    m_tracker.restartAt(m_player->position()); // a new stretch starts here
                else
                    report();
            });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::EndOfMedia) {
                    m_tracker.positionChanged(m_player->duration());
                    report();
                }
            });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString& message) {
                m_error->setText(tr("The recording cannot be played: %1").arg(message));
                m_error->show();
            });
}

void RecordingPlayer::open(const SessionRecording& recording) {
    report();
    m_recording = recording;
    m_tracker = WatchTracker();
    m_reportedSeconds = 0;
    m_error->hide();
    m_player->setSource(QUrl(recording.videoUrl));
    m_screen->setCurrentWidget(m_video);
    m_play->setEnabled(true);
    m_slider->setEnabled(true);
    showPosition(0);
    m_player->play();
}

void RecordingPlayer::togglePlay() {
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        m_player->play();
}

void RecordingPlayer::showPosition(qint64 positionMs) {
    if (!m_slider->isSliderDown())
        m_slider->setValue(static_cast<int>(positionMs));
    m_time->setText(tr("%1 / %2").arg(clock(positionMs), clock(m_player->duration())));
}

void RecordingPlayer::finish() {
    m_player->pause();
    report();
}

void RecordingPlayer::report() {
    if (!m_recording.id || m_tracker.watchedSeconds() == m_reportedSeconds)
        return;
    m_reportedSeconds = m_tracker.watchedSeconds();
    ViewProgress watched;
    watched.watchDurationSeconds = m_tracker.watchedSeconds();
    watched.lastPositionSeconds = m_tracker.positionSeconds();
    watched.deviceType = QStringLiteral("desktop");
    watched.browser = QStringLiteral("Lectern console");
    Q_EMIT progress(m_recording.id, watched);
}

} // namespace lectern::ui
