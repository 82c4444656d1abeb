#include "partfile.h"

#include <QFile>

#include <filesystem>

namespace lectern::reports {

QString partPath(const QString& path) {
    return path + QStringLiteral(".part");
}

Status putPartInPlace(const QString& path) {
    // rename(2) replaces the old file in one step: there is always a whole file at `path`.
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(partPath(path)).toStdString(),
                            QFile::encodeName(path).toStdString(), error);
    if (error) {
        discardPart(path);
        return std::unexpected(
            Error::storage(QStringLiteral("Cannot write %1: %2")
                               .arg(path, QString::fromStdString(error.message()))));
    }
    return {};
}

void discardPart(const QString& path) {
    QFile::remove(partPath(path));
}

} // namespace lectern::reports
