#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QHash>

class QFormLayout;
class QLabel;
class QWidget;

namespace lectern::ui {

// The fields of a dialog, each with a label right under it for the core's complaint about it:
// an Error naming a field ("scheduled_start") is shown under that field, which gets the focus;
// one naming none goes to the dialog's general label. Several complaints about one field
// are shown one per line.
class FieldErrors {
    Q_DECLARE_TR_FUNCTIONS(FieldErrors)

public:
    explicit FieldErrors(QLabel* general)
        : m_general(general) {}

    // Adds `field` as a row of `form` under `label` ("&Title:"), known to the core as
    // `coreName`. The field's accessible name is the label's text; the problem label's is
    // "Problem with <text>".
    void addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& coreName);
    // The cell holding a field and its problem label, to add more under it.
    QWidget* cellOf(const QString& coreName) const;

    // The error under its field (in the user's words: ErrorText), which gets the focus.
    void show(const Error& error);
    // Every error at once, each under its field, the others cleared; `focus` gives the first
    // one's field the focus (not while the user is typing elsewhere).
    void showAll(const QList<Error>& errors, bool focus = true);
    void clear();
    // Whom a scheduling clash is about, when not the user ("Ada Lovelace already teaches").
    void setHost(const QString& host) { m_host = host; }

    // A red, wrapping, hidden label for problems.
    static QLabel* problemLabel(QWidget* parent);

private:
    QLabel* m_general;
    QHash<QString, QLabel*> m_labels;
    QHash<QString, QWidget*> m_fields;
    QString m_host;
};

} // namespace lectern::ui
