#include "servercli.h"

#include "cliagora.h"
#include "clicourses.h"
#include "cliexport.h"
#include "cliimport.h"
#include "cliimportattendance.h"
#include "clioutput.h"
#include "cliserve.h"
#include "cliusers.h"
#include "services/userservice.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <map>

namespace lectern::cli {

namespace {
const QString overview = QStringLiteral(
    "Usage: lectern-server COMMAND [OPTIONS]\n"
    "\n"
    "The Lectern hub without a window, and the tools to set up its database.\n"
    "\n"
    "Commands:\n"
    "  serve            serve the hub (--port 8080, --bind 127.0.0.1, --max-connections 1000,\n"
    "                   --max-connections-per-address 50, --tls-cert/--tls-key for HTTPS)\n"
    "  migrate          apply database migrations and show the schema version\n"
    "  users add        create an account (prints its id on the last line)\n"
    "  users list       list accounts\n"
    "  courses add      create a course (prints its id on the last line)\n"
    "  courses enroll   enrol a user in a course\n"
    "  courses unenroll take a user out of a course\n"
    "  courses list     list courses\n"
    "  import           enrol a roster file's people in a course (creating accounts)\n"
    "  import attendance  merge a Zoom, Teams or Meet attendance report into a session's\n"
    "  export attendance  write a session's or a course's attendance (CSV, XLSX, PDF)\n"
    "  export polls     write poll results (a session's, or a course's) to CSV or XLSX\n"
    "  export calendar  write a course's sessions (or one) to an iCalendar file\n"
    "  agora-keys       keep the Agora app id and certificate in the secret store\n"
    "  agora-token      print an Agora RTC token (to check a set-up against Agora's console)\n"
    "\n"
    "Every command takes --database URL (sqlite:///path or\n"
    "postgresql://user:password@host:port/database); without it Lectern uses\n"
    "$LECTERN_DATABASE_URL, else its embedded SQLite file.\n"
    "'lectern-server COMMAND --help' describes a command's options.");

int migrate(const QStringList& arguments) {
    CommandLine command(QStringLiteral("migrate"),
                        QStringLiteral("Applies pending migrations and shows the schema version."));
    if (auto stop = command.parse(arguments))
        return *stop;
    auto services = command.openServices();
    if (!services)
        return fail(services.error());
    auto version = Migrations::currentVersion(*services->database);
    if (!version)
        return fail(version.error());
    printLine(QStringLiteral("%1 is at schema version %2.")
                  .arg(services->database->url().displayString())
                  .arg(*version));
    return exitOk;
}

// "users add" and "courses list" are two words; "migrate" is one.
const std::map<QString, Command>& commands() {
    static const std::map<QString, Command> table = {
        {QStringLiteral("migrate"), migrate},
        {QStringLiteral("serve"), serve},
        {QStringLiteral("users add"), addUser},
        {QStringLiteral("users list"), listUsers},
        {QStringLiteral("courses add"), addCourse},
        {QStringLiteral("courses enroll"), enrollInCourse},
        {QStringLiteral("courses unenroll"), unenrollFromCourse},
        {QStringLiteral("courses list"), listCourses},
        {QStringLiteral("agora-token"), agoraToken},
        {QStringLiteral("agora-keys"), agoraKeys},
        {QStringLiteral("export attendance"), exportAttendance},
        {QStringLiteral("import"), importRoster},
        {QStringLiteral("import attendance"), importAttendance},
        {QStringLiteral("export calendar"), exportCalendar},
        {QStringLiteral("export polls"), exportPolls},
    };
    return table;
}
} // namespace

CommandLine::CommandLine(const QString& words, const QString& description)
    : m_words(words)
    , m_database(QStringLiteral("database"),
                 QStringLiteral("Database URL: sqlite:///path or postgresql://user@host/db."),
                 QStringLiteral("URL")) {
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption(m_database);
}

void CommandLine::addPositionalArgument(const QString& name, const QString& description) {
    m_parser.addPositionalArgument(name, description);
    m_takesPositional = true;
}

std::optional<int> CommandLine::parse(const QStringList& arguments) {
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        // Qt's first line names the program by its path only; name the command instead.
        const qsizetype firstLineEnd = help.indexOf(u'\n');
        help.replace(0, firstLineEnd,
                     QStringLiteral("Usage: lectern-server ") + m_words +
                         QStringLiteral(" [options]"));
        QTextStream(stdout) << help;
        return exitOk;
    }
    if (!m_takesPositional && !m_parser.positionalArguments().isEmpty())
        return usageError(QStringLiteral("Unexpected argument \"%1\" for %2")
                              .arg(m_parser.positionalArguments().first(), m_words));
    return std::nullopt;
}

std::optional<QString> CommandLine::required(const QString& option) {
    const QString value = m_parser.value(option);
    if (!m_parser.isSet(option) || value.trimmed().isEmpty()) {
        usageError(QStringLiteral("%1 needs --%2").arg(m_words, option));
        return std::nullopt;
    }
    return value;
}

Result<ServiceContext> CommandLine::openServices() {
    auto url = m_parser.isSet(m_database) ? DatabaseUrl::parse(m_parser.value(m_database))
                                          : DatabaseUrl::fromEnvironmentOrEmbedded();
    if (!url)
        return std::unexpected(url.error());
    auto database = Database::open(*url);
    if (!database)
        return std::unexpected(database.error());
    ServiceContext context;
    context.database = *database;
    context.clock = std::make_shared<SystemClock>();
    return context;
}

Result<std::pair<ServiceContext, User>> CommandLine::openAsAdmin() {
    auto services = openServices();
    if (!services)
        return std::unexpected(services.error());
    auto users = UserService(*services).listUsers();
    if (!users)
        return std::unexpected(users.error());
    const auto admin = std::ranges::find_if(*users, [](const User& u) { return u.isAdmin(); });
    if (admin == users->end())
        return std::unexpected(Error::forbidden(
            QStringLiteral("This command acts as an admin; add one with: lectern-server users "
                           "add --role admin ...")));
    return std::pair{*services, *admin};
}

int run(const QStringList& arguments) {
    const QStringList words = arguments.mid(1);
    if (words.isEmpty() || words.first() == u"--help" || words.first() == u"-h" ||
        words.first() == u"help") {
        printLine(overview);
        return words.isEmpty() ? exitUsage : exitOk;
    }
    if (words.first() == u"--version") {
        printLine(QStringLiteral("lectern-server ") + QCoreApplication::applicationVersion());
        return exitOk;
    }
    for (int length : {2, 1}) {
        if (words.size() < length)
            continue;
        const QString name = words.mid(0, length).join(u' ');
        auto found = commands().find(name);
        if (found != commands().end())
            return found->second(QStringList{arguments.first()} + words.mid(length));
    }
    return usageError(QStringLiteral("Unknown command \"%1\"").arg(words.mid(0, 2).join(u' ')));
}

} // namespace lectern::cli
