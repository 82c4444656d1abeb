#pragma once

class QHttpServer;

namespace lectern::hub {

// The participant page (resources/participant, built into the library): `/` and its scripts
// and style sheet, with headers that keep other sites' scripts and frames out.
void addParticipantPage(QHttpServer& server);

} // namespace lectern::hub
