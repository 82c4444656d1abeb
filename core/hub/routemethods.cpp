#include "routemethods.h"

#include <QMetaEnum>

namespace lectern::hub {

RouteMethods& RouteMethods::of(QHttpServer& server) {
    auto* table = server.findChild<RouteMethods*>(QString(), Qt::FindDirectChildrenOnly);
    return table ? *table : *new RouteMethods(&server);
}

void RouteMethods::add(const QString& path, QHttpServerRequest::Method method) {
    QString pattern = QRegularExpression::escape(path);
    pattern.replace(QRegularExpression::escape(QStringLiteral("<arg>")), QStringLiteral("[^/]+"));
    const QString anchored = u'^' + pattern + u'$';
    for (Entry& entry : m_entries) {
        if (entry.pattern.pattern() == anchored) {
            entry.methods |= method;
            return;
        }
    }
    m_entries.append(Entry{QRegularExpression(anchored), method});
}

QByteArray RouteMethods::allowedFor(const QString& path, QHttpServerRequest::Method method) const {
    QHttpServerRequest::Methods allowed;
    for (const Entry& entry : m_entries) {
        if (entry.pattern.match(path).hasMatch())
            allowed |= entry.methods;
    }
    if (allowed.testFlag(method))
        return {};
    QByteArrayList names;
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    for (int i = 0; i < methods.keyCount(); ++i) {
        const auto method = QHttpServerRequest::Method(methods.value(i));
        // Single methods only: the enum also names their unions (All, AnyKnown).
        if (qPopulationCount(uint(methods.value(i))) == 1 && allowed.testFlag(method))
            names.append(QByteArray(methods.key(i)).toUpper());
    }
    return names.join(", ");
}

} // namespace lectern::hub
