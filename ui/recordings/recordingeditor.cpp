#include "recordingeditor.h"

#include "common/savethroughcore.h"
#include "recordingtablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMediaPlayer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace lectern::ui {

RecordingEditor::RecordingEditor(client::ConsoleApi& api, Id sessionId, QWidget* parent)
    : QDialog(parent)
    , m_api(api)
    , m_sessionId(sessionId)
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_video(new QLineEdit(this))
    , m_thumbnail(new QLineEdit(this))
    , m_length(new QTimeEdit(this))
    , m_size(new QDoubleSpinBox(this))
    , m_status(new QComboBox(this))
    , m_public(new QCheckBox(tr("&Public: anyone with the link may watch"), this))
    , m_enrolledOnly(new QCheckBox(tr("Only students &enrolled in the course"), this))
    , m_probe(new QMediaPlayer(this))
    , m_formError(FieldErrors::problemLabel(this))
    , m_errors(m_formError)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Add recording"));
    setMinimumWidth(560);
    m_title->setMaxLength(200);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_video->setPlaceholderText(tr("https://… or a file on this computer"));
    m_thumbnail->setPlaceholderText(tr("Optional picture shown before playing"));
    m_length->setDisplayFormat(QStringLiteral("H:mm:ss"));
    m_size->setRange(0, 1'000'000);
    m_size->setSuffix(tr(" MB"));
    m_size->setDecimals(1);
    for (ProcessingStatus status : {ProcessingStatus::Ready, ProcessingStatus::Processing,
                                    ProcessingStatus::Pending, ProcessingStatus::Failed})
        m_status->addItem(RecordingTableModel::statusText(status), static_cast<int>(status));
    m_enrolledOnly->setChecked(true);

    auto* choose = new QPushButton(tr("C&hoose file…"), this);
    connect(choose, &QPushButton::clicked, this, &RecordingEditor::chooseFile);
    auto* videoRow = new QWidget(this);
    auto* videoLayout = new QHBoxLayout(videoRow);
    videoLayout->setContentsMargins(0, 0, 0, 0);
    videoLayout->addWidget(m_video, 1);
    videoLayout->addWidget(choose);

    auto* form = new QFormLayout;
    m_errors.addRow(form, tr("&Title:"), m_title, QStringLiteral("title"));
    m_errors.addRow(form, tr("&Description:"), m_description, QStringLiteral("description"));
    m_errors.addRow(form, tr("&Video:"), videoRow, QStringLiteral("video_url"));
    m_video->setAccessibleName(tr("Video address"));
    m_errors.addRow(form, tr("Th&umbnail:"), m_thumbnail, QStringLiteral("thumbnail_url"));
    m_errors.addRow(form, tr("&Length:"), m_length, QStringLiteral("duration_seconds"));
    m_errors.addRow(form, tr("File si&ze:"), m_size, QStringLiteral("file_size_mb"));
    m_errors.addRow(form, tr("&State:"), m_status, QStringLiteral("processing_status"));
    form->addRow(QString(), m_public);
    form->addRow(QString(), m_enrolledOnly);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formError);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_formError->setAccessibleName(tr("Problem"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordingEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordingEditor::reject);
    // The length of a chosen file, once Qt Multimedia has read its header.
    connect(m_probe, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (ms > 0)
            m_length->setTime(QTime(0, 0).addMSecs(ms));
    });
}

void RecordingEditor::chooseFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a recording"), QString(),
                                     tr("Videos (*.mp4 *.webm *.mkv *.mov *.ogv);;All files (*)"));
    if (!path.isEmpty())
        useFile(path);
}

void RecordingEditor::useFile(const QString& path) {
    const QFileInfo file(path);
    m_video->setText(QUrl::fromLocalFile(file.absoluteFilePath()).toString());
    m_size->setValue(double(file.size()) / (1024.0 * 1024.0));
    if (m_title->text().isEmpty())
        m_title->setText(file.completeBaseName());
    m_probe->setSource(QUrl::fromLocalFile(file.absoluteFilePath()));
}

void RecordingEditor::accept() {
    RecordingDraft draft;
    draft.title = m_title->text();
    draft.description = m_description->toPlainText();
    draft.videoUrl = m_video->text().trimmed();
    draft.thumbnailUrl = m_thumbnail->text().trimmed();
    draft.durationSeconds = QTime(0, 0).secsTo(m_length->time());
    draft.fileSizeMb = m_size->value();
    draft.processingStatus = static_cast<ProcessingStatus>(m_status->currentData().toInt());
    draft.isPublic = m_public->isChecked();
    draft.requiresEnrollment = m_enrolledOnly->isChecked();
    saveThroughCore(
        this, m_buttons->button(QDialogButtonBox::Save), m_errors,
        [this, draft] { return m_api.createRecording(m_sessionId, draft); },
        [this](const SessionRecording& saved) { m_saved = saved; });
}

} // namespace lectern::ui
