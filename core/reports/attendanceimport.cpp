#include "attendanceimport.h"

#include "domain/events.h"
#include "domain/importfile.h"
#include "domain/rules.h"
#include "domain/try.h"
#include "services/access.h"
#include "storage/attendancechangerepository.h"
#include "storage/attendancerepository.h"
#include "storage/participantrepository.h"
#include "storage/stintrepository.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

#include <QRegularExpression>

namespace lectern::reports {

QString comparableName(const QString& name) {
    QString text = name;
    // "Lovelace, Ada" is Ada Lovelace.
    if (const qsizetype comma = text.indexOf(u','); comma > 0 && text.count(u',') == 1)
        text = text.mid(comma + 1) + u' ' + text.left(comma);
    QString plain;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            plain += c.toLower();
        else if (c.isSpace() || c == u'-' || c == u'.' || c == u'\'')
            plain += u' ';
        // combining accents and other marks are dropped
    }
    return plain.simplified();
}

namespace {
QString sourceName(StintSource source) {
    switch (source) {
    case StintSource::Zoom:
        return QStringLiteral("Zoom");
    case StintSource::Teams:
        return QStringLiteral("Microsoft Teams");
    case StintSource::Meet:
        return QStringLiteral("Google Meet");
    case StintSource::Hub:
        break;
    }
    return QStringLiteral("Lectern");
}

using Spans = QList<std::pair<QDateTime, QDateTime>>;

// The enrolled people a report's lines can be matched to, by email and by name.
struct Roster {
    QHash<QString, User> byEmail;
    QHash<QString, QList<User>> byName;
    Id instructorId = 0;

    void add(const User& user) {
        byEmail.insert(user.email.toLower(), user);
        byName[comparableName(user.name)].append(user);
    }
};

struct Match {
    std::optional<User> user;
    QString reason; // why not, when there is no user
};

Match matchLine(const PlatformStintLine& line, const Roster& roster,
                const QHash<QString, QString>& assignments) {
    for (const QString& name : {line.name, line.otherName}) {
        if (name.isEmpty())
            continue;
        const auto assigned = assignments.constFind(comparableName(name));
        if (assigned != assignments.cend())
            return {roster.byEmail.value(*assigned), {}};
    }
    if (!line.email.isEmpty() && roster.byEmail.contains(line.email))
        return {roster.byEmail.value(line.email), {}};
    QString reason = QStringLiteral("no enrolled student has this email or name");
    for (const QString& name : {line.otherName, line.name}) {
        const QList<User> named = roster.byName.value(comparableName(name));
        if (named.size() == 1)
            return {named.first(), {}};
        if (named.size() > 1)
            reason = QStringLiteral("%1 enrolled students are called %2: assign one")
                         .arg(named.size())
                         .arg(name);
    }
    return {std::nullopt, reason};
}

Result<Roster> enrolledRoster(const QSqlDatabase& connection, const LiveSession& session,
                              const QHash<QString, QString>& assignments) {
    LECTERN_TRY(const Course course, CourseRepository(connection).find(session.courseId));
    LECTERN_TRY(QList<Id> ids, CourseRepository(connection).enrolledUserIds(course.id));
    ids << course.instructorId << session.instructorId;
    LECTERN_TRY(const QList<User> users, UserRepository(connection).findMany(ids));
    Roster roster;
    roster.instructorId = course.instructorId;
    for (const User& user : users)
        roster.add(user);
    for (auto it = assignments.cbegin(); it != assignments.cend(); ++it) {
        if (!roster.byEmail.contains(it.value()))
            return std::unexpected(
                Error::invalid(QStringLiteral("assign"),
                               QStringLiteral("%1 is not enrolled in the course").arg(it.value())));
    }
    return roster;
}

bool isStaff(const User& user, const LiveSession& session, const Roster& roster) {
    return user.id == session.instructorId || user.id == roster.instructorId ||
           user.role != Role::Student;
}

QString minutes(qint64 seconds) {
    return QStringLiteral("%1 min").arg((seconds + 30) / 60);
}
} // namespace

