#pragma once

#include "domain/livequestion.h"

#include <QHash>
#include <QList>

namespace lectern {

// A session's questions as its staff moderate them, with the askers' names (those the reader
// may know: anonymous questions come without).
struct QuestionBoard {
    QList<LiveQuestion> questions;
    QHash<Id, QString> names;
};

} // namespace lectern
