#pragma once

#include "consoleapi.h"

#include <QFuture>
#include <QObject>

#include <memory>
#include <optional>

namespace lectern::client {

// The first account of a new Lectern (its first person runs it).
struct FirstAccount {
    QString email;
    QString name;
    Role role = Role::Instructor;
    QString password;
};

// Who uses the console, before it has a ConsoleApi: the sign-in kept from last time, an email
// and password, or the first account of a new Lectern; then the console's API for them.
// "Keep me signed in" keeps a sign-in of its own where Lectern keeps secrets (the keychain),
// never a password. Every call returns at once; the future finishes with the answer.
class SignIn : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // The server signed in to, for people to read; empty on this computer.
    virtual QString serverText() const { return {}; }
    // The user of the kept sign-in, if there is one and it is still valid.
    virtual QFuture<std::optional<User>> recall() = 0;
    // False on a Lectern with no accounts yet (the console then offers the first one).
    virtual QFuture<Result<bool>> hasAnyUser() = 0;
    // `keep`: kept for the next start; otherwise any kept sign-in is forgotten.
    virtual QFuture<Result<User>> signIn(const QString& email, const QString& password,
                                         bool keep) = 0;
    virtual QFuture<Result<User>> createFirstAccount(const FirstAccount& account, bool keep) = 0;
    // The console's API for `user`, signed in by this.
    virtual std::unique_ptr<ConsoleApi> open(const User& user) = 0;

    // Trusts the certificate last reported by certificateUntrusted() from now on (the person
    // compared its fingerprint with the one their admin gave them).
    virtual void trustOfferedCertificate() {}
    // The SHA-256 fingerprint (hex) of the server certificate trusted without an authority
    // vouching for it; empty when there is none (or no server).
    virtual QByteArray trustedCertificate() const { return {}; }

Q_SIGNALS:
    // The server's certificate is one no authority on this computer vouches for: `sha256`
    // (hex) and who it says it is (`subject`), for the person to check and trust.
    void certificateUntrusted(const QString& subject, const QByteArray& sha256);
};

} // namespace lectern::client
