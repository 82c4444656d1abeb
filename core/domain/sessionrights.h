#pragma once

namespace lectern {

// What the signed-in user may do in one session, as the core decides it. The console shows
// only what it allows; every command is checked again where it runs.
struct SessionRights {
    bool manages = false;   // its host, the course's instructor or an admin
    bool staffs = false;    // a manager, or a TA of the course
    bool moderates = false; // staff, or a student the instructor appointed
};

} // namespace lectern
