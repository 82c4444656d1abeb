#pragma once

#include "services/servicecontext.h"

#include <QCommandLineParser>
#include <QStringList>

#include <functional>

namespace lectern::cli {

// One subcommand's parser, with the options every subcommand shares.
class CommandLine {
public:
    // `words` names the command ("users add") for --help.
    CommandLine(const QString& words, const QString& description);

    QCommandLineParser& parser() { return m_parser; }
    // Declares a positional argument (a file); commands without one refuse stray words.
    void addPositionalArgument(const QString& name, const QString& description);
    // Parses `arguments` (program name first). Returns an exit code when it should stop:
    // after --help, or on a bad command line.
    std::optional<int> parse(const QStringList& arguments);
    // Opens (and migrates) the database named by --database, $LECTERN_DATABASE_URL or the
    // embedded default.
    Result<ServiceContext> openServices();
    // The same, with the user the command acts as: the command line acts for the installation,
    // as its first admin (who is named in what it records, such as attendance history).
    Result<std::pair<ServiceContext, User>> openAsAdmin();
    // Gives the value of a required option, or nullopt after printing a usage error.
    std::optional<QString> required(const QString& option);

private:
    QString m_words;
    QCommandLineParser m_parser;
    QCommandLineOption m_database;
    bool m_takesPositional = false;
};

using Command = std::function<int(const QStringList& arguments)>;

// Runs `lectern-server ARGS...`; gives the process's exit code.
int run(const QStringList& arguments);

} // namespace lectern::cli
