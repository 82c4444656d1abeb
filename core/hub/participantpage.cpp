#include "participantpage.h"

#include "httperror.h"
#include "routemethods.h"

#include <QFile>
#include <QHttpServer>

namespace lectern::hub {

namespace {

QHttpServerResponse pageFile(const QString& name, const QByteArray& mimeType) {
    QFile file(QStringLiteral(":/participant/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return errorResponse(Error::notFound(QStringLiteral("No such page")));
    QHttpServerResponse response(mimeType, file.readAll());
    // Only this hub's own script, style and WebSocket; no framing by other sites.
    response.setHeader("Content-Security-Policy",
                       "default-src 'none'; script-src 'self'; style-src 'self'; "
                       "connect-src 'self'; img-src 'self' data:; base-uri 'none'; "
                       "form-action 'self'; frame-ancestors 'none'");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-cache");
    return response;
}

} // namespace

void addParticipantPage(QHttpServer& server) {
    const struct {
        const char* path;
        const char* file;
        const char* mimeType;
    } files[] = {
        {"/", "index.html", "text/html; charset=utf-8"},
        {"/index.html", "index.html", "text/html; charset=utf-8"},
        {"/app.js", "app.js", "text/javascript; charset=utf-8"},
        {"/style.css", "style.css", "text/css; charset=utf-8"},
    };
    for (const auto& entry : files) {
        const QString file = QString::fromLatin1(entry.file);
        const QByteArray mimeType(entry.mimeType);
        server.route(QString::fromLatin1(entry.path), QHttpServerRequest::Method::Get,
                     [file, mimeType] { return pageFile(file, mimeType); });
        RouteMethods::of(server).add(QString::fromLatin1(entry.path),
                                     QHttpServerRequest::Method::Get);
    }
}

} // namespace lectern::hub
