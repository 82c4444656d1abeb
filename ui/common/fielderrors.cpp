#include "fielderrors.h"

#include "errortext.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace lectern::ui {

QLabel* FieldErrors::problemLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b02020"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void FieldErrors::addRow(QFormLayout* form, const QString& label, QWidget* field,
                         const QString& coreName) {
    auto* cell = new QWidget(form->parentWidget());
    auto* stack = new QVBoxLayout(cell);
    stack->setContentsMargins(0, 0, 0, 0);
    stack->setSpacing(2);
    stack->addWidget(field);
    QLabel* problem = problemLabel(cell);
    stack->addWidget(problem);
    cell->setFocusProxy(field);
    form->addRow(label, cell);
    const QString name = QString(label).remove(u'&').remove(u':');
    field->setAccessibleName(name);
    problem->setAccessibleName(tr("Problem with %1").arg(name));
    m_labels.insert(coreName, problem);
    m_fields.insert(coreName, field);
}

QWidget* FieldErrors::cellOf(const QString& coreName) const {
    QWidget* field = m_fields.value(coreName);
    return field ? field->parentWidget() : nullptr;
}

void FieldErrors::show(const Error& error) {
    showAll({error});
}

void FieldErrors::showAll(const QList<Error>& errors, bool focus) {
    clear();
    for (const Error& error : errors) {
        QWidget* field = m_fields.value(error.field);
        QLabel* label = field ? m_labels.value(error.field) : m_general;
        const QString text =
            ErrorText::of(error, field ? field->accessibleName() : QString(), m_host);
        label->setText(!label->isHidden() ? label->text() + u'\n' + text : text);
        label->show();
        if (focus && field && &error == &errors.first())
            field->setFocus();
    }
}

void FieldErrors::clear() {
    m_general->hide();
    for (QLabel* label : std::as_const(m_labels))
        label->hide();
}

} // namespace lectern::ui
