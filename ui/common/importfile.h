#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace lectern::ui {

// Reads a roster or an attendance report the user chose, refusing one too large to be either
// before reading it; the error says why in the user's language.
class ImportFile {
    Q_DECLARE_TR_FUNCTIONS(ImportFile)

public:
    static Result<QByteArray> read(const QString& path);
};

} // namespace lectern::ui
