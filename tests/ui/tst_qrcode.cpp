#include "common/qrcodeimage.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

// The join code is a real QR code: a reader (zbarimg, from zbar-tools) gets the address back.
class TestQrCode : public QObject {
    Q_OBJECT

private:
    static QString readBack(const QImage& image) {
        QTemporaryDir directory;
        const QString file = directory.filePath(QStringLiteral("code.png"));
        if (!image.save(file))
            return QStringLiteral("(not saved)");
        QProcess reader;
        reader.start(QStandardPaths::findExecutable(QStringLiteral("zbarimg")),
                     {QStringLiteral("--quiet"), QStringLiteral("--raw"), file});
        if (!reader.waitForFinished(20000))
            return QStringLiteral("(zbarimg did not finish)");
        return QString::fromUtf8(reader.readAllStandardOutput()).trimmed();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty(),
                 "zbarimg is missing: .ci/install-deps --tests installs zbar-tools");
    }

    void anAddressReadsBack_data() {
        QTest::addColumn<QString>("address");
        QTest::newRow("lan") << QStringLiteral("http://192.168.1.20:8080/");
        QTest::newRow("server") << QStringLiteral("https://lectern.uni.example/");
        QTest::newRow("long") << QStringLiteral("https://lectern.uni.example/") +
                                     QString(300, u'x');
    }
    void anAddressReadsBack() {
        QFETCH(QString, address);
        const QImage code = ui::qrCodeImage(address, 6);
        QVERIFY(!code.isNull());
        QCOMPARE(code.width(), code.height());
        // White all round: the quiet zone of four modules.
        QCOMPARE(code.pixelColor(5, 5), QColor(Qt::white));
        QCOMPARE(readBack(code), address);
    }

    void whatCannotBeEncodedIsNull() {
        QVERIFY(ui::qrCodeImage(QString(10'000, u'x'), 4).isNull()); // past a QR code's capacity
        QVERIFY(ui::qrCodeImage(QStringLiteral("http://x/"), 0).isNull());
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
