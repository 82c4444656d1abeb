#pragma once

#include <QObject>

class QDialog;

namespace lectern::ui {

// Ctrl+Return (or Ctrl+Enter) anywhere in `dialog` accepts it, as in a chat app, even in a
// multi-line text field, which would otherwise take the key as a new line. Lives as long as
// the dialog (its child).
class CtrlReturnAccepts : public QObject {
    Q_OBJECT

public:
    explicit CtrlReturnAccepts(QDialog* dialog);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QDialog* m_dialog;
};

} // namespace lectern::ui
