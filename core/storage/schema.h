#pragma once

#include <QStringList>

#include <vector>

namespace lectern::schema {

// Each step is a list of statements; {ID}, {BOOL} and {REAL} stand for the dialect's types.
// Steps are only ever appended: a released step never changes.
const std::vector<QStringList>& migrationSteps();

} // namespace lectern::schema
