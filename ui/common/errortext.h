#pragma once

#include "domain/error.h"

#include <QCoreApplication>

namespace lectern::ui {

// The core's errors in the user's words and language: an error that names its reason
// ("end_before_start", "overlap") becomes a translated sentence built from its arguments;
// one that does not keeps the core's own message.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    // `label` names the field as the form does ("Title"); `host` is who a clash is about
    // (empty: the user, "You already teach …").
    static QString of(const Error& error, const QString& label = {}, const QString& host = {});
};

} // namespace lectern::ui
