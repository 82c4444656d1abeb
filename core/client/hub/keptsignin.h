#pragma once

#include "domain/error.h"

#include <QUrl>

#include <optional>

namespace lectern::client {

// "Keep me signed in" to a server: the server's 30-day token for this person, kept where
// Lectern keeps secrets (the system keychain), one per server. Calls wait on the keychain.
class KeptSignIn {
public:
    explicit KeptSignIn(QUrl server);

    Result<std::optional<QString>> token() const;
    Status keep(const QString& token) const;
    Status forget() const;

private:
    QString key() const;

    QUrl m_server;
};

} // namespace lectern::client
