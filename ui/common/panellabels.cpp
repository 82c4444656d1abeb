#include "panellabels.h"

#include "fielderrors.h"

#include <QCoreApplication>
#include <QLabel>

namespace lectern::ui {

QLabel* errorLabel(QWidget* parent) {
    QLabel* label = FieldErrors::problemLabel(parent);
    label->setAccessibleName(QCoreApplication::translate("lectern::ui::PanelLabels", "Error"));
    return label;
}

QLabel* panelHeading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

} // namespace lectern::ui
