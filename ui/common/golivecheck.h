#pragma once

#include "client/consoleapi.h"
#include "domain/livesession.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace lectern::ui {

// Going live lets students in at once, so a go-live that looks like a slip asks first: more
// than this long before the session's start, or while another of the user's sessions is live.
inline constexpr qint64 goLiveEarlySeconds = 15 * 60;

// Why going live with `session` at `now` deserves a second thought, in the user's words;
// empty when it does not. `alreadyLive` is the user's session that is live now, if any.
QString goLiveWarning(const LiveSession& session, const QDateTime& now,
                      const std::optional<LiveSession>& alreadyLive);

// Reads what is live now and, when going live with `session` deserves a second thought, asks
// the user (Cancel is the default); then calls `proceed` if they go ahead. `failed` hears a
// read that did not work.
void goLiveAfterAsking(QWidget* parent, client::ConsoleApi& api, const LiveSession& session,
                       std::function<void()> proceed, std::function<void(const QString&)> failed);

} // namespace lectern::ui
