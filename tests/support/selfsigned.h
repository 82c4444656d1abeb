#pragma once

#include <QString>

namespace lectern::test {

// A self-signed certificate for localhost and 127.0.0.1, valid for a day, made by the openssl
// command in `folder` (cert.pem and key.pem), as an admin would make one for a trial.
struct SelfSigned {
    QString certificate;
    QString key;
    QString problem; // why there is none, when openssl failed
};
SelfSigned makeSelfSigned(const QString& folder);

} // namespace lectern::test
