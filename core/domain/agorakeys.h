#pragma once

#include <QString>

namespace lectern {

// An Agora project's keys: what tokens are signed with. Kept in the secret store (the app
// certificate must never reach the settings file or a student's browser).
struct AgoraKeys {
    QString appId;
    QString appCertificate;
};

} // namespace lectern
