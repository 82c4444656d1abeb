#include "agorakeys.h"

#include "agoratoken.h"
#include "domain/try.h"

namespace lectern::platform {
namespace {
// Both keys in one secret, "appid:certificate", so they are saved and replaced together.
const QString keysKey = QStringLiteral("agora/keys");
} // namespace

Result<std::optional<AgoraKeys>> AgoraKeyStore::load() {
    LECTERN_TRY(const std::optional<QString> stored, m_store.read(keysKey));
    if (!stored)
        return std::optional<AgoraKeys>{};
    const QStringList parts = stored->split(u':');
    if (parts.size() != 2)
        return std::unexpected(
            Error::storage(QStringLiteral("The kept Agora keys are damaged; save them again")));
    return std::optional<AgoraKeys>{AgoraKeys{parts.at(0), parts.at(1)}};
}

Status AgoraKeyStore::save(const AgoraKeys& keys) {
    LECTERN_CHECK(AgoraRtcToken::checkKeys(keys.appId, keys.appCertificate));
    return m_store.write(keysKey, keys.appId + u':' + keys.appCertificate);
}

Status AgoraKeyStore::forget() {
    return m_store.remove(keysKey);
}

Result<AgoraJoin> agoraJoinFor(const AgoraKeys& keys, const LiveSession& session, quint32 uid,
                               const QDateTime& now, quint32 seconds) {
    if (session.platform != Platform::Agora)
        return std::unexpected(Error::invalid(QStringLiteral("platform"),
                                              QStringLiteral("This session is not on Agora")));
    AgoraRtcToken::Request request;
    request.appId = keys.appId;
    request.appCertificate = keys.appCertificate;
    request.channel = session.channelName;
    request.uid = uid;
    request.issuedAt = static_cast<quint32>(now.toSecsSinceEpoch());
    request.salt = AgoraRtcToken::randomSalt();
    request.expireSeconds = seconds;
    request.privileges = AgoraRtcToken::publisher(seconds);
    LECTERN_TRY(const QString token, AgoraRtcToken::build(request));
    return AgoraJoin{keys.appId, session.channelName, uid, token, now.addSecs(seconds)};
}

} // namespace lectern::platform
