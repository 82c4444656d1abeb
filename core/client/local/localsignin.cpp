#include "localsignin.h"

#include "localconsole.h"
#include "onworker.h"
#include "rememberedsignin.h"
#include "services/userservice.h"

namespace lectern::client {
namespace {

// After a sign-in, "keep me signed in" is kept or forgotten.
void keepOrForget(const ServiceContext& context, const Result<User>& user, bool keep) {
    if (!user)
        return;
    RememberedSignIn remembered(context, SecretStore::forThisUser());
    if (keep)
        (void)remembered.remember(*user);
    else
        remembered.forget();
}

} // namespace

LocalSignIn::LocalSignIn(ServiceContext context, HubPlacement placement, QObject* parent)
    : SignIn(parent)
    , m_context(std::move(context))
    , m_placement(placement) {}

QFuture<std::optional<User>> LocalSignIn::recall() {
    return onWorker([context = m_context] {
        return RememberedSignIn(context, SecretStore::forThisUser()).recall();
    });
}

QFuture<Result<bool>> LocalSignIn::hasAnyUser() {
    return onWorker([context = m_context] { return UserService(context).hasAnyUser(); });
}

QFuture<Result<User>> LocalSignIn::signIn(const QString& email, const QString& password,
                                          bool keep) {
    return onWorker([context = m_context, email, password, keep] {
        auto user = UserService(context).authenticate(email, password);
        keepOrForget(context, user, keep);
        return user;
    });
}

QFuture<Result<User>> LocalSignIn::createFirstAccount(const FirstAccount& account, bool keep) {
    return onWorker([context = m_context, account, keep]() -> Result<User> {
        // Only the first: later accounts are made by an admin, who knows who they are for.
        auto hasUsers = UserService(context).hasAnyUser();
        if (!hasUsers)
            return std::unexpected(hasUsers.error());
        if (*hasUsers)
            return std::unexpected(Error::conflict(
                QStringLiteral("This Lectern has accounts already: sign in instead.")));
        auto user = UserService(context).createUser(account.email, account.name, account.role,
                                                    account.password);
        keepOrForget(context, user, keep);
        return user;
    });
}

std::unique_ptr<ConsoleApi> LocalSignIn::open(const User& user) {
    return std::make_unique<LocalConsole>(m_context, user, m_placement);
}

} // namespace lectern::client
