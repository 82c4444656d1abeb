#pragma once

#include "client/local/hubplacement.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

namespace lectern::ui {

// What the console remembers between runs (QSettings; never secrets, never a database's
// address): where classes are kept, where the participant page is served, the language and
// the last email signed in with.
struct ConsoleSettings {
    QString serverUrl; // a lectern-server; empty: this computer (the embedded file)
    // The SHA-256 fingerprint (hex) of the server's own certificate, accepted once by the
    // user; empty: the system's certificate authorities decide.
    QByteArray serverCertificate;
    QString hubAddress; // empty: every network interface
    quint16 hubPort = 8080;
    QString language; // empty: the system's; else "en" or "de"
    QString lastEmail;
    // Certificates of other servers (signed in to with --server) the user trusted at sign-in:
    // SHA-256 fingerprints (hex) by the server's host:port.
    QHash<QString, QByteArray> trustedCertificates;

    static ConsoleSettings load();
    void save() const;
    // The fingerprint trusted for the server at `url` (Settings' own, or one trusted at
    // sign-in); empty: the system's authorities decide.
    QByteArray certificateFor(const QUrl& url) const;
    // Remembers that the user trusts the certificate `sha256` of the server at `url`.
    void trustCertificate(const QUrl& url, const QByteArray& sha256);
    client::HubPlacement hubPlacement() const;
    bool onAServer() const { return !serverUrl.isEmpty(); }
};

} // namespace lectern::ui