Result<AttendanceImport> importPlatformAttendance(const ServiceContext& context, const User& actor,
                                                  Id sessionId, const QByteArray& file,
                                                  const AttendanceImportOptions& options) {
    LECTERN_CHECK(checkImportFileSize(file.size()));
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*context.database));
    const QSqlDatabase& connection = transaction.connection();
    LECTERN_TRY(const SessionInContext loaded, loadSession(connection, transaction.dialect(), actor,
                                                           sessionId, RowLock::ForUpdate));
    const LiveSession& session = loaded.session;
    LECTERN_CHECK(requireManager(loaded.access, QStringLiteral("import its attendance")));
    if (session.status != SessionStatus::Ended || !session.actualStart.isValid() ||
        !session.actualEnd.isValid())
        return std::unexpected(Error::conflict(
            QStringLiteral("A platform's attendance is merged once the session has ended")));

    const PlatformReport report = readPlatformReport(
        file, PlatformReportContext{options.timeZone, session.actualStart, session.actualEnd});
    AttendanceImport result;
    result.source = report.source;
    result.problems = report.problems;
    if (report.stints.isEmpty() && !report.problems.isEmpty()) {
        // Not a report at all, or nothing readable: the preview says why.
        if (options.apply)
            return std::unexpected(Error::invalid(
                QStringLiteral("report"), QStringLiteral("Line %1: %2; nothing was imported")
                                              .arg(report.problems.first().line)
                                              .arg(report.problems.first().message)));
        return result;
    }
    QHash<QString, QString> assignments;
    for (auto it = options.assignments.cbegin(); it != options.assignments.cend(); ++it)
        assignments.insert(comparableName(it.key()), it.value().trimmed().toLower());
    LECTERN_TRY(const Roster roster, enrolledRoster(connection, session, assignments));
    for (const auto& [email, user] : roster.byEmail.asKeyValueRange()) {
        if (!isStaff(user, session, roster))
            result.students << user;
    }
    std::ranges::sort(result.students, [](const User& a, const User& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });

    // Who each line is, and their stints in the report.
    QHash<Id, ImportedAttendance> byStudent;
    QHash<Id, Spans> reportSpans;
    QList<Id> order;
    QHash<QString, UnmatchedAttendance> unmatched;
    QStringList unmatchedOrder;
    for (const PlatformStintLine& line : report.stints) {
        const Match match = matchLine(line, roster, assignments);
        const qint64 seconds = rules::coveredSeconds({{line.joined, line.left}},
                                                     session.actualStart, session.actualEnd);
        if (!match.user) {
            const QString key = line.email.isEmpty() ? comparableName(line.name) : line.email;
            UnmatchedAttendance& person = unmatched[key];
            if (person.lines.isEmpty()) {
                unmatchedOrder << key;
                person.name = line.otherName.isEmpty() ? line.name : line.otherName;
                person.email = line.email;
                person.reason = match.reason;
            }
            person.lines << line.line;
            person.reportSeconds += seconds;
            continue;
        }
        if (isStaff(*match.user, session, roster)) {
            ++result.staffLines;
            continue;
        }
        ImportedAttendance& person = byStudent[match.user->id];
        if (person.lines.isEmpty()) {
            order << match.user->id;
            person.student = *match.user;
        }
        person.lines << line.line;
        reportSpans[match.user->id].append({line.joined, line.left});
    }
    for (const QString& key : unmatchedOrder)
        result.unmatched << unmatched.value(key);

    // The records as they are, then the merge, then the records as they become.
    AttendanceRepository attendance(connection);
    LECTERN_TRY(const QList<SessionAttendance> before, attendance.listBySession(session.id));
    QHash<Id, SessionAttendance> beforeByUser;
    for (const SessionAttendance& record : before)
        beforeByUser.insert(record.userId, record);
    ParticipantRepository participants(connection);
    const QDateTime now = context.now();
    QList<AttendanceStint> stints;
    for (Id userId : order) {
        const Spans& spans = reportSpans.value(userId);
        LECTERN_TRY(std::optional<SessionParticipant> found, participants.find(session.id, userId));
        if (!found) {
            // On the platform only: they join the roster as having come and gone.
            SessionParticipant added;
            added.sessionId = session.id;
            added.userId = userId;
            added.status = ParticipantStatus::Left;
            added.joinedAt = std::min_element(spans.begin(), spans.end())->first;
            for (const auto& span : spans)
                added.leftAt = std::max(added.leftAt, span.second);
            added.createdAt = added.updatedAt = now;
            LECTERN_TRY(added.id, participants.insert(added));
            found = added;
        }
        for (const auto& [start, end] : spans)
            stints << AttendanceStint{found->id, report.source, start, end};
    }
    StintRepository stintRepository(connection);
    LECTERN_CHECK(stintRepository.replaceFromSource(session.id, report.source, stints));
    LECTERN_TRY(const auto allStints, stintRepository.listBySession(session.id));
    LECTERN_TRY(const QList<SessionParticipant> everyone, participants.listBySession(session.id));
    QHash<Id, qint64> secondsOf; // by user
    for (const SessionParticipant& participant : everyone) {
        Spans spans;
        bool fromPlatform = false;
        for (const AttendanceStint& stint : allStints.value(participant.id)) {
            spans.append({stint.startedAt, stint.endedAt});
            fromPlatform = fromPlatform || stint.source != StintSource::Hub;
        }
        // The hub's own figure stands for whoever no platform report names (any more).
        std::optional<qint64> merged;
        if (fromPlatform)
            merged = std::max(participant.durationSeconds,
                              rules::coveredSeconds(spans, session.actualStart, session.actualEnd));
        LECTERN_CHECK(participants.setMergedSeconds(participant.id, merged, now));
        secondsOf.insert(participant.userId, merged.value_or(participant.durationSeconds));
        if (byStudent.contains(participant.userId))
            byStudent[participant.userId].secondsBefore = participant.countedSeconds();
    }
    const qint64 sessionSeconds = session.actualDurationSeconds(now);
    LECTERN_CHECK(attendance.computeForSession(session.id, sessionSeconds, now));
    LECTERN_TRY(const QList<SessionAttendance> after, attendance.listBySession(session.id));

    AttendanceChangeRepository changes(connection);
    for (const SessionAttendance& record : after) {
        const SessionAttendance old = beforeByUser.value(record.userId);
        const auto imported = byStudent.find(record.userId);
        if (imported != byStudent.end()) {
            ImportedAttendance& person = *imported;
            person.reportSeconds = rules::coveredSeconds(reportSpans.value(record.userId),
                                                         session.actualStart, session.actualEnd);
            person.secondsAfter = secondsOf.value(record.userId);
            person.percentageBefore = old.attendancePercentage;
            person.percentageAfter = record.attendancePercentage;
            person.statusBefore = old.id ? old.status : AttendanceStatus::Absent;
            person.statusAfter = record.status;
            person.verified = record.verifiedAt.isValid();
        }
        if (old.id && old.status == record.status &&
            qFuzzyCompare(1.0 + old.attendancePercentage, 1.0 + record.attendancePercentage))
            continue;
        AttendanceChange change;
        change.attendanceId = record.id;
        change.changedBy = actor.id;
        change.changedAt = now;
        change.kind = AttendanceChangeKind::Import;
        change.statusBefore = old.id ? old.status : AttendanceStatus::Absent;
        change.statusAfter = record.status;
        change.percentageBefore = old.attendancePercentage;
        change.percentageAfter = record.attendancePercentage;
        change.notesBefore = change.notesAfter = record.notes;
        if (imported == byStudent.end()) {
            change.detail = QStringLiteral("%1 report merged").arg(sourceName(report.source));
        } else {
            const qsizetype stints = imported->lines.size();
            change.detail = QStringLiteral("%1 report: %2, %3 in the session")
                                .arg(sourceName(report.source),
                                     stints == 1 ? QStringLiteral("1 stint")
                                                 : QStringLiteral("%1 stints").arg(stints),
                                     minutes(imported->reportSeconds));
        }
        LECTERN_CHECK(changes.add(change));
    }
    for (Id userId : order)
        result.matched << byStudent.value(userId);

    if (!options.apply)
        return result; // the transaction rolls back: a preview writes nothing
    if (result.matched.isEmpty())
        return std::unexpected(Error::invalid(
            QStringLiteral("report"),
            QStringLiteral("No line of the report is an enrolled student; nothing was imported")));
    if (!result.problems.isEmpty() && !options.skipBadLines)
        return std::unexpected(
            Error::invalid(QStringLiteral("report"),
                           QStringLiteral("The report has %1 bad lines; nothing was imported")
                               .arg(result.problems.size())));
    LECTERN_CHECK(transaction.commit());
    result.applied = true;
    context.publish(events::attendanceUpdated, session.id, session.id);
    return result;
}

} // namespace lectern::reports
