#include "exportreaders.h"

#include "reports/csv.h"
#include "reports/exportfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace lectern::test {
namespace {

QByteArray runPython(const QString& script, const QString& file) {
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        qFatal("python3 is missing: .ci/install-deps --tests installs it");
    QProcess reader;
    reader.start(python, {QStringLiteral("-c"), script, file});
    if (!reader.waitForFinished(30'000) || reader.exitCode() != 0)
        qFatal("python3 could not read %s: %s", qPrintable(file),
               reader.readAllStandardError().constData());
    return reader.readAllStandardOutput();
}

QStringList textsOf(const QJsonArray& row) {
    QStringList cells;
    for (const QJsonValue& cell : row)
        cells << cell.toString();
    return cells;
}

} // namespace

QList<QStringList> readCsvWithPython(const QString& file) {
    const QByteArray json =
        runPython(QStringLiteral("import csv, json, sys\n"
                                 "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                                 "    print(json.dumps(list(csv.reader(f))))"),
                  file);
    QList<QStringList> rows;
    for (const QJsonValue& row : QJsonDocument::fromJson(json).array())
        rows << textsOf(row.toArray());
    return rows;
}

QList<QStringList> csvRoundTrip(const QStringList& header, const QList<QStringList>& rows) {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("table.csv"));
    if (!reports::writeFile(path, reports::toCsv(header, rows)))
        qFatal("could not write %s", qPrintable(path));
    return readCsvWithPython(path);
}

QList<WorkbookSheet> readXlsxWithPython(const QString& file) {
    // Each sheet as rows of [text, is-number] pairs, shared strings resolved.
    const QByteArray json = runPython(
        QStringLiteral(
            "import json, re, sys, zipfile, xml.etree.ElementTree as ET\n"
            "ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}\n"
            "z = zipfile.ZipFile(sys.argv[1])\n"
            "strings = []\n"
            "if 'xl/sharedStrings.xml' in z.namelist():\n"
            "    root = ET.fromstring(z.read('xl/sharedStrings.xml'))\n"
            "    strings = [''.join(t.text or '' for t in si.iterfind('.//m:t', ns))\n"
            "               for si in root.iterfind('m:si', ns)]\n"
            "names = [s.get('name') for s in\n"
            "         ET.fromstring(z.read('xl/workbook.xml')).iterfind('.//m:sheet', ns)]\n"
            "sheets = []\n"
            "for i, name in enumerate(names, 1):\n"
            "    rows = []\n"
            "    xml = ET.fromstring(z.read('xl/worksheets/sheet%d.xml' % i))\n"
            "    for row in xml.iterfind('.//m:row', ns):\n"
            "        cells = {}\n"
            "        for c in row.iterfind('m:c', ns):\n"
            "            column = 0\n"
            "            for letter in re.match('[A-Z]+', c.get('r')).group(0):\n"
            "                column = column * 26 + ord(letter) - 64\n"
            "            v = c.find('m:v', ns)\n"
            "            if v is not None:\n"
            "                shared = c.get('t') == 's'\n"
            "                cells[column - 1] = [strings[int(v.text)] if shared else v.text,\n"
            "                                     not shared]\n"
            "        width = max(cells) + 1 if cells else 0\n"
            "        rows.append([cells.get(k, ['', False]) for k in range(width)])\n"
            "    sheets.append({'name': name, 'rows': rows})\n"
            "print(json.dumps(sheets))"),
        file);
    QList<WorkbookSheet> sheets;
    for (const QJsonValue& value : QJsonDocument::fromJson(json).array()) {
        WorkbookSheet sheet;
        sheet.name = value[QStringLiteral("name")].toString();
        const QJsonArray rows = value[QStringLiteral("rows")].toArray();
        for (int r = 0; r < rows.size(); ++r) {
            QStringList texts;
            const QJsonArray cells = rows.at(r).toArray();
            for (int c = 0; c < cells.size(); ++c) {
                texts << cells.at(c)[0].toString();
                if (cells.at(c)[1].toBool())
                    sheet.numberCells.insert({r, c});
            }
            sheet.rows << texts;
        }
        sheets << sheet;
    }
    return sheets;
}

} // namespace lectern::test
