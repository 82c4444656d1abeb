#pragma once

#include "domain/error.h"

#include <QList>
#include <QStringList>

namespace lectern::reports {

// One worksheet: a table under a header row.
struct Sheet {
    QString name; // at most 31 characters are kept, Excel's limit
    QStringList header;
    QList<QStringList> rows;
};

// Tables as an Excel workbook (libxlsxwriter): a sheet each, a bold frozen header row, numbers
// as numbers, columns wide enough to read. Written to a temporary file first, so a failed
// export never leaves half a workbook at `path`.
Status writeXlsx(const QString& path, const QList<Sheet>& sheets);

} // namespace lectern::reports
