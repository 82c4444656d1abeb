#include "partfile.h"

#include <QFile>

namespace lectern::reports {

QString partPath(const QString& path) {
    return path + QStringLiteral(".part");
}

Status putPartInPlace(const QString& path) {
    QFile::remove(path);
    if (!QFile::rename(partPath(path), path)) {
        discardPart(path);
        return std::unexpected(Error::storage(QStringLiteral("Cannot write %1").arg(path)));
    }
    return {};
}

void discardPart(const QString& path) {
    QFile::remove(partPath(path));
}

} // namespace lectern::reports
