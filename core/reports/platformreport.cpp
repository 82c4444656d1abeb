#include "platformreportparts.h"

namespace lectern::reports {

namespace platform {

namespace {
QString normalisedHeading(QString text) {
    return text.trimmed().toLower();
}

// Newer ICU data (and so newer Teams exports) put a narrow no-break space before AM/PM.
QString plainSpaces(QString text) {
    text.replace(QChar(0x202F), u' ').replace(QChar(0x00A0), u' ');
    return text.simplified();
}

struct Candidate {
    QString format;
    bool twoDigitYear = false;
};

const QList<Candidate>& dateTimeFormats() {
    static const QList<Candidate> formats = [] {
        QList<Candidate> list;
        const QStringList dates = {QStringLiteral("M/d/yyyy"),  QStringLiteral("d/M/yyyy"),
                                   QStringLiteral("M/d/yy"),    QStringLiteral("d/M/yy"),
                                   QStringLiteral("d.M.yyyy"),  QStringLiteral("yyyy-MM-dd"),
                                   QStringLiteral("yyyy/MM/dd")};
        const QStringList times = {QStringLiteral("h:mm:ss AP"), QStringLiteral("h:mm AP"),
                                   QStringLiteral("H:mm:ss"), QStringLiteral("H:mm")};
        for (const QString& date : dates) {
            for (const QString& separator : {QStringLiteral(" "), QStringLiteral(", ")}) {
                for (const QString& time : times)
                    list << Candidate{date + separator + time, !date.contains(u"yyyy")};
            }
        }
        return list;
    }();
    return formats;
}

const QStringList& timeOfDayFormats() {
    static const QStringList formats = {QStringLiteral("h:mm:ss AP"), QStringLiteral("h:mm AP"),
                                        QStringLiteral("H:mm:ss"), QStringLiteral("H:mm")};
    return formats;
}

qint64 distanceFromSession(const QDateTime& time, const PlatformReportContext& context) {
    if (time < context.sessionStart)
        return time.secsTo(context.sessionStart);
    if (time > context.sessionEnd)
        return context.sessionEnd.secsTo(time);
    return 0;
}
} // namespace

Columns::Columns(const QStringList& header) {
    for (qsizetype i = 0; i < header.size(); ++i)
        m_index.insert(normalisedHeading(header.at(i)), i);
}

QString Columns::cell(const QStringList& cells, std::initializer_list<QStringView> names) const {
    for (QStringView name : names) {
        const auto found = m_index.constFind(name.toString());
        if (found != m_index.cend())
            return cells.value(*found).trimmed();
    }
    return {};
}

std::optional<qsizetype> findHeader(const QList<CsvLine>& lines, qsizetype from,
                                    std::initializer_list<QStringView> names) {
    for (qsizetype i = from; i < lines.size(); ++i) {
        QStringList cells;
        for (const QString& cell : lines.at(i).cells)
            cells << normalisedHeading(cell);
        if (std::all_of(names.begin(), names.end(),
                        [&cells](QStringView name) { return cells.contains(name); }))
            return i;
    }
    return std::nullopt;
}

std::optional<QDateTime> readDateTime(const QString& text, const PlatformReportContext& context) {
    const QString plain = plainSpaces(text);
    if (plain.isEmpty())
        return std::nullopt;
    if (const QDateTime iso = QDateTime::fromString(plain, Qt::ISODate);
        iso.isValid() && (plain.endsWith(u'Z') || plain.contains(u'+')))
        return iso;
    std::optional<QDateTime> best;
    for (const Candidate& candidate : dateTimeFormats()) {
        QDateTime local = QDateTime::fromString(plain, candidate.format);
        if (!local.isValid())
            continue;
        if (candidate.twoDigitYear && local.date().year() < 2000)
            local = local.addYears(100); // Qt reads "26" as 1926
        const QDateTime time(local.date(), local.time(), context.timeZone);
        if (!best || distanceFromSession(time, context) < distanceFromSession(*best, context))
            best = time;
    }
    // Only a reading near the session is this session's: a report of another day is refused.
    if (best && distanceFromSession(*best, context) > 24 * 3600)
        return std::nullopt;
    return best;
}

std::optional<QDateTime> readTimeOfDay(const QString& text, const PlatformReportContext& context) {
    const QString plain = plainSpaces(text);
    for (const QString& format : timeOfDayFormats()) {
        const QTime time = QTime::fromString(plain, format);
        if (!time.isValid())
            continue;
        const QDate day = context.sessionStart.toTimeZone(context.timeZone).date();
        QDateTime when(day, time, context.timeZone);
        // A time well before the start is after midnight, in a class that ran past it.
        if (when < context.sessionStart.addSecs(-6 * 3600))
            when = when.addDays(1);
        return when;
    }
    return std::nullopt;
}

void forEachRow(const QList<CsvLine>& lines, qsizetype header, PlatformReport& report,
                const std::function<bool(const CsvLine&)>& read) {
    for (qsizetype i = header + 1; i < lines.size(); ++i) {
        const CsvLine& line = lines.at(i);
        if (!line.error.isEmpty())
            report.problems << PlatformReportProblem{line.number, line.error};
        else if (!line.cells.isEmpty() && !read(line))
            return;
    }
}

void addStint(PlatformReport& report, int line, const QString& name, const QString& email,
              const std::optional<QDateTime>& joined, const std::optional<QDateTime>& left,
              const QString& joinedText, const QString& leftText) {
    const auto problem = [&](const QString& message) {
        report.problems << PlatformReportProblem{line, message};
    };
    if (name.isEmpty() && email.isEmpty())
        return problem(QStringLiteral("the line has neither a name nor an email"));
    if (!joined)
        return problem(
            QStringLiteral("\"%1\" is not a join time on the session's day").arg(joinedText));
    if (!left)
        return problem(
            QStringLiteral("\"%1\" is not a leave time on the session's day").arg(leftText));
    if (*left < *joined)
        return problem(QStringLiteral("%1 leaves before joining").arg(name));
    PlatformStintLine stint;
    stint.line = line;
    stint.name = name;
    stint.email = email.toLower();
    stint.joined = *joined;
    stint.left = *left;
    // Zoom writes "Shown name (Original Name)": both are worth matching on.
    if (stint.name.endsWith(u')') && stint.name.contains(QStringLiteral(" ("))) {
        const qsizetype open = stint.name.lastIndexOf(QStringLiteral(" ("));
        stint.otherName = stint.name.mid(open + 2, stint.name.size() - open - 3).trimmed();
        stint.name = stint.name.left(open).trimmed();
    }
    report.stints << stint;
}

} // namespace platform

PlatformReport readPlatformReport(const QByteArray& file, const PlatformReportContext& context) {
    using namespace platform;
    PlatformReport report;
    const QString text = decodeReportText(file);
    const QList<CsvLine> lines = readCsvLines(text, guessDelimiter(text));
    const auto isTeamsHeading = [](const CsvLine& line) {
        const QString first = normalisedHeading(line.cells.value(0));
        return first == u"1. summary" || first == u"2. participants" ||
               first == u"3. in-meeting activities";
    };
    if (std::any_of(lines.begin(), lines.end(), isTeamsHeading) ||
        findHeader(lines, 0, {u"full name", u"user action", u"timestamp"})) {
        report.source = StintSource::Teams;
        readTeams(lines, context, report);
    } else if (const auto zoom = findHeader(lines, 0, {u"join time", u"leave time"})) {
        report.source = StintSource::Zoom;
        readZoom(lines, *zoom, context, report);
    } else if (const auto meet = findHeader(lines, 0, {u"time joined", u"time exited"})) {
        report.source = StintSource::Meet;
        readMeet(lines, *meet, context, report);
    } else {
        report.problems << PlatformReportProblem{
            1, QStringLiteral("This is not a Zoom participants report, a Microsoft Teams "
                              "attendance report or a Google Meet attendance report: no line "
                              "names the join and leave times")};
    }
    return report;
}

} // namespace lectern::reports
