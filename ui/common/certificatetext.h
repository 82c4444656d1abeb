#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lectern::ui {

// The words for a server certificate no authority on this computer vouches for, the same in
// Settings and at sign-in.
class CertificateText {
    Q_DECLARE_TR_FUNCTIONS(CertificateText)

public:
    // What `server`'s certificate (naming `subject`, of fingerprint `sha256`, hex) is, and
    // when to trust it.
    static QString untrusted(const QString& server, const QString& subject,
                             const QByteArray& sha256);
};

} // namespace lectern::ui
