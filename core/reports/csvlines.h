#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lectern::reports {

// One line of a delimited text file, read with libcsv: its cells, or why it could not be read.
struct CsvLine {
    int number = 0; // counting from 1, blank lines included
    QStringList cells;
    QString error; // empty when the line was read
};

// Reads `text` line by line so that every problem names the line it is on (a report's cells
// never span lines). Blank lines come back with no cells.
QList<CsvLine> readCsvLines(const QString& text, char delimiter);

// The delimiter of a report: tabs (Teams), semicolons (spreadsheets in many locales) or commas,
// whichever of them the first line that has any holds most of.
char guessDelimiter(const QString& text);

// The text of a file saved as UTF-8 (with or without a byte-order mark) or as UTF-16 with one
// (what Microsoft Teams writes).
QString decodeReportText(const QByteArray& file);

} // namespace lectern::reports
