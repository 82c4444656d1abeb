#pragma once

#include <QImage>
#include <QString>

namespace lectern::ui {

// `text` as a QR code (error correction M, so a phone reads it off a projector), black on
// white with the four-module quiet zone the standard asks for, each module `moduleSize`
// pixels wide. Null when libqrencode cannot encode it (far too long).
QImage qrCodeImage(const QString& text, int moduleSize);

} // namespace lectern::ui
