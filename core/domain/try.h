#pragma once

#include <expected>
#include <utility>

// Early return for std::expected, so a service reads as its steps rather than its error checks.
//   LECTERN_TRY(LiveSession session, sessions.find(id));
//   LECTERN_CHECK(transaction.commit());
#define LECTERN_CONCAT_INNER(a, b) a##b
#define LECTERN_CONCAT(a, b) LECTERN_CONCAT_INNER(a, b)

#define LECTERN_TRY(declaration, expression)                                                       \
    auto LECTERN_CONCAT(lecternTry_, __LINE__) = (expression);                                     \
    if (!LECTERN_CONCAT(lecternTry_, __LINE__))                                                    \
        return std::unexpected(std::move(LECTERN_CONCAT(lecternTry_, __LINE__)).error());          \
    declaration = std::move(*LECTERN_CONCAT(lecternTry_, __LINE__))

#define LECTERN_CHECK(expression)                                                                  \
    do {                                                                                           \
        if (auto lecternCheck = (expression); !lecternCheck)                                       \
            return std::unexpected(std::move(lecternCheck).error());                               \
    } while (false)
