#include "authservice.h"

#include "domain/events.h"
#include "domain/try.h"
#include "storage/tokenrepository.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"
#include "userservice.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace lectern {

namespace {
constexpr int tokenWords = 8; // 8 x 32 bits = 256 bits

QString newToken() {
    QByteArray bytes(tokenWords * static_cast<int>(sizeof(quint32)), Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), tokenWords);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hashOf(const QString& token) {
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Error notSignedIn() {
    return Error::unauthorized(
        QStringLiteral("Sign in again: the token is missing, wrong or expired"));
}
} // namespace

Result<SignIn> AuthService::login(const QString& email, const QString& password) {
    LECTERN_TRY(const User user, UserService(m_context).authenticate(email, password));
    return issueToken(user);
}

Result<SignIn> AuthService::issueToken(const User& user, TokenScope scope) {
    SignIn signIn{newToken(), user, m_context.now().addSecs(m_lifetime.count())};
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    TokenRepository tokens(transaction.connection());
    // Sign-ins are the natural moment to sweep out tokens nobody can use any more.
    LECTERN_CHECK(tokens.removeExpired(m_context.now()));
    LECTERN_CHECK(
        tokens.insert(hashOf(signIn.token), user.id, scope, m_context.now(), signIn.expiresAt));
    LECTERN_CHECK(transaction.commit());
    return signIn;
}

Result<SignIn> AuthService::signInOf(const QString& token, TokenScope scope) {
    if (token.isEmpty() || token.size() > 200)
        return std::unexpected(notSignedIn());
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(const auto stored,
                TokenRepository(connection).find(hashOf(token), scope, m_context.now()));
    if (!stored)
        return std::unexpected(notSignedIn());
    LECTERN_TRY(User user, UserRepository(connection).find(stored->userId));
    return SignIn{token, std::move(user), stored->expiresAt};
}

Result<User> AuthService::userForToken(const QString& token, TokenScope scope) {
    LECTERN_TRY(SignIn signIn, signInOf(token, scope));
    return std::move(signIn.user);
}

Status AuthService::logout(const QString& token) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    const auto stored =
        TokenRepository(connection).find(hashOf(token), TokenScope::Api, m_context.now());
    LECTERN_CHECK(TokenRepository(connection).remove(hashOf(token)));
    if (stored && *stored)
        m_context.publish(events::accessChanged, 0, (*stored)->userId);
    return {};
}

} // namespace lectern
