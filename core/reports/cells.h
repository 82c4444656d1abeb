#pragma once

#include "domain/rules.h"
#include "domain/user.h"

#include <QString>

// How the exports write their cells, the same in every table.
namespace lectern::reports {

inline QString yesNoCell(bool value) {
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

// A percentage with one decimal: "87.5".
inline QString percentCell(double percent) {
    return QString::number(rules::roundOneDecimal(percent), 'f', 1);
}

// People in the order a register is read.
inline bool byName(const User& a, const User& b) {
    return QString::localeAwareCompare(a.name, b.name) < 0;
}

} // namespace lectern::reports
