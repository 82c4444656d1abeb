#include "importfile.h"

#include "domain/importfile.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace lectern::ui {

Result<QByteArray> ImportFile::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::invalid(
            {}, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
    if (!checkImportFileSize(file.size())) {
        return std::unexpected(
            Error::tooLarge(tr("%1 is larger than %2 MB, the most a roster or an attendance "
                               "report may be.")
                                .arg(QDir::toNativeSeparators(path),
                                     QLocale().toString(maxImportFileBytes / 1'000'000))));
    }
    return file.readAll();
}

} // namespace lectern::ui
