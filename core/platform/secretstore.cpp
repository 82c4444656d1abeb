#include "secretstore.h"

#include <QCryptographicHash>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace lectern {
namespace {
enum Operation { Read, Write, Delete };
// A keychain that does not answer within this long counts as unavailable.
constexpr int keychainTimeoutMs = 5000;
constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
} // namespace

SecretStore::SecretStore(QString service, QString fallbackFile)
    : m_service(std::move(service))
    , m_fallbackFile(std::move(fallbackFile))
    , m_keychainUsable(qgetenv("LECTERN_SECRET_STORE") != "file") {}

QString SecretStore::keyFor(const QString& kind, const QString& what) {
    return kind + u'/' +
           QString::fromLatin1(QCryptographicHash::hash(what.toUtf8(), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(32));
}

SecretStore SecretStore::forThisUser() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return SecretStore(QStringLiteral("lectern"), folder + QStringLiteral("/secrets.json"));
}

SecretStore::KeychainAnswer SecretStore::runKeychain(int operation, const QString& key,
                                                     QString* value, QString* problem) {
    std::unique_ptr<QKeychain::Job> job;
    switch (operation) {
    case Read:
        job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
        break;
    case Write: {
        auto write = std::make_unique<QKeychain::WritePasswordJob>(m_service);
        write->setTextData(*value);
        job = std::move(write);
        break;
    }
    default:
        job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
        break;
    }
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    QEventLoop loop;
    bool answered = false;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&] {
        answered = true;
        loop.quit();
    });
    QTimer::singleShot(keychainTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    if (!answered) {
        // No answer (a session bus without a secret service): the job deletes itself if it
        // ever finishes, and the file serves from now on.
        QObject::disconnect(job.get(), nullptr, &loop, nullptr);
        job.release()->setAutoDelete(true);
        return KeychainAnswer::Unavailable;
    }
    switch (job->error()) {
    case QKeychain::NoError:
        if (operation == Read)
            *value = static_cast<QKeychain::ReadPasswordJob*>(job.get())->textData();
        return KeychainAnswer::Done;
    case QKeychain::EntryNotFound:
        return KeychainAnswer::Missing;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        *problem = job->errorString();
        return KeychainAnswer::Failed;
    default:
        // No keychain service, or none reachable (QtKeychain says "Unknown error" when the
        // session bus has no secret service): the file serves.
        return KeychainAnswer::Unavailable;
    }
}

Result<std::optional<QString>> SecretStore::read(const QString& key) {
    if (m_keychainUsable) {
        QString value;
        QString problem;
        switch (runKeychain(Read, key, &value, &problem)) {
        case KeychainAnswer::Done:
            m_backend = Backend::Keychain;
            return std::optional<QString>(value);
        case KeychainAnswer::Missing:
            // Perhaps kept in the file while the keychain was away.
            if (auto kept = readFile(key); kept && kept->has_value())
                return kept;
            m_backend = Backend::Keychain;
            return std::optional<QString>();
        case KeychainAnswer::Failed:
            return std::unexpected(
                Error::storage(QStringLiteral("The keychain refused to answer: %1").arg(problem)));
        case KeychainAnswer::Unavailable:
            m_keychainUsable = false;
            break;
        }
    }
    return readFile(key);
}

Status SecretStore::write(const QString& key, const QString& value) {
    return change(key, value);
}

Status SecretStore::remove(const QString& key) {
    return change(key, std::nullopt);
}

Status SecretStore::change(const QString& key, const std::optional<QString>& value) {
    if (m_keychainUsable) {
        QString data = value.value_or(QString());
        QString problem;
        switch (runKeychain(value ? Write : Delete, key, &data, &problem)) {
        case KeychainAnswer::Done:
        case KeychainAnswer::Missing:
            m_backend = Backend::Keychain;
            // A copy the file kept while the keychain was away goes too.
            if (!value && QFile::exists(m_fallbackFile))
                return writeFile(key, std::nullopt);
            return {};
        case KeychainAnswer::Failed:
            return std::unexpected(
                Error::storage(QStringLiteral("The keychain refused the change: %1").arg(problem)));
        case KeychainAnswer::Unavailable:
            m_keychainUsable = false;
            break;
        }
    }
    return writeFile(key, value);
}

Result<std::optional<QString>> SecretStore::readFile(const QString& key) {
    m_backend = Backend::File;
    QFile file(m_fallbackFile);
    if (!file.exists())
        return std::optional<QString>();
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        return std::unexpected(Error::storage(
            QStringLiteral("%1 can be read by other users; Lectern does not trust it. Remove it "
                           "or make it readable by its owner only (chmod 600).")
                .arg(m_fallbackFile)));
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::storage(
            QStringLiteral("Cannot read %1: %2").arg(m_fallbackFile, file.errorString())));
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parsed);
    if (parsed.error != QJsonParseError::NoError || !document.isObject())
        return std::unexpected(Error::storage(
            QStringLiteral("%1 is damaged (%2)").arg(m_fallbackFile, parsed.errorString())));
    const QJsonValue value = document.object().value(key);
    return value.isString() ? std::optional<QString>(value.toString()) : std::optional<QString>();
}

Status SecretStore::writeFile(const QString& key, const std::optional<QString>& value) {
    QJsonObject secrets;
    if (QFile::exists(m_fallbackFile)) {
        QFile existing(m_fallbackFile);
        if (existing.open(QIODevice::ReadOnly))
            secrets = QJsonDocument::fromJson(existing.readAll()).object();
    }
    if (value)
        secrets.insert(key, *value);
    else
        secrets.remove(key);
    if (!QDir().mkpath(QFileInfo(m_fallbackFile).absolutePath()))
        return std::unexpected(
            Error::storage(QStringLiteral("Cannot create the folder of %1").arg(m_fallbackFile)));
    // Written whole to a new file that only its owner may read, then put in place.
    QSaveFile file(m_fallbackFile);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly) ||
        file.write(QJsonDocument(secrets).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        return std::unexpected(Error::storage(
            QStringLiteral("Cannot write %1: %2").arg(m_fallbackFile, file.errorString())));
    m_backend = Backend::File;
    return {};
}

} // namespace lectern
