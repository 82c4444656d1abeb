#include "databaseurl.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace lectern {

namespace {
Result<DatabaseUrl> parseSqlite(const QUrl& url) {
    DatabaseUrl result;
    result.dialect = Dialect::Sqlite;
    result.path = url.path(QUrl::FullyDecoded);
    if (result.path.isEmpty() || !QDir::isAbsolutePath(result.path))
        return std::unexpected(Error::invalid(
            QStringLiteral("database"),
            QStringLiteral(
                "A SQLite URL needs an absolute path, as in sqlite:///home/me/lectern.db")));
    return result;
}

Result<DatabaseUrl> parsePostgres(const QUrl& url) {
    DatabaseUrl result;
    result.dialect = Dialect::Postgres;
    result.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    result.port = url.port(5432);
    result.user = url.userName(QUrl::FullyDecoded);
    result.password = url.password(QUrl::FullyDecoded);
    result.database = url.path(QUrl::FullyDecoded).mid(1);
    result.schema = QUrlQuery(url).queryItemValue(QStringLiteral("schema"), QUrl::FullyDecoded);
    if (result.database.isEmpty())
        return std::unexpected(
            Error::invalid(QStringLiteral("database"),
                           QStringLiteral("A PostgreSQL URL needs a database name, as in "
                                          "postgresql://user@localhost/lectern")));
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!result.schema.isEmpty() && !identifier.match(result.schema).hasMatch())
        return std::unexpected(
            Error::invalid(QStringLiteral("database"),
                           QStringLiteral("The schema must be a lower-case SQL identifier")));
    return result;
}
} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text) {
    const QUrl url(text.trimmed(), QUrl::TolerantMode);
    if (!url.isValid())
        return std::unexpected(Error::invalid(QStringLiteral("database"),
                                              QStringLiteral("Not a database URL: %1").arg(text)));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"sqlite")
        return parseSqlite(url);
    if (scheme == u"postgresql" || scheme == u"postgres")
        return parsePostgres(url);
    return std::unexpected(
        Error::invalid(QStringLiteral("database"),
                       QStringLiteral("Unknown database URL scheme \"%1\": use sqlite:/// or "
                                      "postgresql://")
                           .arg(url.scheme())));
}

DatabaseUrl DatabaseUrl::embedded() {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    DatabaseUrl result;
    result.dialect = Dialect::Sqlite;
    result.path = QDir(folder).filePath(QStringLiteral("lectern/lectern.sqlite"));
    return result;
}

Result<DatabaseUrl> DatabaseUrl::fromEnvironmentOrEmbedded() {
    const QString fromEnvironment = qEnvironmentVariable("LECTERN_DATABASE_URL");
    if (fromEnvironment.isEmpty())
        return embedded();
    return parse(fromEnvironment);
}

QString DatabaseUrl::displayString() const {
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite://") + path;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + (password.isEmpty() ? QString() : QStringLiteral(":***")) + u'@';
    text += host + u':' + QString::number(port) + u'/' + database;
    if (!schema.isEmpty())
        text += QStringLiteral("?schema=") + schema;
    return text;
}

QString DatabaseUrl::toString() const {
    if (dialect == Dialect::Sqlite)
        return QUrl::fromLocalFile(path).toString().replace(QStringLiteral("file:"),
                                                            QStringLiteral("sqlite:"));
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPassword(password);
    url.setPath(u'/' + database);
    if (!schema.isEmpty())
        url.setQuery(QStringLiteral("schema=") + schema);
    return url.toString();
}

} // namespace lectern
