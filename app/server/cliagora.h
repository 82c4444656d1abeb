#pragma once

#include <QStringList>

namespace lectern::cli {

// lectern-server agora-token: an Agora RTC token, for checking a set-up against Agora's console.
int agoraToken(const QStringList& arguments);

} // namespace lectern::cli
