#include "consoleapi.h"

namespace lectern::client {

ConsoleApi::ConsoleApi(User user, QObject* parent)
    : QObject(parent)
    , m_user(std::move(user)) {}

} // namespace lectern::client
