#pragma once

#include <QString>

namespace lectern {

// Salted PBKDF2-SHA512, stored as "pbkdf2-sha512$ITERATIONS$SALT$HASH" (base64 parts), so the
// iteration count can rise later without invalidating existing hashes.
class PasswordHasher {
public:
    static constexpr int defaultIterations = 100'000;

    static QString hash(const QString& password, int iterations = defaultIterations);
    // Compares in constant time; false for a malformed stored value.
    static bool verify(const QString& password, const QString& stored);
};

} // namespace lectern
