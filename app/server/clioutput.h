#pragma once

#include "domain/error.h"

#include <QString>
#include <QStringList>

namespace lectern::cli {

// Exit codes: 0 done, 1 the operation failed, 2 the command line was wrong.
inline constexpr int exitOk = 0;
inline constexpr int exitFailed = 1;
inline constexpr int exitUsage = 2;

void printLine(const QString& text);
// Prints "lectern-server: MESSAGE" to stderr and gives exitFailed (exitUsage for bad input).
int fail(const Error& error);
int usageError(const QString& message);
// Prints "lectern-server: warning: MESSAGE" to stderr and goes on.
void printWarning(const QString& message);
// A plain table: columns padded to their widest cell.
void printTable(const QStringList& header, const QList<QStringList>& rows);

} // namespace lectern::cli
