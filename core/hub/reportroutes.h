#pragma once

#include "services/servicecontext.h"

class QHttpServer;

namespace lectern::hub {

// Recordings (list, create, detail, track), attendance (list, verify), analytics, and the
// user's upcoming sessions and history.
void addReportRoutes(QHttpServer& server, const ServiceContext& context);

} // namespace lectern::hub
