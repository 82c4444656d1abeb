#pragma once

#include "domain/error.h"

#include <QList>
#include <QStringList>

namespace lectern::reports {

// A table with an optional heading above it; long cells wrap within their column.
struct PdfTable {
    QString heading;
    QStringList header;
    QList<QStringList> rows;
};

// A report laid out on A4 landscape pages: a title and a line under it on the first page,
// then the tables (a table's header repeats on each page it runs onto), and on every page a
// footer with the title and "Page N of M".
struct PdfDocument {
    QString title;
    QString subtitle;
    QList<PdfTable> tables;
};

// Writes `document` through QPdfWriter, the fonts embedded. Text is set in DejaVu Sans, and
// any character it lacks (Chinese, Japanese, Korean, ...) comes from whichever installed font
// has it, so every name shows. Needs a QGuiApplication (fonts); written to a temporary file
// first, so a failed export never leaves half a document at `path`.
Status writePdf(const QString& path, const PdfDocument& document);

} // namespace lectern::reports
