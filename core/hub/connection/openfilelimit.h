#pragma once

namespace lectern::hub {

// Raises this process's limit on open files to the most the system allows it (Debian starts
// processes at 1,024, too few for a large class's sockets); gives the limit now in force.
long raiseOpenFileLimit();

} // namespace lectern::hub
