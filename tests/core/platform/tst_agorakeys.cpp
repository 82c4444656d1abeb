#include "platform/agorakeys.h"
#include "platform/agoratoken.h"
#include "servicefixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lectern;
using namespace lectern::platform;

// Agora's keys in the secret store (its owner-only file here), and the host's join token.
class TestAgoraKeys : public QObject {
    Q_OBJECT

    const AgoraKeys reference{QStringLiteral("970CA35de60c44645bbae8a215061b33"),
                              QStringLiteral("5CFd2fd1755d40ecb72977518be15d3b")};

private Q_SLOTS:
    void initTestCase() { qputenv("LECTERN_SECRET_STORE", "file"); }

    void keysAreKeptCheckedAndForgotten() {
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("secrets.json"));
        AgoraKeyStore store(SecretStore(QStringLiteral("lectern-test"), file));
        const auto nothing = store.load();
        LECTERN_VERIFY_OK(nothing);
        QVERIFY(!nothing->has_value());

        LECTERN_VERIFY_OK(store.save(reference));
        // A second store on the same file reads them back: they were written, not cached.
        AgoraKeyStore again(SecretStore(QStringLiteral("lectern-test"), file));
        const auto loaded = again.load();
        LECTERN_VERIFY_OK(loaded);
        QVERIFY(loaded->has_value());
        QCOMPARE((*loaded)->appCertificate, reference.appCertificate);
        QVERIFY(QFile::permissions(file) & QFileDevice::ReadOwner);
        QVERIFY(!(QFile::permissions(file) & QFileDevice::ReadOther));

        const auto refused = store.save({QStringLiteral("not hex"), reference.appCertificate});
        LECTERN_VERIFY_ERROR(refused, ErrorCode::Invalid);
        QCOMPARE(refused.error().field, QStringLiteral("app_id"));
        LECTERN_VERIFY_ERROR(store.save({reference.appId, QStringLiteral("abc")}),
                             ErrorCode::Invalid);
        QCOMPARE(again.load().value()->appId, reference.appId); // the bad ones stored nothing

        LECTERN_VERIFY_OK(store.forget());
        QVERIFY(!again.load().value().has_value());
    }

    void theHostJoinsTheSessionsChannel() {
        LiveSession session;
        session.platform = Platform::Agora;
        session.channelName = QStringLiteral("lectern-0123456789abcdef");
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const auto join = agoraJoinFor(reference, session, 42, now, 3600);
        LECTERN_VERIFY_OK(join);
        QCOMPARE(join->channel, session.channelName);
        QCOMPARE(join->appId, reference.appId);
        QCOMPARE(join->expiresAt, now.addSecs(3600));
        QVERIFY(join->token.startsWith(QStringLiteral("007")));

        session.platform = Platform::Zoom;
        LECTERN_VERIFY_ERROR(agoraJoinFor(reference, session, 42, now), ErrorCode::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestAgoraKeys)
#include "tst_agorakeys.moc"
