#include "authservice.h"

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

Result<SignIn> AuthService::issueToken(const User& user) {
    SignIn signIn{newToken(), user, m_context.now().addSecs(m_lifetime.count())};
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*m_context.database));
    TokenRepository tokens(transaction.connection());
    // Sign-ins are the natural moment to sweep out tokens nobody can use any more.
    LECTERN_CHECK(tokens.removeExpired(m_context.now()));
    LECTERN_CHECK(tokens.insert(hashOf(signIn.token), user.id, m_context.now(), signIn.expiresAt));
    LECTERN_CHECK(transaction.commit());
    return signIn;
}

Result<User> AuthService::userForToken(const QString& token) {
    if (token.isEmpty() || token.size() > 200)
        return std::unexpected(notSignedIn());
    LECTERN_TRY(auto connection, m_context.database->connection());
    LECTERN_TRY(const auto userId,
                TokenRepository(connection).userOf(hashOf(token), m_context.now()));
    if (!userId)
        return std::unexpected(notSignedIn());
    return UserRepository(connection).find(*userId);
}

Status AuthService::logout(const QString& token) {
    LECTERN_TRY(auto connection, m_context.database->connection());
    return TokenRepository(connection).remove(hashOf(token));
}

} // namespace lectern
