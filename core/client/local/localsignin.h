#pragma once

#include "client/signin.h"
#include "hubplacement.h"
#include "services/servicecontext.h"

namespace lectern::client {

// Signing in on this computer: accounts in the console's own database (the embedded file,
// or PostgreSQL for an admin on the server itself); the consoles it opens are LocalConsoles.
class LocalSignIn final : public SignIn {
    Q_OBJECT

public:
    LocalSignIn(ServiceContext context, HubPlacement placement = {}, QObject* parent = nullptr);

    QFuture<std::optional<User>> recall() override;
    QFuture<Result<bool>> hasAnyUser() override;
    QFuture<Result<User>> signIn(const QString& email, const QString& password, bool keep) override;
    QFuture<Result<User>> createFirstAccount(const FirstAccount& account, bool keep) override;
    std::unique_ptr<ConsoleApi> open(const User& user) override;

private:
    ServiceContext m_context;
    HubPlacement m_placement;
};

} // namespace lectern::client
