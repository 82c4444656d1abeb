#pragma once

#include "platform/secretstore.h"
#include "services/servicecontext.h"

#include <chrono>
#include <optional>

namespace lectern::client {

// "Remember me": a sign-in token of its own (30 days, console scope: the hub's API does not
// take it) kept in the secret store for this database, so the next start skips the sign-in
// dialog. Calls wait on the database and the
// keychain.
class RememberedSignIn {
public:
    static constexpr std::chrono::days lifetime{30};

    RememberedSignIn(ServiceContext context, SecretStore store);

    // The user of the remembered sign-in, if there is one and it is still valid.
    std::optional<User> recall();
    Status remember(const User& user);
    // Signs the remembered token out and forgets it.
    void forget();

private:
    QString key() const;

    ServiceContext m_context;
    SecretStore m_store;
};

} // namespace lectern::client
