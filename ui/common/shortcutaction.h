#pragma once

#include <QAction>
#include <QKeySequence>

namespace lectern::ui {

// An action with a shortcut whose tooltip says what it does and names the shortcut. It is
// added to `owner`, whose focus (with its children's) makes the shortcut work: a tab's
// actions work while the user is in that tab.
inline QAction* shortcutAction(QWidget* owner, const QString& text, const QKeySequence& shortcut,
                               const QString& tip) {
    auto* action = new QAction(text, owner);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(
        QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    owner->addAction(action);
    return action;
}

} // namespace lectern::ui
