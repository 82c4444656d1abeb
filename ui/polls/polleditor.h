#pragma once

#include "client/consoleapi.h"
#include "common/fielderrors.h"
#include "domain/livepoll.h"
#include "domain/polldraft.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace lectern::ui {

// Drafts a poll for the live session (or changes a draft): question, 2 to 10 options, single or
// multiple answers, anonymous or not, results while voting or after, and how long it runs. "Save as
// draft" keeps it for later; "Start now" saves and starts it. Enter in an option moves to the next
// option (adding one after the last), never saves. The core checks the poll; its complaint
// appears under the field concerned.
class PollEditor : public QDialog {
    Q_OBJECT

public:
    // A new poll for `sessionId`; or, given `editing` (a draft), that draft to change.
    PollEditor(client::ConsoleApi& api, Id sessionId, QWidget* parent = nullptr,
               std::optional<LivePoll> editing = std::nullopt);

    PollDraft draft() const;
    QPushButton* saveDraftButton() const;
    QPushButton* startNowButton() const { return m_startNowButton; }
    // The created (and maybe started) poll, once accepted.
    const std::optional<LivePoll>& saved() const { return m_saved; }
    // Why a poll meant to start now is still a draft; empty when it started.
    const QString& startProblem() const { return m_startProblem; }
    // The option fields shown now.
    QList<QLineEdit*> optionFields() const { return m_options; }

public Q_SLOTS:
    QLineEdit* addOption();
    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void save(bool startNow);
    // Enter in `option`: on to the next option, adding one after the last.
    void moveOnFrom(QLineEdit* option);
    void removeOption(QLineEdit* option);
    void fillFrom(const LivePoll& poll);
    void updateOptionButtons();

    client::ConsoleApi& m_api;
    Id m_sessionId;
    std::optional<LivePoll> m_editing;
    std::optional<LivePoll> m_saved;
    QString m_startProblem;
    QLineEdit* m_question;
    QLineEdit* m_description;
    QWidget* m_optionBox;
    QVBoxLayout* m_optionRows;
    QList<QLineEdit*> m_options;
    QPushButton* m_addOption;
    QCheckBox* m_multiple;
    QCheckBox* m_anonymous;
    QComboBox* m_results;
    QSpinBox* m_duration;
    QLabel* m_formError;
    FieldErrors m_errors;
    QDialogButtonBox* m_buttons;
    QPushButton* m_startNowButton;
};

} // namespace lectern::ui
