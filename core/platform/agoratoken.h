#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace lectern::platform {

// Agora's AccessToken2 ("007" tokens) for its RTC service: who may join a channel and publish
// audio, video and data, until when. Signed with the project's app certificate through Qt's
// HMAC-SHA256 and packed with zlib (qCompress), as Agora's own builders do.
class AgoraRtcToken {
public:
    enum Privilege : quint16 {
        JoinChannel = 1,
        PublishAudioStream = 2,
        PublishVideoStream = 3,
        PublishDataStream = 4,
    };

    struct Request {
        QString appId;          // 32 hex digits
        QString appCertificate; // 32 hex digits
        QString channel;
        quint32 uid = 0;      // 0: any user (the account is then empty)
        quint32 issuedAt = 0; // seconds since 1970 (UTC)
        quint32 salt = 1;     // a random number in [1, 99999999] for real tokens
        quint32 expireSeconds = 3600;
        // Privilege → seconds it lasts (Agora counts them from issuedAt).
        QMap<quint16, quint32> privileges;
    };

    // Invalid (naming app_id or certificate) unless both are 32 hexadecimal digits.
    static Status checkKeys(const QString& appId, const QString& appCertificate);
    // The token, or Invalid naming the field at fault.
    static Result<QString> build(const Request& request);
    // A publisher's privileges (join, publish audio, video and data), each for `seconds`.
    static QMap<quint16, quint32> publisher(quint32 seconds);
    // A random salt, as Agora's builders use.
    static quint32 randomSalt();
};

} // namespace lectern::platform
