#include "polleditor.h"

#include "common/savethroughcore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace lectern::ui {

PollEditor::PollEditor(client::ConsoleApi& api, Id sessionId, QWidget* parent,
                       std::optional<LivePoll> editing)
    : QDialog(parent)
    , m_api(api)
    , m_sessionId(sessionId)
    , m_editing(std::move(editing))
    , m_question(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_optionBox(new QWidget(this))
    , m_optionRows(new QVBoxLayout)
    , m_addOption(new QPushButton(tr("&Add option"), this))
    , m_multiple(new QCheckBox(tr("Students may choose &several options"), this))
    , m_anonymous(new QCheckBox(tr("A&nonymous (nobody sees who voted what)"), this))
    , m_results(new QComboBox(this))
    , m_duration(new QSpinBox(this))
    , m_formError(FieldErrors::problemLabel(this))
    , m_errors(m_formError)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_startNowButton(m_buttons->addButton(tr("S&tart now"), QDialogButtonBox::ApplyRole)) {
    setWindowTitle(tr("New poll"));
    setMinimumWidth(520);
    m_question->setPlaceholderText(tr("e.g. Which topic should we review next week?"));
    m_question->setMaxLength(500);
    m_description->setPlaceholderText(tr("Optional: what students should know before voting"));
    auto* optionLayout = new QVBoxLayout(m_optionBox);
    optionLayout->setContentsMargins(0, 0, 0, 0);
    optionLayout->addLayout(m_optionRows);
    optionLayout->addWidget(m_addOption, 0, Qt::AlignLeft);
    m_addOption->setToolTip(
        tr("Add another answer to choose from (at most %1)").arg(maxPollOptions));
    m_results->addItem(tr("While voting"), true);
    m_results->addItem(tr("When the poll closes"), false);
    m_duration->setRange(0, maxPollDurationSeconds);
    m_duration->setSingleStep(15);
    m_duration->setValue(60);
    m_duration->setSuffix(tr(" s"));
    m_duration->setSpecialValueText(tr("Until I close it"));
    saveDraftButton()->setText(tr("Save as &draft"));
    saveDraftButton()->setToolTip(tr("Keep the poll to start later in the class"));
    m_startNowButton->setToolTip(tr("Save the poll and open it for votes at once"));

    auto* form = new QFormLayout;
    m_errors.addRow(form, tr("&Question:"), m_question, QStringLiteral("question"));
    m_errors.addRow(form, tr("&Description:"), m_description, QStringLiteral("description"));
    m_errors.addRow(form, tr("&Options:"), m_optionBox, QStringLiteral("options"));
    form->addRow(QString(), m_multiple);
    form->addRow(QString(), m_anonymous);
    m_errors.addRow(form, tr("Show &results:"), m_results,
                    QStringLiteral("show_results_immediately"));
    m_errors.addRow(form, tr("&Runs for:"), m_duration, QStringLiteral("duration_seconds"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formError);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_formError->setAccessibleName(tr("Problem"));
    connect(m_addOption, &QPushButton::clicked, this, &PollEditor::addOption);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PollEditor::accept);
    connect(m_startNowButton, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PollEditor::reject);
    if (m_editing) {
        fillFrom(*m_editing);
    } else {
        for (int i = 0; i < minPollOptions; ++i)
            addOption();
    }
    m_question->setFocus();
}

void PollEditor::fillFrom(const LivePoll& poll) {
    setWindowTitle(tr("Edit poll"));
    // A draft is changed here and started from the list or the live view.
    m_startNowButton->hide();
    saveDraftButton()->setText(tr("&Save changes"));
    saveDraftButton()->setToolTip(tr("Keep the changed draft"));
    m_question->setText(poll.question);
    m_description->setText(poll.description);
    for (const PollOption& option : poll.options) {
        if (QLineEdit* field = addOption())
            field->setText(option.text);
    }
    while (m_options.size() < minPollOptions)
        addOption();
    m_multiple->setChecked(poll.allowMultipleAnswers);
    m_anonymous->setChecked(poll.isAnonymous);
    m_results->setCurrentIndex(m_results->findData(poll.showResultsImmediately));
    m_duration->setValue(poll.durationSeconds);
}

QLineEdit* PollEditor::addOption() {
    if (m_options.size() >= maxPollOptions)
        return nullptr;
    auto* row = new QHBoxLayout;
    auto* option = new QLineEdit(m_optionBox);
    option->setAccessibleName(tr("Option %1").arg(m_options.size() + 1));
    option->setPlaceholderText(tr("Option %1").arg(m_options.size() + 1));
    option->setMaxLength(200);
    auto* remove = new QToolButton(m_optionBox);
    remove->setText(tr("Remove"));
    remove->setAccessibleName(tr("Remove option %1").arg(m_options.size() + 1));
    row->addWidget(option, 1);
    row->addWidget(remove);
    m_optionRows->addLayout(row);
    m_options << option;
    connect(remove, &QToolButton::clicked, this, [this, option] { removeOption(option); });
    option->installEventFilter(this);
    updateOptionButtons();
    option->setFocus();
    return option;
}

void PollEditor::removeOption(QLineEdit* option) {
    if (m_options.size() <= minPollOptions)
        return;
    for (int i = 0; i < m_optionRows->count(); ++i) {
        auto* row = static_cast<QHBoxLayout*>(m_optionRows->itemAt(i)->layout());
        if (row->itemAt(0)->widget() != option)
            continue;
        while (QLayoutItem* item = row->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        delete m_optionRows->takeAt(i);
        break;
    }
    m_options.removeOne(option);
    updateOptionButtons();
}

void PollEditor::updateOptionButtons() {
    m_addOption->setEnabled(m_options.size() < maxPollOptions);
    for (QToolButton* remove : m_optionBox->findChildren<QToolButton*>())
        remove->setEnabled(m_options.size() > minPollOptions);
}

PollDraft PollEditor::draft() const {
    PollDraft draft;
    draft.question = m_question->text();
    draft.description = m_description->text();
    // Rows left empty are not options.
    for (const QLineEdit* option : m_options) {
        if (!option->text().trimmed().isEmpty())
            draft.options << option->text();
    }
    draft.allowMultipleAnswers = m_multiple->isChecked();
    draft.isAnonymous = m_anonymous->isChecked();
    draft.showResultsImmediately = m_results->currentData().toBool();
    draft.durationSeconds = m_duration->value();
    return draft;
}

QPushButton* PollEditor::saveDraftButton() const {
    return m_buttons->button(QDialogButtonBox::Save);
}

bool PollEditor::eventFilter(QObject* watched, QEvent* event) {
    auto* option = qobject_cast<QLineEdit*>(watched);
    if (option && event->type() == QEvent::KeyPress && m_options.contains(option)) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            moveOnFrom(option);
            return true; // never reaches the dialog's buttons
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PollEditor::moveOnFrom(QLineEdit* option) {
    const qsizetype at = m_options.indexOf(option);
    if (at + 1 < m_options.size())
        return m_options.at(at + 1)->setFocus();
    // As in a list being typed: Enter after the last option adds the next one.
    if (!option->text().trimmed().isEmpty() && addOption())
        return;
    focusNextChild();
}

void PollEditor::accept() {
    save(false);
}

void PollEditor::save(bool startNow) {
    // While either button's save is under way (its button disabled), the other waits too.
    if (!saveDraftButton()->isEnabled() || !m_startNowButton->isEnabled())
        return;
    if (m_editing) {
        saveThroughCore(
            this, saveDraftButton(), m_errors,
            [this] { return m_api.updatePoll(m_editing->id, draft()); },
            [this](const LivePoll& saved) { m_saved = saved; });
        return;
    }
    saveThroughCore(
        this, startNow ? m_startNowButton : saveDraftButton(), m_errors,
        [this, startNow] { return m_api.createPoll(m_sessionId, draft(), startNow); },
        [this](const CreatedPoll& saved) {
            m_saved = saved.poll;
            m_startProblem = saved.startProblem;
        });
}

} // namespace lectern::ui
