#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The console's command line, run as a user would: `lectern --demo --screenshots DIR`.
class TestConsoleCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoScreenshotsPictureEveryTab() {
        // Kept in the build tree, like the participant page's, so a run can be looked at.
        const QString directory = QStringLiteral(LECTERN_SCREENSHOTS_DIR) + u"/console";
        QDir(directory).removeRecursively();
        QProcess console;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        console.setProcessEnvironment(environment);
        console.start(QStringLiteral(LECTERN_CONSOLE_PATH),
                      {QStringLiteral("--demo"), QStringLiteral("--screenshots"), directory});
        QVERIFY(console.waitForFinished(60'000));
        QVERIFY2(console.exitStatus() == QProcess::NormalExit && console.exitCode() == 0,
                 console.readAllStandardError().constData());
        for (const char* tab : {"schedule", "live"}) {
            const QImage picture(directory + u'/' + QLatin1StringView(tab) + u".png");
            QCOMPARE(picture.size(), QSize(1366, 768));
        }
    }
};

QTEST_GUILESS_MAIN(TestConsoleCli)
#include "tst_consolecli.moc"
