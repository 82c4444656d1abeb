#include "sessioneditor.h"

#include "common/fielderrors.h"
#include "common/savethroughcore.h"
#include "domain/meetinglink.h"
#include "domain/sessionrules.h"
#include "sessiontablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lectern::ui {
namespace {

QLabel* warningLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #8a5a00"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

template <typename E> void addEnumItems(QComboBox* box, QList<std::pair<E, QString>> items) {
    for (const auto& [value, text] : items)
        box->addItem(text, static_cast<int>(value));
}

} // namespace

SessionEditor::SessionEditor(client::ConsoleApi& api, Mode mode, const LiveSession& base,
                             QList<Course> courses, QList<User> hosts, QWidget* parent)
    : QDialog(parent)
    , m_api(api)
    , m_mode(mode)
    , m_sessionId(mode == Mode::Edit ? base.id : 0)
    , m_course(new QComboBox(this))
    , m_host(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_type(new QComboBox(this))
    , m_start(new QDateTimeEdit(this))
    , m_end(new QDateTimeEdit(this))
    , m_warning(warningLabel(this))
    , m_platform(new QComboBox(this))
    , m_link(new QLineEdit(this))
    , m_meetingId(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_streamKey(new QLineEdit(this))
    , m_channel(new QLineEdit(this))
    , m_capacity(new QSpinBox(this))
    , m_chat(new QCheckBox(tr("C&hat"), this))
    , m_qa(new QCheckBox(tr("&Questions and answers"), this))
    , m_polls(new QCheckBox(tr("P&olls"), this))
    , m_recording(new QCheckBox(tr("&Recording"), this))
    , m_formError(FieldErrors::problemLabel(this))
    , m_errors(m_formError)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(mode == Mode::Edit        ? tr("Edit session")
                   : mode == Mode::Duplicate ? tr("Duplicate session")
                                             : tr("New session"));

    for (const Course& course : courses)
        m_course->addItem(course.title, course.id);
    m_course->setEnabled(mode != Mode::Edit && courses.size() > 1);
    m_host->addItem(tr("Me (%1)").arg(m_api.user().name), QVariant::fromValue<Id>(0));
    for (const User& host : hosts) {
        if (host.id != m_api.user().id)
            m_host->addItem(tr("%1 <%2>").arg(host.name, host.email), host.id);
    }
    // Admins may schedule for another host; everyone else hosts their own sessions.
    const bool choosesHost = m_api.user().isAdmin() && !hosts.isEmpty();
    m_host->setVisible(choosesHost);

    m_title->setMaxLength(maxSessionTitleLength);
    m_title->setPlaceholderText(tr("e.g. Week 5: Views and templates"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the class covers, what to prepare"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4);
    addEnumItems<SessionType>(
        m_type,
        {{SessionType::Class, SessionTableModel::typeText(SessionType::Class)},
         {SessionType::Workshop, SessionTableModel::typeText(SessionType::Workshop)},
         {SessionType::Webinar, SessionTableModel::typeText(SessionType::Webinar)},
         {SessionType::Qa, SessionTableModel::typeText(SessionType::Qa)},
         {SessionType::OfficeHours, SessionTableModel::typeText(SessionType::OfficeHours)}});
    addEnumItems<Platform>(m_platform,
                           {{Platform::Agora, SessionTableModel::platformText(Platform::Agora)},
                            {Platform::Zoom, SessionTableModel::platformText(Platform::Zoom)},
                            {Platform::Meet, SessionTableModel::platformText(Platform::Meet)},
                            {Platform::Teams, SessionTableModel::platformText(Platform::Teams)},
                            {Platform::Custom, SessionTableModel::platformText(Platform::Custom)}});
    for (QDateTimeEdit* edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy  HH:mm"));
    }
    m_link->setPlaceholderText(tr("https://… (the platform's join link)"));
    m_password->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_streamKey->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_capacity->setRange(1, maxParticipantsLimit);
    m_capacity->setSuffix(tr(" people"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* formWidget = new QWidget(this);
    auto* formColumn = new QVBoxLayout(formWidget);
    formColumn->setContentsMargins(0, 0, 0, 0);
    formColumn->addLayout(form);
    formColumn->addStretch(1);
    const auto field = [&](const QString& label, QWidget* widget, const QString& coreName) {
        m_errors.addRow(form, label, widget, coreName);
    };
    field(tr("&Course:"), m_course, QStringLiteral("course"));
    if (choosesHost)
        field(tr("&Host:"), m_host, QStringLiteral("instructor"));
    field(tr("&Title:"), m_title, QStringLiteral("title"));
    field(tr("&Description:"), m_description, QStringLiteral("description"));
    field(tr("T&ype:"), m_type, QStringLiteral("session_type"));
    field(tr("St&arts:"), m_start, QStringLiteral("scheduled_start"));
    // The warning sits under the start, after any error about it.
    m_errors.cellOf(QStringLiteral("scheduled_start"))->layout()->addWidget(m_warning);
    m_warning->setAccessibleName(tr("Scheduling warning"));
    field(tr("&Ends:"), m_end, QStringLiteral("scheduled_end"));
    field(tr("Ma&x. people:"), m_capacity, QStringLiteral("max_participants"));

    auto* platformForm = new QFormLayout;
    auto* platformBox = new QGroupBox(tr("Platform"), this);
    platformBox->setLayout(platformForm);
    const auto platformField = [&](const QString& label, QWidget* widget, const QString& name) {
        m_errors.addRow(platformForm, label, widget, name);
    };
    platformField(tr("&Platform:"), m_platform, QStringLiteral("platform"));
    platformField(tr("Meeting &link:"), m_link, QStringLiteral("meeting_link"));
    platformField(tr("Meeting &ID:"), m_meetingId, QStringLiteral("meeting_id"));
    platformField(tr("Pass&word:"), m_password, QStringLiteral("meeting_password"));
    platformField(tr("Stream &key:"), m_streamKey, QStringLiteral("stream_key"));
    platformField(tr("Cha&nnel:"), m_channel, QStringLiteral("channel_name"));

    auto* features = new QGroupBox(tr("Students can use"), this);
    auto* featureLayout = new QVBoxLayout(features);
    for (QCheckBox* box : {m_chat, m_qa, m_polls, m_recording})
        featureLayout->addWidget(box);
    m_recording->setText(tr("&Recording (the session is recorded)"));

    auto* columns = new QGridLayout;
    columns->addWidget(formWidget, 0, 0, 2, 1);
    columns->addWidget(platformBox, 0, 1);
    columns->addWidget(features, 1, 1);
    columns->setColumnStretch(0, 3);
    columns->setColumnStretch(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formError);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);
    m_formError->setAccessibleName(tr("Problem"));
    setMinimumWidth(820);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SessionEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SessionEditor::reject);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &SessionEditor::keepDuration);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &SessionEditor::updateWarning);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_end->dateTime() > m_start->dateTime())
            m_durationSeconds = m_start->dateTime().secsTo(m_end->dateTime());
    });

    connect(m_link, &QLineEdit::editingFinished, this, &SessionEditor::readLink);
    for (QLineEdit* line : {m_title, m_link, m_meetingId, m_password, m_streamKey, m_channel})
        connect(line, &QLineEdit::textEdited, this, &SessionEditor::recheck);
    connect(m_description, &QPlainTextEdit::textChanged, this, &SessionEditor::recheck);
    for (QDateTimeEdit* edit : {m_start, m_end})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &SessionEditor::recheck);
    connect(m_capacity, &QSpinBox::valueChanged, this, &SessionEditor::recheck);
    for (QComboBox* box : {m_platform, m_host, m_course})
        connect(box, &QComboBox::currentIndexChanged, this, &SessionEditor::recheck);
    fill(base);
    if (const int course = m_course->findData(base.courseId); course >= 0)
        m_course->setCurrentIndex(course);
    m_title->setFocus();
    m_title->selectAll();
}

