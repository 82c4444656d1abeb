#pragma once

#include <QStringList>

namespace lectern::cli {

// lectern-server agora-token: an Agora RTC token, for checking a set-up against Agora's console.
int agoraToken(const QStringList& arguments);
// lectern-server agora-keys: keeps the project's app id and certificate in the secret store.
int agoraKeys(const QStringList& arguments);

} // namespace lectern::cli
