#include "csvlines.h"

#include <csv.h>

#include <QScopeGuard>
#include <QStringDecoder>

namespace lectern::reports {

namespace {
void onField(void* data, size_t size, void* cells) {
    *static_cast<QStringList*>(cells)
        << QString::fromUtf8(static_cast<const char*>(data), static_cast<qsizetype>(size));
}
void onRow(int, void*) {}
} // namespace

QList<CsvLine> readCsvLines(const QString& text, char delimiter) {
    QList<CsvLine> lines;
    const QStringList rawLines = text.split(u'\n');
    for (qsizetype index = 0; index < rawLines.size(); ++index) {
        CsvLine line;
        line.number = static_cast<int>(index) + 1;
        QString raw = rawLines.at(index);
        if (raw.endsWith(u'\r'))
            raw.chop(1);
        if (raw.trimmed().isEmpty()) {
            if (index + 1 < rawLines.size() || !raw.isEmpty())
                lines << line;
            continue;
        }
        const QByteArray bytes = raw.toUtf8();
        csv_parser parser;
        if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
            line.error = QStringLiteral("The CSV reader could not start");
            lines << line;
            continue;
        }
        const auto freeParser = qScopeGuard([&parser] { csv_free(&parser); });
        csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
        if (csv_parse(&parser, bytes.constData(), static_cast<size_t>(bytes.size()), onField, onRow,
                      &line.cells) != static_cast<size_t>(bytes.size()) ||
            csv_fini(&parser, onField, onRow, &line.cells) != 0) {
            line.cells.clear();
            line.error = QStringLiteral("not valid CSV: %1")
                             .arg(QString::fromLatin1(csv_strerror(csv_error(&parser))));
        }
        lines << line;
    }
    return lines;
}

char guessDelimiter(const QString& text) {
    for (const QStringView line : QStringTokenizer(text, u'\n')) {
        const qsizetype tabs = line.count(u'\t');
        const qsizetype semicolons = line.count(u';');
        const qsizetype commas = line.count(u',');
        if (tabs == 0 && semicolons == 0 && commas == 0)
            continue;
        if (tabs >= semicolons && tabs >= commas)
            return '\t';
        return semicolons > commas ? ';' : ',';
    }
    return ',';
}

QString decodeReportText(const QByteArray& file) {
    if (file.startsWith("\xFF\xFE") || file.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(file.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE
                                                           : QStringConverter::Utf16BE);
        return decoder(file.mid(2));
    }
    QByteArray bytes = file;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return QString::fromUtf8(bytes);
}

} // namespace lectern::reports