void SessionEditor::fill(const LiveSession& s) {
    m_title->setText(s.title);
    m_description->setPlainText(s.description);
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(s.sessionType)));
    const QSignalBlocker blockStart(m_start);
    m_start->setDateTime(s.scheduledStart.toLocalTime());
    m_end->setDateTime(s.scheduledEnd.toLocalTime());
    m_durationSeconds = std::max<qint64>(60, s.scheduledStart.secsTo(s.scheduledEnd));
    m_platform->setCurrentIndex(m_platform->findData(static_cast<int>(s.platform)));
    m_link->setText(s.meetingLink);
    m_meetingId->setText(s.meetingId);
    m_password->setText(s.meetingPassword);
    m_streamKey->setText(s.streamKey);
    m_channel->setText(s.channelName);
    m_capacity->setValue(s.maxParticipants);
    m_chat->setChecked(s.enableChat);
    m_qa->setChecked(s.enableQa);
    m_polls->setChecked(s.enablePolls);
    m_recording->setChecked(s.enableRecording);
    if (s.instructorId != 0 && s.instructorId != m_api.user().id) {
        if (const int host = m_host->findData(s.instructorId); host >= 0)
            m_host->setCurrentIndex(host);
    }
    updateWarning();
}

LiveSession SessionEditor::draft() const {
    LiveSession s;
    s.id = m_sessionId;
    s.courseId = m_course->currentData().value<Id>();
    s.instructorId = m_host->currentData().value<Id>();
    s.title = m_title->text();
    s.description = m_description->toPlainText();
    s.sessionType = static_cast<SessionType>(m_type->currentData().toInt());
    s.scheduledStart = m_start->dateTime().toUTC();
    s.scheduledEnd = m_end->dateTime().toUTC();
    s.platform = static_cast<Platform>(m_platform->currentData().toInt());
    s.meetingLink = m_link->text();
    s.meetingId = m_meetingId->text();
    s.meetingPassword = m_password->text();
    s.streamKey = m_streamKey->text();
    s.channelName = m_channel->text();
    s.maxParticipants = m_capacity->value();
    s.enableChat = m_chat->isChecked();
    s.enableQa = m_qa->isChecked();
    s.enablePolls = m_polls->isChecked();
    s.enableRecording = m_recording->isChecked();
    return s;
}

