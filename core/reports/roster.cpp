#include "roster.h"

#include "courseaccess.h"
#include "domain/try.h"
#include "services/userservice.h"
#include "services/validation.h"

#include <csv.h>

#include <QRandomGenerator>

#include <memory>

namespace lectern::reports {
namespace {

struct Records {
    QList<QStringList> rows;
    QStringList current;
};

void onField(void* data, size_t size, void* records) {
    static_cast<Records*>(records)->current
        << QString::fromUtf8(static_cast<const char*>(data), static_cast<qsizetype>(size));
}

void onRow(int, void* records) {
    auto* r = static_cast<Records*>(records);
    r->rows << r->current;
    r->current.clear();
}

// Semicolons when the first line has more of them than commas (spreadsheets in many locales).
unsigned char delimiterOf(const QByteArray& text) {
    const QByteArray firstLine = text.left(text.indexOf('\n'));
    return firstLine.count(';') > firstLine.count(',') ? ';' : ',';
}

std::optional<Role> rosterRole(const QString& text) {
    const QString role = text.trimmed().toLower();
    if (role.isEmpty() || role == u"student")
        return Role::Student;
    if (role == u"ta")
        return Role::Ta;
    return std::nullopt;
}

} // namespace

Roster readRoster(const QByteArray& file) {
    Roster roster;
    QByteArray text = file;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
        roster.problems << RosterProblem{0, QStringLiteral("The CSV reader could not start")};
        return roster;
    }
    const auto freeParser = qScopeGuard([&parser] { csv_free(&parser); });
    csv_set_delim(&parser, delimiterOf(text));
    Records records;
    if (csv_parse(&parser, text.constData(), static_cast<size_t>(text.size()), onField, onRow,
                  &records) != static_cast<size_t>(text.size()) ||
        csv_fini(&parser, onField, onRow, &records) != 0) {
        roster.problems << RosterProblem{
            static_cast<int>(records.rows.size()) + 1,
            QStringLiteral("The file is not valid CSV here: %1")
                .arg(QString::fromLatin1(csv_strerror(csv_error(&parser))))};
        return roster;
    }
    for (int index = 0; index < records.rows.size(); ++index) {
        const QStringList& cells = records.rows.at(index);
        const int line = index + 1;
        if (index == 0 && !cells.isEmpty() &&
            cells.first().trimmed().compare(u"email", Qt::CaseInsensitive) == 0)
            continue; // the header
        if (cells.size() == 1 && cells.first().trimmed().isEmpty())
            continue; // a blank line
        if (cells.size() < 2 || cells.size() > 3) {
            roster.problems << RosterProblem{
                line,
                QStringLiteral("expected email,name[,role]; found %1 fields").arg(cells.size())};
            continue;
        }
        auto email = validation::email(cells.at(0));
        if (!email) {
            roster.problems << RosterProblem{line, email.error().message};
            continue;
        }
        const QString name = cells.at(1).trimmed();
        if (name.isEmpty()) {
            roster.problems << RosterProblem{line, QStringLiteral("the name is empty")};
            continue;
        }
        const auto role = rosterRole(cells.value(2));
        if (!role) {
            roster.problems << RosterProblem{
                line,
                QStringLiteral("role \"%1\" is not student or ta").arg(cells.value(2).trimmed())};
            continue;
        }
        roster.entries << RosterEntry{line, *email, name, *role};
    }
    return roster;
}

Result<RosterImport> importRosterAs(const ServiceContext& context, const User& actor, Id courseId,
                                    const Roster& roster, bool skipBadLines,
                                    const std::function<QString(const QString&)>& initialPassword) {
    {
        LECTERN_TRY(const QSqlDatabase connection, context.database->connection());
        LECTERN_CHECK(requireCourseStanding(connection, actor, courseId, CourseStanding::Manager,
                                            QStringLiteral("import its roster")));
    }
    return importRoster(context, courseId, roster, skipBadLines, initialPassword);
}

QString newAccountPassword() {
    static const QString letters =
        QStringLiteral("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 14; ++i)
        password += letters.at(QRandomGenerator::system()->bounded(letters.size()));
    return password;
}

Result<RosterImport> importRoster(const ServiceContext& context, Id courseId, const Roster& roster,
                                  bool skipBadLines,
                                  const std::function<QString(const QString&)>& initialPassword) {
    if (!roster.problems.isEmpty() && !skipBadLines)
        return std::unexpected(
            Error::invalid(QStringLiteral("roster"),
                           QStringLiteral("The roster has %1 bad lines; nothing was imported")
                               .arg(roster.problems.size())));
    UserService users(context);
    CourseService courses(context);
    // The course must exist before anyone is created for it.
    LECTERN_TRY(const QList<Course> all, courses.listCourses());
    if (std::ranges::none_of(all, [courseId](const Course& c) { return c.id == courseId; }))
        return std::unexpected(Error::notFound(QStringLiteral("No course %1").arg(courseId)));
    RosterImport done;
    for (const RosterEntry& entry : roster.entries) {
        LECTERN_TRY(std::optional<User> user, users.findByEmail(entry.email));
        if (!user) {
            LECTERN_TRY(User created, users.createUser(entry.email, entry.name, entry.role,
                                                       initialPassword(entry.email)));
            done.created << created;
            user = created;
        }
        auto enrolled = courses.enroll(courseId, entry.email);
        if (enrolled)
            done.enrolled << *user;
        else if (enrolled.error().code == ErrorCode::Conflict)
            ++done.alreadyEnrolled;
        else
            return std::unexpected(enrolled.error());
    }
    return done;
}

} // namespace lectern::reports
