#pragma once

#include "domain/error.h"

#include <QList>
#include <QStringList>

namespace lectern::reports {

// A table as an Excel workbook (libxlsxwriter): one sheet, a bold frozen header row, numbers
// as numbers, columns wide enough to read. Written to a temporary file first, so a failed
// export never leaves half a workbook at `path`.
Status writeXlsx(const QString& path, const QString& sheetName, const QStringList& header,
                 const QList<QStringList>& rows);

} // namespace lectern::reports
