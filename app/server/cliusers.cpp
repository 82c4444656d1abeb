#include "cliusers.h"

#include "clioutput.h"
#include "domain/validation.h"
#include "servercli.h"
#include "services/userservice.h"

#include <QTextStream>

namespace lectern::cli {

int addUser(const QStringList& arguments) {
    CommandLine command(QStringLiteral("users add"),
                        QStringLiteral("Creates an account. Without --password, the password is "
                                       "read from the first line of standard input."));
    QCommandLineParser& parser = command.parser();
    parser.addOptions(
        {{QStringLiteral("email"), QStringLiteral("Email address (the sign-in)."),
          QStringLiteral("EMAIL")},
         {QStringLiteral("name"), QStringLiteral("Full name."), QStringLiteral("NAME")},
         {QStringLiteral("role"), QStringLiteral("student, instructor, ta or admin."),
          QStringLiteral("ROLE")},
         {QStringLiteral("password"), QStringLiteral("At least 8 characters."),
          QStringLiteral("PASSWORD")}});
    if (auto stop = command.parse(arguments))
        return *stop;
    const auto email = command.required(QStringLiteral("email"));
    const auto name = email ? command.required(QStringLiteral("name")) : std::nullopt;
    const auto roleText = name ? command.required(QStringLiteral("role")) : std::nullopt;
    if (!roleText)
        return exitUsage;
    auto role = validation::parseField<Role>(QStringLiteral("role"), *roleText);
    if (!role)
        return fail(role.error());
    QString password = parser.value(QStringLiteral("password"));
    if (!parser.isSet(QStringLiteral("password")))
        password = QTextStream(stdin).readLine();

    auto services = command.openServices();
    if (!services)
        return fail(services.error());
    auto user = UserService(*services).createUser(*email, *name, *role, password);
    if (!user)
        return fail(user.error());
    printLine(
        QStringLiteral("Created %1 %2 <%3>").arg(enumName(user->role), user->name, user->email));
    printLine(QString::number(user->id));
    return exitOk;
}

int listUsers(const QStringList& arguments) {
    CommandLine command(QStringLiteral("users list"), QStringLiteral("Lists every account."));
    if (auto stop = command.parse(arguments))
        return *stop;
    auto services = command.openServices();
    if (!services)
        return fail(services.error());
    auto users = UserService(*services).listUsers();
    if (!users)
        return fail(users.error());
    QList<QStringList> rows;
    for (const User& user : *users)
        rows.append({QString::number(user.id), user.email, user.name, enumName(user.role)});
    printTable({QStringLiteral("ID"), QStringLiteral("EMAIL"), QStringLiteral("NAME"),
                QStringLiteral("ROLE")},
               rows);
    return exitOk;
}

} // namespace lectern::cli
