#include "joincodedialog.h"

#include "common/qrcodeimage.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lectern::ui {

JoinCodeDialog::JoinCodeDialog(const QString& address, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Join from a phone"));
    auto* code = new QLabel(this);
    code->setAccessibleName(tr("QR code"));
    code->setAlignment(Qt::AlignCenter);
    const QImage image = qrCodeImage(address, 10);
    if (image.isNull())
        code->setText(tr("This address is too long for a QR code."));
    else
        code->setPixmap(QPixmap::fromImage(image));
    auto* text = new QLabel(address, this);
    text->setAccessibleName(tr("Participant page address"));
    text->setAlignment(Qt::AlignCenter);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = text->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    text->setFont(big);
    auto* hint = new QLabel(tr("Students point their phone's camera at the code."), this);
    hint->setAlignment(Qt::AlignCenter);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy address"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [address] { QGuiApplication::clipboard()->setText(address); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(code);
    layout->addWidget(text);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

} // namespace lectern::ui
