#include "xlsx.h"

#include "partfile.h"

#include <QFile>
#include <QRegularExpression>

#include <xlsxwriter.h>

#include <algorithm>

namespace lectern::reports {
namespace {

Error writeFailed(const QString& path, lxw_error error) {
    return Error::storage(
        QStringLiteral("Cannot write %1: %2").arg(path, QString::fromLatin1(lxw_strerror(error))));
}

// A cell holding a plain decimal number ("12", "87.5"), written as a number.
std::optional<double> numberIn(const QString& cell) {
    static const QRegularExpression decimal(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    if (!decimal.match(cell).hasMatch())
        return std::nullopt;
    return cell.toDouble();
}

// Writes one table into a new sheet of `workbook`.
void addSheet(lxw_workbook* workbook, lxw_format* bold, const Sheet& table) {
    lxw_worksheet* sheet =
        workbook_add_worksheet(workbook, table.name.left(31).toUtf8().constData());
    QList<int> widths;
    for (int column = 0; column < table.header.size(); ++column) {
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(column),
                               table.header.at(column).toUtf8().constData(), bold);
        widths << table.header.at(column).size();
    }
    for (int row = 0; row < table.rows.size(); ++row) {
        const QStringList& cells = table.rows.at(row);
        for (int column = 0; column < cells.size(); ++column) {
            const QString& cell = cells.at(column);
            const auto r = static_cast<lxw_row_t>(row + 1);
            const auto c = static_cast<lxw_col_t>(column);
            if (const auto number = numberIn(cell))
                worksheet_write_number(sheet, r, c, *number, nullptr);
            else if (!cell.isEmpty())
                worksheet_write_string(sheet, r, c, cell.toUtf8().constData(), nullptr);
            if (column < widths.size())
                widths[column] = std::max(widths[column], static_cast<int>(cell.size()));
        }
    }
    for (int column = 0; column < widths.size(); ++column)
        worksheet_set_column(sheet, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column),
                             std::min(widths.at(column), 60) + 2, nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
}

} // namespace

Status writeXlsx(const QString& path, const QList<Sheet>& sheets) {
    const QString part = partPath(path);
    const QByteArray partName = QFile::encodeName(part);
    lxw_workbook* workbook = workbook_new(partName.constData());
    if (!workbook)
        return std::unexpected(Error::storage(QStringLiteral("Cannot create %1").arg(part)));
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    for (const Sheet& sheet : sheets)
        addSheet(workbook, bold, sheet);

    if (const lxw_error closed = workbook_close(workbook); closed != LXW_NO_ERROR) {
        discardPart(path);
        return std::unexpected(writeFailed(path, closed));
    }
    return putPartInPlace(path);
}

} // namespace lectern::reports
