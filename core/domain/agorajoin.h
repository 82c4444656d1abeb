#pragma once

#include <QDateTime>
#include <QString>

namespace lectern {

// What the host needs to join an Agora session: its channel and a token letting `uid` join
// and publish audio, video and data until `expiresAt`.
struct AgoraJoin {
    QString appId;
    QString channel;
    quint32 uid = 0;
    QString token;
    QDateTime expiresAt;
};

} // namespace lectern
