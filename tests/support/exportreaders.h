#pragma once

#include <QList>
#include <QSet>
#include <QStringList>

#include <utility>

// Readers that are not ours, for checking what the exports write: Python's csv module, and
// Python's zipfile + XML parser for workbooks. A reader that cannot run stops the test program.
namespace lectern::test {

QList<QStringList> readCsvWithPython(const QString& file);
// The table written by the project's CSV writer to a file, and read back by Python's csv.
QList<QStringList> csvRoundTrip(const QStringList& header, const QList<QStringList>& rows);

struct WorkbookSheet {
    QString name;
    QList<QStringList> rows;               // every cell as text, numbers as written
    QSet<std::pair<int, int>> numberCells; // (row, column) of the cells stored as numbers
};
QList<WorkbookSheet> readXlsxWithPython(const QString& file);

} // namespace lectern::test
