#pragma once

#include <QDialog>

namespace lectern::ui {

// The participant page's address as a QR code, large enough to scan from the back of the
// room (or off a shared screen), with the address written under it.
class JoinCodeDialog : public QDialog {
    Q_OBJECT

public:
    JoinCodeDialog(const QString& address, QWidget* parent = nullptr);
};

} // namespace lectern::ui
