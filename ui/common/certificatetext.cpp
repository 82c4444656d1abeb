#include "certificatetext.h"

#include "client/serverprobe.h"

namespace lectern::ui {
namespace {

// "AB:CD:…" is 95 characters with no room to wrap: it is shown as two lines of 16 bytes.
QString twoLines(QString fingerprint) {
    if (fingerprint.size() > 48)
        fingerprint[47] = u'\n';
    return fingerprint;
}

} // namespace

QString CertificateText::untrusted(const QString& server, const QString& subject,
                                   const QByteArray& sha256) {
    return tr("%1 has a certificate of its own (%2), which no authority on this computer "
              "vouches for. Trust it only if your admin gave you this SHA-256 fingerprint:\n%3")
        .arg(server, subject, twoLines(client::fingerprintText(sha256)));
}

} // namespace lectern::ui
