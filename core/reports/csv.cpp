#include "csv.h"

namespace lectern::reports {
namespace {

QString quotedCell(const QString& cell) {
    const QString safe = neutralisedCell(cell);
    if (!safe.contains(u',') && !safe.contains(u'"') && !safe.contains(u'\n') &&
        !safe.contains(u'\r'))
        return safe;
    QString quoted = safe;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

void appendLine(QString& out, const QStringList& cells) {
    QStringList line;
    line.reserve(cells.size());
    for (const QString& cell : cells)
        line << quotedCell(cell);
    out += line.join(u',') + QStringLiteral("\r\n");
}

} // namespace

QString neutralisedCell(const QString& cell) {
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
        return u'\'' + cell;
    return cell;
}

QByteArray toCsv(const QStringList& header, const QList<QStringList>& rows) {
    QString out;
    appendLine(out, header);
    for (const QStringList& row : rows)
        appendLine(out, row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace lectern::reports
