#include "platform/agoratoken.h"

#include <QTest>

using namespace lectern;
using platform::AgoraRtcToken;

namespace {
// Agora's published reference case (AgoraIO/Tools, the AccessToken2 tests).
AgoraRtcToken::Request reference(quint32 uid) {
    AgoraRtcToken::Request request;
    request.appId = QStringLiteral("970CA35de60c44645bbae8a215061b33");
    request.appCertificate = QStringLiteral("5CFd2fd1755d40ecb72977518be15d3b");
    request.channel = QStringLiteral("7d72365eb983485397e3e3f9d460bdda");
    request.uid = uid;
    request.issuedAt = 1111111;
    request.salt = 1;
    request.expireSeconds = 600;
    request.privileges = {{AgoraRtcToken::JoinChannel, 600}};
    return request;
}
} // namespace

// Agora RTC tokens, byte for byte as Agora's own builders make them.
class TestAgoraToken : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesAgorasReferenceTokens() {
        QCOMPARE(AgoraRtcToken::build(reference(2882341273)).value_or(QString()),
                 QStringLiteral(
                     "007eJxTYBBbsMMnKq7p9Hf/HcIX5kce9b518kCiQgSr5Zrp4X1Tu6UUGCzNDZwdjU1TUs0Mkk"
                     "1MzExMk5ISUy0SjQxNDcwMk4yN3b8IMEQwMTAwMoAwBIL4CgzmKeZGxmamqUmWFsYmFqbGl"
                     "uapxqnGaZYpJmYGSSkpiVwMRhYWRsYmhkbmxgDCaiTj"));
        QCOMPARE(AgoraRtcToken::build(reference(0)).value_or(QString()),
                 QStringLiteral(
                     "007eJxTYLhzZP08Lxa1Pg57+TcXb/3cZ3wi4V6kbpbOog0G2dOYk20UGCzNDZwdjU1TUs0Mkk"
                     "1MzExMk5ISUy0SjQxNDcwMk4yN3b8IMEQwMTAwMoAwBIL4CgzmKeZGxmamqUmWFsYmFqbGl"
                     "uapxqnGaZYpJmYGSSkpiQwMADacImo="));
    }

    void badInputNamesTheField_data() {
        QTest::addColumn<QString>("appId");
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("field");
        const QString id = QStringLiteral("970CA35de60c44645bbae8a215061b33");
        const QString cert = QStringLiteral("5CFd2fd1755d40ecb72977518be15d3b");
        QTest::newRow("short app id")
            << id.left(31) << cert << QStringLiteral("c") << QStringLiteral("app_id");
        QTest::newRow("not hex") << (id.left(31) + u'g') << cert << QStringLiteral("c")
                                 << QStringLiteral("app_id");
        QTest::newRow("certificate")
            << id << QString() << QStringLiteral("c") << QStringLiteral("certificate");
        QTest::newRow("no channel") << id << cert << QString() << QStringLiteral("channel");
        QTest::newRow("long channel")
            << id << cert << QString(65, u'x') << QStringLiteral("channel");
    }
    void badInputNamesTheField() {
        QFETCH(QString, appId);
        QFETCH(QString, certificate);
        QFETCH(QString, channel);
        QFETCH(QString, field);
        AgoraRtcToken::Request request = reference(0);
        request.appId = appId;
        request.appCertificate = certificate;
        request.channel = channel;
        const auto token = AgoraRtcToken::build(request);
        QVERIFY(!token);
        QCOMPARE(token.error().field, field);
    }

    void publishersGetAllFourPrivileges() {
        AgoraRtcToken::Request request = reference(7);
        request.privileges = AgoraRtcToken::publisher(3600);
        const auto token = AgoraRtcToken::build(request);
        QVERIFY(token);
        QVERIFY(token->startsWith(QStringLiteral("007")));
        // Read back: qUncompress wants the length (an upper bound will do) before the stream.
        const QByteArray stream = QByteArray::fromBase64(token->mid(3).toLatin1());
        const QByteArray plain = qUncompress(QByteArray::fromHex("00001000") + stream);
        QVERIFY(!plain.isEmpty());
        // Four privileges (1 to 4), each 3600 s (0x0e10), little-endian.
        QVERIFY(plain.contains(QByteArray::fromHex("0400"
                                                   "0100100e0000"
                                                   "0200100e0000"
                                                   "0300100e0000"
                                                   "0400100e0000")));
        QVERIFY(AgoraRtcToken::randomSalt() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestAgoraToken)
#include "tst_agoratoken.moc"