void SessionEditor::readLink() {
    const QString link = m_link->text().trimmed();
    if (link.isEmpty())
        return;
    m_errors.clear();
    // A Zoom, Meet or Teams link says which platform the class is on.
    if (const auto platform = meeting::platformOfLink(link))
        m_platform->setCurrentIndex(m_platform->findData(static_cast<int>(*platform)));
    const auto details =
        meeting::readMeetingLink(static_cast<Platform>(m_platform->currentData().toInt()), link);
    if (!details) {
        m_errors.show(details.error());
        return;
    }
    if (m_meetingId->text().isEmpty())
        m_meetingId->setText(details->meetingId);
    if (m_password->text().isEmpty())
        m_password->setText(details->password);
}

void SessionEditor::keepDuration() {
    // Moving the start moves the end with it: the class stays as long as it was.
    const QSignalBlocker blockEnd(m_end);
    m_end->setDateTime(m_start->dateTime().addSecs(m_durationSeconds));
}

void SessionEditor::updateWarning() {
    const QStringList warnings = schedulingWarnings(draft(), m_api.now());
    m_warning->setText(warnings.join(u'\n'));
    m_warning->setVisible(!warnings.isEmpty());
}

void SessionEditor::recheck() {
    // After a first Save, every change says at once what is still wrong, and what is fixed
    // stops saying so; the core's answer (a clash) goes when the fields change.
    if (m_rechecking)
        m_errors.showAll(sessionFieldProblems(draft()), false);
}

void SessionEditor::accept() {
    const LiveSession fields = draft();
    m_rechecking = true;
    m_errors.setHost(m_host->currentData().value<Id>() ? m_host->currentText() : QString());
    // The core's own checks first, at once and all together; the save then adds what needs
    // the database (overlap, permissions).
    if (const QList<Error> problems = sessionFieldProblems(fields); !problems.isEmpty()) {
        m_errors.showAll(problems);
        return;
    }
    saveThroughCore(
        this, m_buttons->button(QDialogButtonBox::Save), m_errors,
        [this, fields] { return m_api.saveSession(fields); },
        [this](const ScheduledSession& saved) { m_saved = saved; });
}

} // namespace lectern::ui
