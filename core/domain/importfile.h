#pragma once

#include "domain/error.h"

#include <QtGlobal>

namespace lectern {

// The largest file Lectern reads as a roster or a platform's attendance report. A roster of
// a few thousand students, or a whole day's Zoom report for a webinar, is well under 1 MB:
// anything past this is not such a file, and is refused before it is read into memory.
inline constexpr qint64 maxImportFileBytes = 8'000'000;

// Refuses (TooLarge, in words a user reads) a file of `bytes` past maxImportFileBytes.
Status checkImportFileSize(qint64 bytes);

} // namespace lectern
