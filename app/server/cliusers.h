#pragma once

#include <QStringList>

namespace lectern::cli {

int addUser(const QStringList& arguments);
int listUsers(const QStringList& arguments);

} // namespace lectern::cli
