#include "platform/secretstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

// Secrets kept in the keychain, or in an owner-only file where there is none.
class TestSecretStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("secrets.json")); }
    SecretStore fileStore() const {
        qputenv("LECTERN_SECRET_STORE", "file");
        SecretStore store(QStringLiteral("lectern-test"), file());
        qunsetenv("LECTERN_SECRET_STORE");
        return store;
    }

private Q_SLOTS:
    void cleanup() { QFile::remove(file()); }

    void theFileKeepsSecretsForItsOwnerOnly() {
        SecretStore store = fileStore();
        QVERIFY(store.read(QStringLiteral("token"))->has_value() == false);
        QVERIFY(store.write(QStringLiteral("token"), QStringLiteral("s3cret")).has_value());
        QVERIFY(store.write(QStringLiteral("other"), QStringLiteral("x")).has_value());
        QCOMPARE(store.backend(), SecretStore::Backend::File);
        const auto permissions = QFile::permissions(file());
        QVERIFY(permissions & QFileDevice::ReadOwner);
        QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                 QFileDevice::ReadOther | QFileDevice::WriteOther)));

        SecretStore again = fileStore(); // another run of the program
        QCOMPARE(again.read(QStringLiteral("token"))->value_or(QString()),
                 QStringLiteral("s3cret"));
        QVERIFY(again.remove(QStringLiteral("token")).has_value());
        QVERIFY(!again.read(QStringLiteral("token"))->has_value());
        QCOMPARE(again.read(QStringLiteral("other"))->value_or(QString()), QStringLiteral("x"));
    }

    void aFileOthersCanReadIsRefused() {
        SecretStore store = fileStore();
        QVERIFY(store.write(QStringLiteral("token"), QStringLiteral("s3cret")).has_value());
        QFile::setPermissions(file(), QFile::permissions(file()) | QFileDevice::ReadOther);
        const auto read = store.read(QStringLiteral("token"));
        QVERIFY(!read.has_value());
        QVERIFY(read.error().message.contains(QStringLiteral("chmod 600")));
    }

    void aDamagedFileIsReportedNotIgnored() {
        QFile damaged(file());
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{not json");
        damaged.close();
        QFile::setPermissions(file(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const auto read = fileStore().read(QStringLiteral("token"));
        QVERIFY(!read.has_value());
        QVERIFY(read.error().message.contains(QStringLiteral("damaged")));
    }

    void theDefaultStoreRoundTripsWithWhateverThisMachineHas() {
        // The system keychain when one answers, else the file: the same answers either way.
        SecretStore store(QStringLiteral("lectern-test"), file());
        const auto written = store.write(QStringLiteral("round-trip"), QStringLiteral("v1"));
        QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().message));
        QCOMPARE(store.read(QStringLiteral("round-trip"))->value_or(QString()),
                 QStringLiteral("v1"));
        QVERIFY(store.remove(QStringLiteral("round-trip")).has_value());
        QVERIFY(!store.read(QStringLiteral("round-trip"))->has_value());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
