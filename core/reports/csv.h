#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace lectern::reports {

// A table as CSV (RFC 4180): UTF-8 with a byte-order mark (spreadsheets then read accents
// right), CRLF line ends, cells quoted when they hold a comma, quote or line break. A cell
// that a spreadsheet would run as a formula (starting with = + - @, a tab or a CR) gets a
// leading apostrophe.
QByteArray toCsv(const QStringList& header, const QList<QStringList>& rows);

// The cell as written, before quoting: neutralised when it could be taken for a formula.
QString neutralisedCell(const QString& cell);

} // namespace lectern::reports
