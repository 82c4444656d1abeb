#pragma once

#include "domain/agorajoin.h"
#include "domain/agorakeys.h"
#include "domain/livesession.h"
#include "secretstore.h"

#include <QDateTime>

namespace lectern::platform {

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

// The join for `uid`, with a token for `seconds` from `now`.
Result<AgoraJoin> agoraJoinFor(const AgoraKeys& keys, const LiveSession& session, quint32 uid,
                               const QDateTime& now, quint32 seconds = 3 * 3600);

} // namespace lectern::platform
