#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QUrl>

namespace lectern::client {

// Where a lectern-server is and how its certificate is trusted: by the system's certificate
// authorities, or (a server with a certificate of its own) by the SHA-256 fingerprint of the
// one certificate the user accepted.
struct ServerAddress {
    QUrl url;                // https://lectern.example.edu (http:// on loopback only)
    QByteArray pinnedSha256; // hex, lower case; empty: the system's authorities decide
    // Tidies what a person typed ("lectern.example.edu:8443" gets https://); Invalid with a
    // reason when it is not a server address.
    static Result<ServerAddress> parse(const QString& typed, const QByteArray& pinnedSha256 = {});
};

} // namespace lectern::client
