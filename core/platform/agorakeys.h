#pragma once

#include "domain/livesession.h"
#include "secretstore.h"

#include <QDateTime>

namespace lectern::platform {

// An Agora project's keys: what tokens are signed with. Kept in the secret store (the app
// certificate must never reach the settings file or a student's browser).
struct AgoraKeys {
    QString appId;
    QString appCertificate;
};

class AgoraKeyStore {
public:
    explicit AgoraKeyStore(SecretStore store)
        : m_store(std::move(store)) {}

    // The stored keys; nullopt when none were saved.
    Result<std::optional<AgoraKeys>> load();
    // Checks both are 32 hexadecimal digits (Invalid naming the field), then stores them.
    Status save(const AgoraKeys& keys);
    Status forget();

private:
    SecretStore m_store;
};

// What the host needs to join an Agora session: its channel and a token letting `uid` join
// and publish audio, video and data for `seconds` from `now`.
struct AgoraJoin {
    QString appId;
    QString channel;
    quint32 uid = 0;
    QString token;
    QDateTime expiresAt;
};
Result<AgoraJoin> agoraJoinFor(const AgoraKeys& keys, const LiveSession& session, quint32 uid,
                               const QDateTime& now, quint32 seconds = 3 * 3600);

} // namespace lectern::platform
