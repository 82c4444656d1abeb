#include "participantpage.h"

#include "httperror.h"
#include "routemethods.h"

#include <QDir>
#include <QFile>
#include <QHttpServer>

namespace lectern::hub {

namespace {

// Where the page's files are read from: built into the library, or a folder named by
// LECTERN_PAGE_DIR so whoever works on the page sees a change on reload, without a rebuild.
QString pageDirectory() {
    const QString override = qEnvironmentVariable("LECTERN_PAGE_DIR");
    return override.isEmpty() ? QStringLiteral(":/participant") : override;
}

// Only the kinds of file the page is made of; anything else in the folder is not served.
QByteArray mimeTypeOf(const QString& name) {
    if (name.endsWith(QLatin1String(".html")))
        return "text/html; charset=utf-8";
    if (name.endsWith(QLatin1String(".js")))
        return "text/javascript; charset=utf-8";
    if (name.endsWith(QLatin1String(".css")))
        return "text/css; charset=utf-8";
    return {};
}

QHttpServerResponse pageFile(const QString& path, const QByteArray& mimeType) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return errorResponse(Error::notFound(QStringLiteral("No such page")));
    QHttpServerResponse response(mimeType, file.readAll());
    // Only this hub's own scripts, style and WebSocket, and media from anywhere (recordings
    // live on other hosts); no framing by other sites.
    response.setHeader("Content-Security-Policy",
                       "default-src 'none'; script-src 'self'; style-src 'self'; "
                       "connect-src 'self'; img-src 'self' data:; media-src * blob:; "
                       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-cache");
    return response;
}

void addFile(QHttpServer& server, const QString& route, const QString& path,
             const QByteArray& mimeType) {
    server.route(route, QHttpServerRequest::Method::Get,
                 [path, mimeType] { return pageFile(path, mimeType); });
    RouteMethods::of(server).add(route, QHttpServerRequest::Method::Get);
}

} // namespace

void addParticipantPage(QHttpServer& server) {
    const QDir directory(pageDirectory());
    // One route per file, fixed at start: a name that is not one of the page's files is a 404.
    for (const QString& name : directory.entryList(QDir::Files, QDir::Name)) {
        const QByteArray mimeType = mimeTypeOf(name);
        if (mimeType.isEmpty())
            continue;
        const QString path = directory.filePath(name);
        addFile(server, QLatin1Char('/') + name, path, mimeType);
        if (name == QLatin1String("index.html"))
            addFile(server, QStringLiteral("/"), path, mimeType);
    }
}

} // namespace lectern::hub
