#pragma once

#include <QHttpServer>
#include <QObject>
#include <QRegularExpression>

namespace lectern::hub {

// The methods each route path answers, kept beside Qt's router (a child of the server), so that
// a known path asked with another method is answered 405 with `Allow` instead of 404: Qt 6.4's
// router only knows that nothing matched.
class RouteMethods : public QObject {
    Q_OBJECT

public:
    // The table of `server`, made on first use.
    static RouteMethods& of(QHttpServer& server);

    // `path` is a route pattern as Qt's router takes it ("/api/live/sessions/<arg>/join").
    void add(const QString& path, QHttpServerRequest::Method method);
    // "GET, POST" for a path some route answers with other methods than `method`; empty for
    // an unknown path, and for one whose route takes `method` but not these arguments
    // ("/sessions/create" is no session id): that is a 404.
    QByteArray allowedFor(const QString& path, QHttpServerRequest::Method method) const;

private:
    using QObject::QObject;

    struct Entry {
        QRegularExpression pattern;
        QHttpServerRequest::Methods methods;
    };
    QList<Entry> m_entries;
};

} // namespace lectern::hub
