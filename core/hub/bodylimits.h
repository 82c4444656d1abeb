#pragma once

#include "domain/importfile.h"

#include <QtGlobal>

namespace lectern::hub {

// The largest request body the hub reads.
inline constexpr qsizetype maxBodyBytes = 1024 * 1024;
// Bodies that carry a file (a roster, an attendance report) base64-encoded in JSON: as large
// as such a file may be, encoded, with room for the other fields.
inline constexpr qsizetype maxFileBodyBytes = (maxImportFileBytes + 2) / 3 * 4 + 64 * 1024;

} // namespace lectern::hub
