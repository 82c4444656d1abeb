#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QFuture>
#include <QString>

namespace lectern::client {

// What Settings' "Test connection" found at a server address.
struct ServerProbe {
    Status reached; // a Lectern server answered there, or why not
    QString url;    // the address as Lectern will use it
    // When its certificate is one no authority on this computer vouches for: its SHA-256
    // fingerprint (hex), for the user to compare with the one their admin gave them, and who
    // it says it is.
    QByteArray untrustedSha256;
    QString untrustedSubject;
};

// Asks the server at `typed` whether it is a Lectern server, trusting the certificate whose
// fingerprint is `pinnedSha256` if it has one of its own.
QFuture<ServerProbe> probeServer(const QString& typed, const QByteArray& pinnedSha256 = {});

// "AB:CD:..." for people to compare.
QString fingerprintText(const QByteArray& sha256Hex);

} // namespace lectern::client
