#include "importfile.h"

namespace lectern {

Status checkImportFileSize(qint64 bytes) {
    if (bytes <= maxImportFileBytes)
        return {};
    return std::unexpected(Error::tooLarge(
        QStringLiteral("The file is larger than %1 MB, the most a roster or an attendance report "
                       "may be")
            .arg(maxImportFileBytes / 1'000'000)));
}

} // namespace lectern
