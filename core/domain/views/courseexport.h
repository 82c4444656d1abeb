#pragma once

#include "domain/views/coursedashboard.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace lectern {

enum class ExportFormat { Csv, Xlsx, Pdf };
// "csv", "xlsx" or "pdf" (any case), as a format; nullopt for anything else.
std::optional<ExportFormat> exportFormatNamed(const QString& name);

// A file of a course's reports, as the Reports tab asks for it.
struct CourseExport {
    enum class Kind { Attendance, Polls, Calendar };
    Kind kind = Kind::Attendance;
    Id courseId = 0;
    DateRange range;                             // attendance and polls
    double requiredShare = defaultRequiredShare; // attendance
    ExportFormat format = ExportFormat::Xlsx;    // iCalendar for Calendar, whatever this says
};

// The file's bytes, for the console to save where the user chose.
struct ExportedFile {
    QByteArray content;
    QString summary;  // "the attendance of 12 people"
    int sessions = 0; // sessions it covers
};

} // namespace lectern
