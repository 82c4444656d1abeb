#pragma once

#include <QStringList>

namespace lectern::cli {

int serve(const QStringList& arguments);

} // namespace lectern::cli
