#pragma once

#include "domain/error.h"

#include <QSslConfiguration>

namespace lectern::hub {

// The server side of TLS from a PEM certificate (a chain: the server's first) and its
// unencrypted PEM private key (RSA, EC or DSA), as `lectern-server serve --tls-cert --tls-key`
// takes them.
Result<QSslConfiguration> tlsFromPemFiles(const QString& certificatePath, const QString& keyPath);

} // namespace lectern::hub
