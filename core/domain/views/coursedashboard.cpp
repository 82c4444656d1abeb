#include "coursedashboard.h"

#include <QLocale>

namespace lectern {

bool DateRange::contains(const QDateTime& start) const {
    const QDate day = start.toLocalTime().date();
    return (!from.isValid() || day >= from) && (!to.isValid() || day <= to);
}

Status DateRange::check() const {
    if (from.isValid() && to.isValid() && from > to)
        return std::unexpected(Error::invalid(
            QStringLiteral("to"), QStringLiteral("The first day is after the last one")));
    return {};
}

QString DateRange::describe() const {
    const QLocale c = QLocale::c();
    const auto text = [&c](QDate date) { return c.toString(date, QStringLiteral("d MMM yyyy")); };
    if (from.isValid() && to.isValid())
        return QStringLiteral("%1 – %2").arg(text(from), text(to));
    if (from.isValid())
        return QStringLiteral("from %1").arg(text(from));
    if (to.isValid())
        return QStringLiteral("until %1").arg(text(to));
    return QStringLiteral("all dates");
}

} // namespace lectern
