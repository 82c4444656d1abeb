#include "ctrlreturnaccepts.h"

#include <QApplication>
#include <QDialog>
#include <QKeyEvent>

namespace lectern::ui {

CtrlReturnAccepts::CtrlReturnAccepts(QDialog* dialog)
    : QObject(dialog)
    , m_dialog(dialog) {
    // The key goes to the focused field first: only an application-wide filter sees it before.
    qApp->installEventFilter(this);
}

bool CtrlReturnAccepts::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    auto* widget = qobject_cast<QWidget*>(watched);
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
        key->modifiers().testFlag(Qt::ControlModifier) && widget &&
        (widget == m_dialog || m_dialog->isAncestorOf(widget))) {
        m_dialog->accept();
        return true;
    }
    return false;
}

} // namespace lectern::ui
