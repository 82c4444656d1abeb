#pragma once

#include "domain/error.h"

#include <QString>

#include <optional>

namespace lectern {

// Where Lectern keeps secrets (a remembered sign-in, platform keys): the system keychain
// through QtKeychain where there is one, else a file only its owner may read, as on a
// headless server. Never the settings file. Calls wait for the keychain (at most a few
// seconds), so run them off the UI thread.
class SecretStore {
public:
    enum class Backend { Keychain, File };

    // `fallbackFile` is used when the keychain is unavailable, or always when the environment
    // sets LECTERN_SECRET_STORE=file.
    SecretStore(QString service, QString fallbackFile);

    // The default for this user: service "lectern", file in the application data folder.
    static SecretStore forThisUser();
    // A key for the secret of `what` (a database, a server) under `kind` that names it without
    // spelling it out (an address may hold a password): "kind/" and 32 hex digits of SHA-256.
    static QString keyFor(const QString& kind, const QString& what);

    Result<std::optional<QString>> read(const QString& key);
    Status write(const QString& key, const QString& value);
    Status remove(const QString& key);

    // Which backend the last call used.
    Backend backend() const { return m_backend; }

private:
    enum class KeychainAnswer { Done, Missing, Unavailable, Failed };
    KeychainAnswer runKeychain(int operation, const QString& key, QString* value, QString* problem);
    // Writes `value`, or removes the key when there is none.
    Status change(const QString& key, const std::optional<QString>& value);
    Result<std::optional<QString>> readFile(const QString& key);
    Status writeFile(const QString& key, const std::optional<QString>& value);

    QString m_service;
    QString m_fallbackFile;
    Backend m_backend = Backend::Keychain;
    bool m_keychainUsable = true;
};

} // namespace lectern
