#include "agorakeys.h"

#include "agoratoken.h"
#include "domain/try.h"

namespace lectern::platform {
namespace {
const QString appIdKey = QStringLiteral("agora/app-id");
const QString certificateKey = QStringLiteral("agora/app-certificate");
} // namespace

Result<std::optional<AgoraKeys>> AgoraKeyStore::load() {
    LECTERN_TRY(const std::optional<QString> appId, m_store.read(appIdKey));
    LECTERN_TRY(const std::optional<QString> certificate, m_store.read(certificateKey));
    if (!appId || !certificate)
        return std::optional<AgoraKeys>{};
    return std::optional<AgoraKeys>{AgoraKeys{*appId, *certificate}};
}

Status AgoraKeyStore::save(const AgoraKeys& keys) {
    LECTERN_CHECK(AgoraRtcToken::checkKeys(keys.appId, keys.appCertificate));
    LECTERN_CHECK(m_store.write(appIdKey, keys.appId));
    return m_store.write(certificateKey, keys.appCertificate);
}

Status AgoraKeyStore::forget() {
    LECTERN_CHECK(m_store.remove(appIdKey));
    return m_store.remove(certificateKey);
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
