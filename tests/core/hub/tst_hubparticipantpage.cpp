#include "hub/hubserver.h"
#include "hubclient.h"
#include "servicefixture.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

// The participant page's files as the hub serves them: from the library, or from the folder
// LECTERN_PAGE_DIR names (for whoever works on the page).
class TestHubParticipantPage : public QObject {
    Q_OBJECT

    struct Answer {
        int status = 0;
        QByteArray contentType;
        QByteArray policy;
        QByteArray body;
    };

    std::unique_ptr<test::ServiceFixture> f;
    std::unique_ptr<hub::HubServer> server;
    std::unique_ptr<test::HubClient> client;
    QNetworkAccessManager network;

    void start() {
        LECTERN_OPEN_FIXTURE(f);
        std::tie(server, client) = test::startHub(*f);
    }

    Answer get(const QString& path) {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(client->port()).arg(path)));
        QNetworkReply* reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(15000))
            qFatal("no answer for %s", qPrintable(path));
        Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->rawHeader("Content-Type"), reply->rawHeader("Content-Security-Policy"),
                      reply->readAll()};
        reply->deleteLater();
        return answer;
    }

private Q_SLOTS:
    void cleanup() {
        client.reset();
        server.reset();
        f.reset();
        qunsetenv("LECTERN_PAGE_DIR");
    }

    void thePageAndItsScriptsComeFromTheLibrary() {
        start();
        const Answer page = get(QStringLiteral("/"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.contentType, QByteArray("text/html; charset=utf-8"));
        QVERIFY(page.body.contains("<script"));
        // Only the hub's own scripts run, and no other site may frame the page.
        QVERIFY(page.policy.contains("script-src 'self'"));
        QVERIFY(page.policy.contains("frame-ancestors 'none'"));

        const Answer script = get(QStringLiteral("/app.js"));
        QCOMPARE(script.status, 200);
        QCOMPARE(script.contentType, QByteArray("text/javascript; charset=utf-8"));
        QVERIFY(!script.body.isEmpty());
        QCOMPARE(get(QStringLiteral("/style.css")).contentType,
                 QByteArray("text/css; charset=utf-8"));
    }

    void aNameThatIsNotOneOfThePagesFilesIsNotFound() {
        start();
        QCOMPARE(get(QStringLiteral("/nothing.js")).status, 404);
        QCOMPARE(get(QStringLiteral("/../CMakeLists.txt")).status, 404);
    }

    void aFolderNamedByTheEnvironmentIsServedInstead() {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        auto write = [&](const QString& name, const QByteArray& content) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        };
        write(QStringLiteral("index.html"), "<p>work in progress</p>");
        write(QStringLiteral("extra.js"), "export const x = 1;");
        write(QStringLiteral("notes.txt"), "not part of the page");
        qputenv("LECTERN_PAGE_DIR", folder.path().toLocal8Bit());
        start();

        QCOMPARE(get(QStringLiteral("/")).body, QByteArray("<p>work in progress</p>"));
        QCOMPARE(get(QStringLiteral("/extra.js")).body, QByteArray("export const x = 1;"));
        // Only the kinds of file a page is made of.
        QCOMPARE(get(QStringLiteral("/notes.txt")).status, 404);
    }
};

QTEST_MAIN(TestHubParticipantPage)
#include "tst_hubparticipantpage.moc"
