#include "clioutput.h"

#include <QTextStream>

namespace lectern::cli {

void printLine(const QString& text) {
    QTextStream(stdout) << text << Qt::endl;
}

int fail(const Error& error) {
    QString message = error.message;
    if (!error.field.isEmpty() && !message.contains(error.field))
        message += QStringLiteral(" (%1)").arg(error.field);
    QTextStream(stderr) << "lectern-server: " << message << Qt::endl;
    return error.code == ErrorCode::Invalid ? exitUsage : exitFailed;
}

int usageError(const QString& message) {
    QTextStream(stderr) << "lectern-server: " << message << Qt::endl
                        << "Try 'lectern-server --help'." << Qt::endl;
    return exitUsage;
}

void printTable(const QStringList& header, const QList<QStringList>& rows) {
    QList<qsizetype> widths(header.size(), 0);
    auto measure = [&widths](const QStringList& row) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    };
    measure(header);
    for (const QStringList& row : rows)
        measure(row);
    QTextStream out(stdout);
    auto print = [&](const QStringList& row) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << (i + 1 < row.size() ? row[i].leftJustified(widths[i]) : row[i]);
        out << cells.join(QStringLiteral("  ")) << Qt::endl;
    };
    print(header);
    for (const QStringList& row : rows)
        print(row);
}

void printWarning(const QString& message) {
    QTextStream(stderr) << "lectern-server: warning: " << message << Qt::endl;
}

} // namespace lectern::cli
