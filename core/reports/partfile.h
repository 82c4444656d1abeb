#pragma once

#include "domain/error.h"

#include <QString>

namespace lectern::reports {

// Writers that cannot use QSaveFile (libxlsxwriter opens the file itself)
// write to "<path>.part" and put it in place when done, so a failed export never leaves half
// a file at `path`.
QString partPath(const QString& path);
// Replaces `path` with its finished part; on failure the part is removed and the error says so.
Status putPartInPlace(const QString& path);
// Removes the part of an export that failed.
void discardPart(const QString& path);

} // namespace lectern::reports
