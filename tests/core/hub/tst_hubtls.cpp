#include "hub/connection/tlsfiles.h"
#include "hub/hubserver.h"
#include "hubclient.h"
#include "liveclient.h"
#include "rawhttp.h"
#include "selfsigned.h"
#include "servicefixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

// HTTPS and WSS with a self-signed certificate made here by the openssl command, as an admin
// would make one for a trial.
class TestHubTls : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cert, m_key;
    std::unique_ptr<test::ServiceFixture> f;
    std::unique_ptr<hub::HubServer> server;
    std::unique_ptr<test::HubClient> client;

    void writeFile(const QString& path, const QByteArray& bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const test::SelfSigned made = test::makeSelfSigned(m_dir.path());
        QVERIFY2(made.problem.isEmpty(), qPrintable(made.problem));
        m_cert = made.certificate;
        m_key = made.key;
    }
    void init() {
        LECTERN_OPEN_FIXTURE(f);
        auto tls = hub::tlsFromPemFiles(m_cert, m_key);
        QVERIFY2(tls, qPrintable(tls ? QString() : tls.error().message));
        hub::HubConfig config;
        config.tls = *tls;
        std::tie(server, client) = test::startHub(*f, config);
    }
    void cleanup() {
        client.reset();
        server.reset();
        f.reset();
    }

    void servesTheApiOverHttps() {
        auto live = f->liveClass(1);
        const QString token = client->login(live.students[0].email);
        const auto sessions = client->call("GET", QStringLiteral("/api/live/sessions/"), token);
        QCOMPARE(sessions.status, 200);
        QVERIFY(sessions.body.isArray());
    }

    void streamsEventsOverWss() {
        auto live = f->liveClass(1);
        const QString token = client->login(live.students[0].email);
        // As the participant page would, from its https:// origin.
        test::LiveClient listener(QStringLiteral("https://127.0.0.1:%1").arg(client->port()));
        listener.useTls();
        QVERIFY(listener.open(client->port(), live.session.id, QStringLiteral("token=") + token));
        QVERIFY(listener.waitFor(QStringLiteral("hello")));
        const auto sent = client->call(
            "POST", QStringLiteral("/api/live/sessions/%1/chat/send/").arg(live.session.id), token,
            QJsonObject{{QStringLiteral("content"), QStringLiteral("over TLS")}});
        QCOMPARE(sent.status, 201);
        QVERIFY(listener.waitFor(QStringLiteral("chat.created")));
        QCOMPARE(listener.ofType(QStringLiteral("chat.created"))
                     .first()
                     .value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString(),
                 QStringLiteral("over TLS"));
    }

    void refusesAPlainOriginOnATlsHub() {
        auto live = f->liveClass(1);
        const QString token = client->login(live.students[0].email);
        test::LiveClient listener(QStringLiteral("http://127.0.0.1:%1").arg(client->port()));
        listener.useTls();
        listener.open(client->port(), live.session.id, QStringLiteral("token=") + token);
        QVERIFY(listener.waitForClose());
        QCOMPARE(listener.closeCode(), 4403);
    }

    void dropsPlainHttpOnTheTlsPortAndStaysUp() {
        test::RawHttp plain;
        QVERIFY(plain.open(client->port()));
        plain.send(test::rawGet(QStringLiteral("/"), client->port()));
        QVERIFY(plain.waitForClose());
        QVERIFY(!plain.received().contains("200 OK"));

        test::RawHttp secure;
        QVERIFY(secure.open(client->port(), true));
        secure.send(test::rawGet(QStringLiteral("/style.css"), client->port()));
        QVERIFY(secure.waitFor("\r\n\r\n"));
        QCOMPARE(secure.lastStatus(), 200);
    }

    void explainsUnusableFiles() {
        const auto missing =
            hub::tlsFromPemFiles(m_dir.filePath(QStringLiteral("none.pem")), m_key);
        QVERIFY(!missing);
        QCOMPARE(missing.error().field, QStringLiteral("tls-cert"));
        QVERIFY(missing.error().message.contains(QStringLiteral("Cannot read")));

        const QString garbage = m_dir.filePath(QStringLiteral("garbage.pem"));
        writeFile(garbage, "not a certificate");
        QCOMPARE(hub::tlsFromPemFiles(garbage, m_key).error().field, QStringLiteral("tls-cert"));
        // The certificate where the key should be.
        const auto swapped = hub::tlsFromPemFiles(m_cert, m_cert);
        QVERIFY(!swapped);
        QCOMPARE(swapped.error().field, QStringLiteral("tls-key"));
    }
};

QTEST_GUILESS_MAIN(TestHubTls)
#include "tst_hubtls.moc"
