#pragma once

#include "hublimits.h"
#include "services/servicecontext.h"

#include <QHttpServer>
#include <QRegularExpression>

namespace lectern::hub {

// The console's API for a console signed in to this server: POST /api/console/<call> for
// every call of wire/consolecalls.h, with the user's own token. Each runs the very function
// the local console runs (calls/perform.h), so the core's permission checks are the same;
// chat and likes count against the user's limits as the spec's routes do. The Agora keys are
// the server's: an admin sets them, and the certificate never leaves the server.
void addConsoleRoutes(QHttpServer& server, const ServiceContext& context, HubLimits* limits);

// The paths of the console's calls that carry a file (a roster, an attendance report), for
// the framer to let their larger bodies through.
QRegularExpression consoleFileBodyPaths();

} // namespace lectern::hub
