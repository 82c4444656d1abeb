#pragma once

#include "client/signin.h"
#include "serverconnection.h"

namespace lectern::client {

// Signing in to a lectern-server with the person's own Lectern account; the consoles it
// opens are HubConsoles with the token the server gave. The first account of a server is
// made on the server (lectern-server users add), never from a console.
class HubSignIn final : public SignIn {
    Q_OBJECT

public:
    explicit HubSignIn(ServerAddress address, QObject* parent = nullptr);

    QString serverText() const override { return m_connection.address().url.authority(); }
    QFuture<std::optional<User>> recall() override;
    QFuture<Result<bool>> hasAnyUser() override;
    QFuture<Result<User>> signIn(const QString& email, const QString& password, bool keep) override;
    QFuture<Result<User>> createFirstAccount(const FirstAccount& account, bool keep) override;
    std::unique_ptr<ConsoleApi> open(const User& user) override;
    void trustOfferedCertificate() override;
    QByteArray trustedCertificate() const override { return m_connection.address().pinnedSha256; }

private:
    ServerConnection m_connection;
    QByteArray m_offered; // the fingerprint of the certificate last refused
};

} // namespace lectern::client
