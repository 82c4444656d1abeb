#include "attendancepdf.h"

#include "domain/rules.h"

#include <QLocale>

namespace lectern::reports {
namespace {

QString localTime(const QDateTime& time, const QString& format) {
    return time.isValid() ? time.toLocalTime().toString(format) : QString();
}

// "student" -> "Student": enum names as words in a sentence's place.
QString capitalised(const QString& word) {
    return word.isEmpty() ? word : word.front().toUpper() + word.mid(1);
}

QString sessionHeading(const LiveSession& session) {
    return QStringLiteral("%1 — %2").arg(
        session.title, localTime(session.scheduledStart, QStringLiteral("ddd d MMM yyyy, HH:mm")));
}

QString generatedLine(const QDateTime& generatedAt) {
    return QStringLiteral("Generated %1")
        .arg(localTime(generatedAt, QStringLiteral("d MMM yyyy, HH:mm")));
}

PdfTable sessionTable(const LiveSession& session, const QList<AttendanceLine>& lines) {
    PdfTable table;
    table.heading = sessionHeading(session);
    table.header = {QStringLiteral("Name"),         QStringLiteral("Email"),
                    QStringLiteral("Role"),         QStringLiteral("Joined"),
                    QStringLiteral("Left"),         QStringLiteral("Time in class"),
                    QStringLiteral("Attendance %"), QStringLiteral("Present"),
                    QStringLiteral("Status"),       QStringLiteral("Chat"),
                    QStringLiteral("Questions"),    QStringLiteral("Poll answers"),
                    QStringLiteral("Verified by"),  QStringLiteral("Notes")};
    const QString clock = QStringLiteral("HH:mm");
    for (const AttendanceLine& line : lines) {
        const SessionParticipant& p = line.participant;
        const SessionAttendance& a = line.attendance;
        QString verified = line.verifiedBy;
        if (a.verifiedAt.isValid())
            verified += (verified.isEmpty() ? QString() : QStringLiteral(", ")) +
                        localTime(a.verifiedAt, QStringLiteral("d MMM"));
        table.rows << QStringList{
            line.person.name,
            line.person.email,
            capitalised(enumName(line.person.role)),
            localTime(p.joinedAt, clock),
            localTime(p.leftAt, clock),
            p.joinedAt.isValid() ? rules::formatDuration(p.countedSeconds()) : QString(),
            QString::number(rules::roundOneDecimal(a.attendancePercentage), 'f', 1),
            a.markedPresent ? QStringLiteral("Yes") : QStringLiteral("No"),
            capitalised(enumName(a.status)),
            QString::number(p.chatMessagesCount),
            QString::number(p.questionsAsked),
            QString::number(p.pollsAnswered),
            verified,
            a.notes};
    }
    return table;
}

QString percentText(double value) {
    return QString::number(rules::roundOneDecimal(value), 'f', 1) + u'%';
}

// Who changed which record, when, and from what to what; none when nobody changed any.
std::optional<PdfTable> historyTable(const QList<AttendanceLine>& lines) {
    PdfTable table;
    table.heading = QStringLiteral("Changes to attendance");
    table.header = {QStringLiteral("Name"),   QStringLiteral("When"),
                    QStringLiteral("By"),     QStringLiteral("Change"),
                    QStringLiteral("Status"), QStringLiteral("Attendance %"),
                    QStringLiteral("Notes"),  QStringLiteral("Detail")};
    for (const AttendanceLine& line : lines) {
        for (const AttendanceChange& change : line.changes) {
            const QString arrow = QStringLiteral(" → ");
            table.rows << QStringList{
                line.person.name,
                localTime(change.changedAt, QStringLiteral("d MMM yyyy, HH:mm")),
                change.changedByName,
                change.kind == AttendanceChangeKind::Import ? QStringLiteral("Report merged")
                                                            : QStringLiteral("Verified"),
                capitalised(enumName(change.statusBefore)) + arrow +
                    capitalised(enumName(change.statusAfter)),
                percentText(change.percentageBefore) + arrow + percentText(change.percentageAfter),
                change.notesBefore == change.notesAfter
                    ? change.notesAfter
                    : change.notesBefore + arrow + change.notesAfter,
                change.detail};
        }
    }
    if (table.rows.isEmpty())
        return std::nullopt;
    return table;
}

} // namespace

PdfDocument sessionAttendancePdf(const LiveSession& session, const QString& courseTitle,
                                 const QList<AttendanceLine>& lines, const QDateTime& generatedAt) {
    PdfDocument document;
    document.title = QStringLiteral("Attendance: %1").arg(session.title);
    document.subtitle = QStringLiteral("%1 · %2 · %3")
                            .arg(courseTitle, sessionHeading(session), generatedLine(generatedAt));
    document.tables << sessionTable(session, lines);
    if (auto history = historyTable(lines))
        document.tables << *history;
    return document;
}

PdfDocument courseAttendancePdf(const CourseAttendance& report, const QDateTime& generatedAt) {
    PdfDocument document;
    document.title = QStringLiteral("Attendance: %1").arg(report.course.title);
    document.subtitle =
        QStringLiteral("Sessions: %1 · %2 held · certification at %3 % of sessions attended · %4")
            .arg(report.range.describe())
            .arg(report.sessions.size())
            .arg(rules::roundOneDecimal(report.requiredShare * 100.0))
            .arg(generatedLine(generatedAt));

    PdfTable totals;
    totals.heading = QStringLiteral("Totals and certification");
    totals.header = {
        QStringLiteral("Name"),          QStringLiteral("Email"),   QStringLiteral("Sessions held"),
        QStringLiteral("Attended"),      QStringLiteral("Excused"), QStringLiteral("Attended %"),
        QStringLiteral("Time in class"), QStringLiteral("Chat"),    QStringLiteral("Questions"),
        QStringLiteral("Poll answers"),  QStringLiteral("Eligible")};
    totals.rows = report.totalsRows();
    document.tables << totals;
    for (const HeldSession& held : report.sessions) {
        document.tables << sessionTable(held.session, held.lines);
        if (auto history = historyTable(held.lines))
            document.tables << *history;
    }
    return document;
}

} // namespace lectern::reports
