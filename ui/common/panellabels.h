#pragma once

class QLabel;
class QString;
class QWidget;

namespace lectern::ui {

// The labels every panel uses, so they look and read alike everywhere.

// A red, wrapping label for a panel's problems, hidden until there is one; its accessible
// name is "Error".
QLabel* errorLabel(QWidget* parent);

// A panel's bold title ("Chat", "Questions").
QLabel* panelHeading(const QString& text, QWidget* parent);

} // namespace lectern::ui
