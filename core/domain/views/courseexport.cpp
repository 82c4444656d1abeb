#include "courseexport.h"

namespace lectern {

std::optional<ExportFormat> exportFormatNamed(const QString& name) {
    const QString lower = name.toLower();
    if (lower == u"csv")
        return ExportFormat::Csv;
    if (lower == u"xlsx")
        return ExportFormat::Xlsx;
    if (lower == u"pdf")
        return ExportFormat::Pdf;
    return std::nullopt;
}

} // namespace lectern
