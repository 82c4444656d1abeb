#include "roster.h"

#include "courseaccess.h"
#include "domain/importfile.h"
#include "domain/try.h"
#include "domain/validation.h"
#include "services/passwordhasher.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"

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
        // The rules an account's name has anywhere else (not empty, at most 200 characters).
        const auto name = validation::requiredText(QStringLiteral("name"), cells.at(1), 200);
        if (!name) {
            roster.problems << RosterProblem{line, name.error().message};
            continue;
        }
        const auto role = rosterRole(cells.value(2));
        if (!role) {
            roster.problems << RosterProblem{
                line,
                QStringLiteral("role \"%1\" is not student or ta").arg(cells.value(2).trimmed())};
            continue;
        }
        roster.entries << RosterEntry{line, *email, *name, *role};
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
    // First passwords are hashed before the write lock is taken (hashing is slow by design),
    // for the people who have no account yet.
    QHash<QString, QString> hashByEmail;
    {
        LECTERN_TRY(const QSqlDatabase connection, context.database->connection());
        LECTERN_TRY(const Course course, CourseRepository(connection).find(courseId));
        UserRepository users(connection);
        for (const RosterEntry& entry : roster.entries) {
            LECTERN_TRY(const std::optional<User> known, users.findByEmail(entry.email));
            if (!known && !hashByEmail.contains(entry.email))
                hashByEmail.insert(entry.email, PasswordHasher::hash(initialPassword(entry.email)));
        }
    }
    // Then everyone in one transaction: a roster is imported whole or not at all.
    LECTERN_TRY(auto transaction, WriteTransaction::begin(*context.database));
    UserRepository users(transaction.connection());
    CourseRepository courses(transaction.connection());
    const QDateTime now = context.now();
    RosterImport done;
    for (const RosterEntry& entry : roster.entries) {
        LECTERN_TRY(std::optional<User> user, users.findByEmail(entry.email));
        if (!user) {
            if (!hashByEmail.contains(entry.email)) // removed since it was read: start again
                return std::unexpected(Error::conflict(
                    QStringLiteral("The accounts changed during the import; nothing was "
                                   "imported, try again")));
            User created;
            created.email = entry.email;
            created.name = entry.name;
            created.role = entry.role;
            created.createdAt = created.updatedAt = now;
            LECTERN_TRY(created.id, users.insert(created, hashByEmail.value(entry.email)));
            done.created << created;
            user = created;
        }
        LECTERN_TRY(const bool enrolled, courses.isEnrolled(courseId, user->id));
        if (enrolled) {
            ++done.alreadyEnrolled;
            continue;
        }
        LECTERN_CHECK(courses.enroll(courseId, user->id, now));
        done.enrolled << *user;
    }
    LECTERN_CHECK(transaction.commit());
    return done;
}

Result<RosterOutcome> importRosterFile(const ServiceContext& context, const User& actor,
                                       Id courseId, const QByteArray& file, bool skipBadLines) {
    LECTERN_CHECK(checkImportFileSize(file.size()));
    RosterOutcome outcome;
    LECTERN_TRY(outcome.import, importRosterAs(context, actor, courseId, readRoster(file),
                                               skipBadLines, [&outcome](const QString& email) {
                                                   return outcome.passwords[email] =
                                                              newAccountPassword();
                                               }));
    return outcome;
}

} // namespace lectern::reports
