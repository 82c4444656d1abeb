#include "requestcontext.h"

#include "domain/validation.h"
#include "services/authservice.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

namespace lectern::hub {

namespace {
Result<Id> idParameter(const QUrlQuery& query, const QString& name) {
    bool isNumber = false;
    const Id id = query.queryItemValue(name).toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return std::unexpected(
            Error::invalid(name, QStringLiteral("%1 must be a positive id").arg(name)));
    return id;
}
} // namespace

QString bearerToken(const QHttpServerRequest& request) {
    const QByteArray header = request.value("Authorization").trimmed();
    constexpr QByteArrayView scheme("Bearer ");
    if (!header.startsWith(scheme))
        return {};
    return QString::fromLatin1(header.mid(scheme.size()).trimmed());
}

Result<User> signedInUser(const ServiceContext& context, const QHttpServerRequest& request) {
    return AuthService(context).userForToken(bearerToken(request));
}

Result<QJsonObject> jsonBody(const QHttpServerRequest& request, qsizetype limit) {
    const QByteArray body = request.body();
    if (body.size() > limit)
        return std::unexpected(
            Error::tooLarge(QStringLiteral("The body is larger than %1 bytes").arg(limit)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::unexpected(
            Error::invalid(QString(), QStringLiteral("The body must be a JSON object (%1)")
                                          .arg(parseError.error != QJsonParseError::NoError
                                                   ? parseError.errorString()
                                                   : QStringLiteral("got something else"))));
    return document.object();
}

Result<Page> pageParameters(const QUrlQuery& query, const QString& cursorName) {
    Page page{defaultPageSize, std::nullopt};
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool isNumber = false;
        page.limit = query.queryItemValue(QStringLiteral("limit")).toInt(&isNumber);
        if (!isNumber)
            return std::unexpected(Error::invalid(QStringLiteral("limit"),
                                                  QStringLiteral("limit must be a whole number")));
    }
    if (auto sized = requirePageSize(page.limit); !sized)
        return std::unexpected(sized.error());
    if (query.hasQueryItem(cursorName)) {
        auto cursor = idParameter(query, cursorName);
        if (!cursor)
            return std::unexpected(cursor.error());
        page.cursor = *cursor;
    }
    return page;
}

Result<SessionFilter> sessionFilter(const QUrlQuery& query) {
    SessionFilter filter;
    if (query.hasQueryItem(QStringLiteral("course"))) {
        auto course = idParameter(query, QStringLiteral("course"));
        if (!course)
            return std::unexpected(course.error());
        filter.courseId = *course;
    }
    if (query.hasQueryItem(QStringLiteral("instructor"))) {
        auto instructor = idParameter(query, QStringLiteral("instructor"));
        if (!instructor)
            return std::unexpected(instructor.error());
        filter.instructorId = *instructor;
    }
    if (query.hasQueryItem(QStringLiteral("status"))) {
        auto status = validation::parseField<SessionStatus>(
            QStringLiteral("status"), query.queryItemValue(QStringLiteral("status")));
        if (!status)
            return std::unexpected(status.error());
        filter.status = *status;
    }
    return filter;
}

} // namespace lectern::hub
