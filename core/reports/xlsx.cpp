#include "xlsx.h"

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

} // namespace

Status writeXlsx(const QString& path, const QString& sheetName, const QStringList& header,
                 const QList<QStringList>& rows) {
    const QString part = path + QStringLiteral(".part");
    const QByteArray partName = QFile::encodeName(part);
    lxw_workbook* workbook = workbook_new(partName.constData());
    if (!workbook)
        return std::unexpected(Error::storage(QStringLiteral("Cannot create %1").arg(part)));
    lxw_worksheet* sheet =
        workbook_add_worksheet(workbook, sheetName.left(31).toUtf8().constData());
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);

    QList<int> widths;
    for (int column = 0; column < header.size(); ++column) {
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(column),
                               header.at(column).toUtf8().constData(), bold);
        widths << header.at(column).size();
    }
    for (int row = 0; row < rows.size(); ++row) {
        const QStringList& cells = rows.at(row);
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

    if (const lxw_error closed = workbook_close(workbook); closed != LXW_NO_ERROR) {
        QFile::remove(part);
        return std::unexpected(writeFailed(path, closed));
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return std::unexpected(Error::storage(QStringLiteral("Cannot write %1").arg(path)));
    }
    return {};
}

} // namespace lectern::reports
