#pragma once

#include <QAction>
#include <QKeySequence>
#include <QToolButton>

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

// A text-only button for `action`: its text, tooltip, enabled state, shortcut and whether it
// is shown follow the action's (a hidden action hides its button from the start).
inline QToolButton* actionButton(QAction* action, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setVisible(action->isVisible());
    QObject::connect(action, &QAction::visibleChanged, button,
                     [button, action] { button->setVisible(action->isVisible()); });
    return button;
}

} // namespace lectern::ui
